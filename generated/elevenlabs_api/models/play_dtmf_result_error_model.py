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

T = TypeVar("T", bound="PlayDtmfResultErrorModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PlayDtmfResultErrorModel(Lazy):
    """Attributes:
    error (str):
    result_type (Literal['play_dtmf_error'] | Unset):
    status (Literal['error'] | Unset):
    details (None | str | Unset):
    """

    error: str

    result_type: Literal["play_dtmf_error"] | Unset = _attrs_field(
        default="play_dtmf_error",
        kw_only=True,
        validator=types.tag("PlayDtmfResultErrorModel", "result_type", "play_dtmf_error"),
    )

    status: Literal["error"] | Unset = _attrs_field(
        default="error",
        kw_only=True,
        validator=types.tag("PlayDtmfResultErrorModel", "status", "error"),
    )

    details: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("error",)
    _tags: ClassVar[tuple[str, ...]] = (
        "result_type",
        "status",
    )
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("result_type", "play_dtmf_error")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        error = self.error

        result_type = self.result_type

        status = self.status

        details: Any
        try:
            details = self.details

        except (AttributeError, TypeError):
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if error is not None or "error" not in self._missing_fields:
            field_dict["error"] = error
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if status is not UNSET:
            field_dict["status"] = status
        if details is not UNSET:
            field_dict["details"] = details
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        play_dtmf_result_error_model = cls.__new__(cls)
        play_dtmf_result_error_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return play_dtmf_result_error_model

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


def _read_result_type(cls: type[PlayDtmfResultErrorModel], d: Mapping[str, Any]) -> Any:
    result_type_raw = d.get("result_type", UNSET)
    result_type = cast(Literal["play_dtmf_error"] | Unset, result_type_raw)
    if result_type != "play_dtmf_error" and not isinstance(result_type, Unset):
        raise ValueError(f"result_type must match const 'play_dtmf_error', got '{result_type}'")

    return result_type


def _read_status(cls: type[PlayDtmfResultErrorModel], d: Mapping[str, Any]) -> Any:
    status_raw = d.get("status", UNSET)
    status = cast(Literal["error"] | Unset, status_raw)
    if status != "error" and not isinstance(status, Unset):
        raise ValueError(f"status must match const 'error', got '{status}'")

    return status


_read_error = plain_reader("error", (str,), "a string", True)

_read_details = plain_reader(
    "details",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "error",
        "result_type",
        "status",
        "details",
    )
)


def _read_additional_properties(cls: type[PlayDtmfResultErrorModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[PlayDtmfResultErrorModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
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

    error = d.get("error", MISSING)
    if error.__class__ is not str:
        error = _read_error(cls, d)

    details = d.get("details", UNSET)
    if details.__class__ is not str and details is not None and details is not UNSET:
        details = _read_details(cls, d)

    return {
        "error": error,
        "result_type": result_type,
        "status": status,
        "details": details,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    PlayDtmfResultErrorModel,
    _all_fields,
    {
        "error": _read_error,
        "result_type": _read_result_type,
        "status": _read_status,
        "details": _read_details,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
