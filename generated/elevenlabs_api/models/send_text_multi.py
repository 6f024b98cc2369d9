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

T = TypeVar("T", bound="SendTextMulti")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SendTextMulti(Lazy):
    """Payload to send text for synthesis to an existing context.

    Attributes:
        text (str): Text to synthesize. Should end with a single space.
        context_id (str | Unset): The target context_id for this text.
        flush (bool | Unset): If true, flushes the audio buffer for the specified context. If false, the text will be
            appended to the buffer to be generated. Defaults to False on the server.
    """

    text: str

    context_id: str | Unset = UNSET

    flush: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("text",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        text = self.text

        context_id = self.context_id

        flush = self.flush

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if context_id is not UNSET:
            field_dict["context_id"] = context_id
        if flush is not UNSET:
            field_dict["flush"] = flush
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        send_text_multi = cls.__new__(cls)
        send_text_multi.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return send_text_multi

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


_read_text = plain_reader("text", (str,), "a string", True)

_read_context_id = plain_reader("context_id", (str,), "a string", False)

_read_flush = plain_reader("flush", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "text",
        "context_id",
        "flush",
    )
)


def _read_additional_properties(cls: type[SendTextMulti], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SendTextMulti], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    text = d.get("text", MISSING)
    if text.__class__ is not str:
        text = _read_text(cls, d)

    context_id = d.get("context_id", UNSET)
    if context_id.__class__ is not str and context_id is not UNSET:
        context_id = _read_context_id(cls, d)

    flush = d.get("flush", UNSET)
    if flush.__class__ is not bool and flush is not UNSET:
        flush = _read_flush(cls, d)

    return {
        "text": text,
        "context_id": context_id,
        "flush": flush,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SendTextMulti,
    _all_fields,
    {
        "text": _read_text,
        "context_id": _read_context_id,
        "flush": _read_flush,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
