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
    Lazy,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BatchFailureResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BatchFailureResponseModel(Lazy):
    """Attributes:
    status (Literal['failure']):  Default: 'failure'.
    error_code (int):
    error_status (str):
    error_message (str):
    """

    error_code: int

    error_status: str

    error_message: str

    status: Literal["failure"] = _attrs_field(
        default="failure",
        kw_only=True,
        validator=types.tag("BatchFailureResponseModel", "status", "failure"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "error_code",
        "error_status",
        "error_message",
    )
    _tags: ClassVar[tuple[str, ...]] = ("status",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("status", "failure")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        status = self.status

        error_code = self.error_code

        error_status = self.error_status

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["status"] = status
        if error_code is not None or "error_code" not in self._missing_fields:
            field_dict["error_code"] = error_code
        if error_status is not None or "error_status" not in self._missing_fields:
            field_dict["error_status"] = error_status
        if error_message is not None or "error_message" not in self._missing_fields:
            field_dict["error_message"] = error_message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        batch_failure_response_model = cls.__new__(cls)
        batch_failure_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return batch_failure_response_model

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


def _read_status(cls: type[BatchFailureResponseModel], d: Mapping[str, Any]) -> Any:
    status_raw = d.get("status", MISSING)
    if status_raw is MISSING:
        status_raw = missing_field(cls, "status")
    status = cast(Literal["failure"], status_raw)
    if status != "failure":
        raise ValueError(f"status must match const 'failure', got '{status}'")

    return status


_read_error_code = plain_reader("error_code", (int,), "an integer", True)

_read_error_status = plain_reader("error_status", (str,), "a string", True)

_read_error_message = plain_reader("error_message", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "status",
        "error_code",
        "error_status",
        "error_message",
    )
)


def _read_additional_properties(cls: type[BatchFailureResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[BatchFailureResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "status" in known:
        status = known["status"]
    else:
        status = _read_status(cls, d)

    error_code = d.get("error_code", MISSING)
    if error_code.__class__ is not int:
        error_code = _read_error_code(cls, d)

    error_status = d.get("error_status", MISSING)
    if error_status.__class__ is not str:
        error_status = _read_error_status(cls, d)

    error_message = d.get("error_message", MISSING)
    if error_message.__class__ is not str:
        error_message = _read_error_message(cls, d)

    return {
        "status": status,
        "error_code": error_code,
        "error_status": error_status,
        "error_message": error_message,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BatchFailureResponseModel,
    _all_fields,
    {
        "status": _read_status,
        "error_code": _read_error_code,
        "error_status": _read_error_status,
        "error_message": _read_error_message,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
