from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import AgentChatResponsePartType, check_agent_chat_response_part_type
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentChatResponsePartTextResponsePart")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentChatResponsePartTextResponsePart(Lazy):
    """The part.

    Attributes:
        text (str | Unset): The text this part adds (empty for start and stop).
        type_ (AgentChatResponsePartType | Unset): Whether a part starts the response, continues it, or ends it.
    """

    text: str | Unset = UNSET

    type_: AgentChatResponsePartType | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        text = self.text

        type_: Any
        try:
            type_ = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not UNSET:
            field_dict["text"] = text
        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_chat_response_part_text_response_part = cls.__new__(cls)
        agent_chat_response_part_text_response_part.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return agent_chat_response_part_text_response_part

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


_read_text = plain_reader("text", (str,), "a string", False)


def _read_type_(cls: type[AgentChatResponsePartTextResponsePart], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    try:
        _type_ = type__raw
        type_: AgentChatResponsePartType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_agent_chat_response_part_type(_type_)
    except (KeyError, TypeError, ValueError, AttributeError):
        type_ = deviating_field(cls, "type", type__raw)

    return type_


_FIELDS: frozenset[str] = frozenset(
    (
        "text",
        "type",
    )
)


def _read_additional_properties(
    cls: type[AgentChatResponsePartTextResponsePart], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AgentChatResponsePartTextResponsePart], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    text = d.get("text", UNSET)
    if text.__class__ is not str and text is not UNSET:
        text = _read_text(cls, d)

    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    return {
        "text": text,
        "type_": type_,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AgentChatResponsePartTextResponsePart,
    _all_fields,
    {
        "text": _read_text,
        "type_": _read_type_,
        "additional_properties": _read_additional_properties,
    },
)
