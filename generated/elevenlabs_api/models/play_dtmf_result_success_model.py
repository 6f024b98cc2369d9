from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
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

T = TypeVar("T", bound="PlayDtmfResultSuccessModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PlayDtmfResultSuccessModel(Lazy):
    """Attributes:
    dtmf_tones (str):
    result_type (Literal['play_dtmf_success'] | Unset):
    status (Literal['success'] | Unset):
    reason (None | str | Unset):
    """

    dtmf_tones: str

    result_type: Literal["play_dtmf_success"] | Unset = _attrs_field(
        default="play_dtmf_success",
        kw_only=True,
        validator=types.tag("PlayDtmfResultSuccessModel", "result_type", "play_dtmf_success"),
    )

    status: Literal["success"] | Unset = _attrs_field(
        default="success",
        kw_only=True,
        validator=types.tag("PlayDtmfResultSuccessModel", "status", "success"),
    )

    reason: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("dtmf_tones",)
    _tags: ClassVar[tuple[str, ...]] = (
        "result_type",
        "status",
    )
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("result_type", "play_dtmf_success")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        dtmf_tones = self.dtmf_tones

        result_type = self.result_type

        status = self.status

        reason: Any
        try:
            reason = self.reason

        except (AttributeError, TypeError):
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dtmf_tones is not None or "dtmf_tones" not in self._missing_fields:
            field_dict["dtmf_tones"] = dtmf_tones
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        play_dtmf_result_success_model = cls.__new__(cls)
        play_dtmf_result_success_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return play_dtmf_result_success_model

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


def _read_result_type(cls: type[PlayDtmfResultSuccessModel], d: Mapping[str, Any]) -> Any:
    result_type_raw = d.get("result_type", UNSET)
    result_type = cast(Literal["play_dtmf_success"] | Unset, result_type_raw)
    if result_type != "play_dtmf_success" and not isinstance(result_type, Unset):
        raise ValueError(f"result_type must match const 'play_dtmf_success', got '{result_type}'")

    return result_type


def _read_status(cls: type[PlayDtmfResultSuccessModel], d: Mapping[str, Any]) -> Any:
    status_raw = d.get("status", UNSET)
    status = cast(Literal["success"] | Unset, status_raw)
    if status != "success" and not isinstance(status, Unset):
        raise ValueError(f"status must match const 'success', got '{status}'")

    return status


_read_dtmf_tones = plain_reader("dtmf_tones", (str,), "a string", True)

_read_reason = plain_reader(
    "reason",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "dtmf_tones",
        "result_type",
        "status",
        "reason",
    )
)


def _read_additional_properties(cls: type[PlayDtmfResultSuccessModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[PlayDtmfResultSuccessModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "result_type" in known:
        result_type = known["result_type"]
    else:
        result_type = d.get("result_type", UNSET)
        if result_type is not UNSET:
            result_type = _read_result_type(cls, d)

    if "status" in known:
        status = known["status"]
    else:
        status = d.get("status", UNSET)
        if status is not UNSET:
            status = _read_status(cls, d)

    dtmf_tones = d.get("dtmf_tones", MISSING)
    if dtmf_tones.__class__ is not str:
        dtmf_tones = _read_dtmf_tones(cls, d)

    reason = d.get("reason", UNSET)
    if reason.__class__ is not str and reason is not None and reason is not UNSET:
        reason = _read_reason(cls, d)

    return {
        "dtmf_tones": dtmf_tones,
        "result_type": result_type,
        "status": status,
        "reason": reason,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    PlayDtmfResultSuccessModel,
    _all_fields,
    {
        "dtmf_tones": _read_dtmf_tones,
        "result_type": _read_result_type,
        "status": _read_status,
        "reason": _read_reason,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
