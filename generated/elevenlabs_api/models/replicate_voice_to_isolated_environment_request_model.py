from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ReplicateVoiceToIsolatedEnvironmentRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ReplicateVoiceToIsolatedEnvironmentRequestModel(Lazy):
    """Attributes:
    target_workspace_id (str): ID of the workspace to replicate the voice into. It must belong to the same
        consolidated billing group as the calling workspace; the target's data residency is derived from that link.
    preserve_voice_id (bool | Unset): When true (default) the replicated voice keeps the same voice ID in the target
        residency; set to false to assign a new voice ID. Defaults to True on the server.
    """

    target_workspace_id: str

    preserve_voice_id: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("target_workspace_id",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        target_workspace_id = self.target_workspace_id

        preserve_voice_id = self.preserve_voice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if target_workspace_id is not None or "target_workspace_id" not in self._missing_fields:
            field_dict["target_workspace_id"] = target_workspace_id
        if preserve_voice_id is not UNSET:
            field_dict["preserve_voice_id"] = preserve_voice_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        replicate_voice_to_isolated_environment_request_model = cls.__new__(cls)
        replicate_voice_to_isolated_environment_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return replicate_voice_to_isolated_environment_request_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_read_target_workspace_id = plain_reader("target_workspace_id", (str,), "a string", True)

_read_preserve_voice_id = plain_reader("preserve_voice_id", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "target_workspace_id",
        "preserve_voice_id",
    )
)


def _read_additional_properties(
    cls: type[ReplicateVoiceToIsolatedEnvironmentRequestModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ReplicateVoiceToIsolatedEnvironmentRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    target_workspace_id = d.get("target_workspace_id", MISSING)
    if target_workspace_id.__class__ is not str:
        target_workspace_id = _read_target_workspace_id(cls, d)

    preserve_voice_id = d.get("preserve_voice_id", UNSET)
    if preserve_voice_id.__class__ is not bool and preserve_voice_id is not UNSET:
        preserve_voice_id = _read_preserve_voice_id(cls, d)

    return {
        "target_workspace_id": target_workspace_id,
        "preserve_voice_id": preserve_voice_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ReplicateVoiceToIsolatedEnvironmentRequestModel,
    _all_fields,
    {
        "target_workspace_id": _read_target_workspace_id,
        "preserve_voice_id": _read_preserve_voice_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
