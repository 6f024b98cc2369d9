from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DubbingError")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DubbingError(Lazy):
    """Attributes:
    code (str): Stable identifier for the failure, safe to branch on. New codes are added over time, so treat an
        unrecognized value as 'internal_error'.
    message (str): Human-readable description of the failure, for display. The wording may change at any time;
        branch on `code` instead.
    retryable (bool): Whether resubmitting the same input could succeed. False means the failure describes the input
        or the account, so an identical retry will fail the same way.
    """

    code: str

    message: str

    retryable: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "code",
        "message",
        "retryable",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        code = self.code

        message = self.message

        retryable = self.retryable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if code is not None or "code" not in self._missing_fields:
            field_dict["code"] = code
        if message is not None or "message" not in self._missing_fields:
            field_dict["message"] = message
        if retryable is not None or "retryable" not in self._missing_fields:
            field_dict["retryable"] = retryable
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dubbing_error = cls.__new__(cls)
        dubbing_error.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return dubbing_error

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


_read_code = plain_reader("code", (str,), "a string", True)

_read_message = plain_reader("message", (str,), "a string", True)

_read_retryable = plain_reader("retryable", (bool,), "a boolean", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "code",
        "message",
        "retryable",
    )
)


def _read_additional_properties(cls: type[DubbingError], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DubbingError], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    code = d.get("code", MISSING)
    if code.__class__ is not str:
        code = _read_code(cls, d)

    message = d.get("message", MISSING)
    if message.__class__ is not str:
        message = _read_message(cls, d)

    retryable = d.get("retryable", MISSING)
    if retryable.__class__ is not bool:
        retryable = _read_retryable(cls, d)

    return {
        "code": code,
        "message": message,
        "retryable": retryable,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DubbingError,
    _all_fields,
    {
        "code": _read_code,
        "message": _read_message,
        "retryable": _read_retryable,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
