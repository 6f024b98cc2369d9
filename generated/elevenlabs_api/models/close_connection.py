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
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CloseConnection")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CloseConnection(Lazy):
    """Attributes:
    text (Literal['']): End the stream with an empty string
    """

    text: Literal[""] = _attrs_field(
        default="",
        kw_only=True,
        validator=types.tag("CloseConnection", "text", ""),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("text",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("text", "")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["text"] = text
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        close_connection = cls.__new__(cls)
        close_connection.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return close_connection

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


def _read_text(cls: type[CloseConnection], d: Mapping[str, Any]) -> Any:
    text_raw = d.get("text", MISSING)
    if text_raw is MISSING:
        text_raw = missing_field(cls, "text")
    text = cast(Literal[""], text_raw)
    if text != "":
        raise ValueError(f"text must match const '', got '{text}'")

    return text


_FIELDS: frozenset[str] = frozenset(("text",))


def _read_additional_properties(cls: type[CloseConnection], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[CloseConnection], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "text" in known:
        text = known["text"]
    else:
        text = _read_text(cls, d)

    return {
        "text": text,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    CloseConnection,
    _all_fields,
    {
        "text": _read_text,
        "additional_properties": _read_additional_properties,
    },
)
