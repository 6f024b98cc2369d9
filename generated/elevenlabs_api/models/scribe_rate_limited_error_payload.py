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

T = TypeVar("T", bound="ScribeRateLimitedErrorPayload")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ScribeRateLimitedErrorPayload(Lazy):
    """Too many requests.

    Attributes:
        message_type (Literal['rate_limited']):
        error (str): What went wrong.
    """

    message_type: Literal["rate_limited"] = _attrs_field(
        default="rate_limited",
        kw_only=True,
        validator=types.tag("ScribeRateLimitedErrorPayload", "message_type", "rate_limited"),
    )

    error: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("error",)
    _tags: ClassVar[tuple[str, ...]] = ("message_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("message_type", "rate_limited")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        message_type = self.message_type

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["message_type"] = message_type
        if error is not None or "error" not in self._missing_fields:
            field_dict["error"] = error
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        scribe_rate_limited_error_payload = cls.__new__(cls)
        scribe_rate_limited_error_payload.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return scribe_rate_limited_error_payload

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


def _read_message_type(cls: type[ScribeRateLimitedErrorPayload], d: Mapping[str, Any]) -> Any:
    message_type_raw = d.get("message_type", MISSING)
    if message_type_raw is MISSING:
        message_type_raw = missing_field(cls, "message_type")
    message_type = cast(Literal["rate_limited"], message_type_raw)
    if message_type != "rate_limited":
        raise ValueError(f"message_type must match const 'rate_limited', got '{message_type}'")

    return message_type


_read_error = plain_reader("error", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "message_type",
        "error",
    )
)


def _read_additional_properties(cls: type[ScribeRateLimitedErrorPayload], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ScribeRateLimitedErrorPayload], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "message_type" in known:
        message_type = known["message_type"]
    else:
        message_type = _read_message_type(cls, d)

    error = d.get("error", MISSING)
    if error.__class__ is not str:
        error = _read_error(cls, d)

    return {
        "message_type": message_type,
        "error": error,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ScribeRateLimitedErrorPayload,
    _all_fields,
    {
        "message_type": _read_message_type,
        "error": _read_error,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
