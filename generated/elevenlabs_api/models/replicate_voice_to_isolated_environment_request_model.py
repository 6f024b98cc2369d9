from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ReplicateVoiceToIsolatedEnvironmentRequestModel")


@_attrs_define
class ReplicateVoiceToIsolatedEnvironmentRequestModel:
    """Attributes:
    target_workspace_id (str): ID of the workspace to replicate the voice into. It must belong to the same
        consolidated billing group as the calling workspace; the target's data residency is derived from that link.
    preserve_voice_id (bool | Unset): When true (default) the replicated voice keeps the same voice ID in the target
        residency; set to false to assign a new voice ID. Default: True.
    """

    target_workspace_id: str

    preserve_voice_id: bool | Unset = True

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        target_workspace_id = d.pop("target_workspace_id", MISSING)
        if target_workspace_id.__class__ is not str:
            if target_workspace_id is MISSING:
                target_workspace_id = missing_field(cls, "target_workspace_id")
                _missing += ("target_workspace_id",)
            else:
                target_workspace_id = unexpected_type(cls, "target_workspace_id", target_workspace_id, "a string")

        preserve_voice_id = d.pop("preserve_voice_id", UNSET)
        if preserve_voice_id.__class__ is not bool and preserve_voice_id is not UNSET:
            preserve_voice_id = unexpected_type(cls, "preserve_voice_id", preserve_voice_id, "a boolean")

        replicate_voice_to_isolated_environment_request_model = cls(
            target_workspace_id=target_workspace_id,
            preserve_voice_id=preserve_voice_id,
        )
        if _missing:
            replicate_voice_to_isolated_environment_request_model._missing_fields = _missing
        replicate_voice_to_isolated_environment_request_model.additional_properties = d
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
