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

T = TypeVar("T", bound="KeepContextAlive")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class KeepContextAlive(Lazy):
    """Payload to keep a specific context alive by resetting its inactivity timeout. Empty text is ignored but resets the
    clock.

    Attributes:
        text (Literal['']): An empty string. This text is ignored by the server but its presence resets the inactivity
            timeout for the specified context.
        context_id (str): The identifier of the context to keep alive.
    """

    text: Literal[""] = _attrs_field(
        default="",
        kw_only=True,
        validator=types.tag("KeepContextAlive", "text", ""),
    )

    context_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("context_id",)
    _tags: ClassVar[tuple[str, ...]] = ("text",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("text", "")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        text = self.text

        context_id = self.context_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["text"] = text
        if context_id is not None or "context_id" not in self._missing_fields:
            field_dict["context_id"] = context_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        keep_context_alive = cls.__new__(cls)
        keep_context_alive.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return keep_context_alive

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


def _read_text(cls: type[KeepContextAlive], d: Mapping[str, Any]) -> Any:
    text_raw = d.get("text", MISSING)
    if text_raw is MISSING:
        text_raw = missing_field(cls, "text")
    text = cast(Literal[""], text_raw)
    if text != "":
        raise ValueError(f"text must match const '', got '{text}'")

    return text


_read_context_id = plain_reader("context_id", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "text",
        "context_id",
    )
)


def _read_additional_properties(cls: type[KeepContextAlive], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[KeepContextAlive], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "text" in known:
        text = known["text"]
    else:
        text = _read_text(cls, d)

    context_id = d.get("context_id", MISSING)
    if context_id.__class__ is not str:
        context_id = _read_context_id(cls, d)

    return {
        "text": text,
        "context_id": context_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    KeepContextAlive,
    _all_fields,
    {
        "text": _read_text,
        "context_id": _read_context_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
