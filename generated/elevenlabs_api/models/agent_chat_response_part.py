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
    deviating_field,
    missing_field,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentChatResponsePart")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentChatResponsePart(Lazy):
    """A streamed part of the agent's text response.

    Attributes:
        type_ (Literal['agent_chat_response_part']):
        text_response_part (AgentChatResponsePartTextResponsePart | Unset): The part.
    """

    type_: Literal["agent_chat_response_part"] = _attrs_field(
        default="agent_chat_response_part",
        kw_only=True,
        alias="type",
        validator=types.tag("AgentChatResponsePart", "type", "agent_chat_response_part"),
    )

    text_response_part: AgentChatResponsePartTextResponsePart | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "agent_chat_response_part")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        text_response_part: Any
        try:
            text_response_part = UNSET
            if not isinstance(self.text_response_part, Unset):
                text_response_part = self.text_response_part.to_dict()
        except (AttributeError, TypeError):
            text_response_part = self.text_response_part

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if text_response_part is not UNSET:
            field_dict["text_response_part"] = text_response_part
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_chat_response_part = cls.__new__(cls)
        agent_chat_response_part.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return agent_chat_response_part

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


def _read_type_(cls: type[AgentChatResponsePart], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["agent_chat_response_part"], type__raw)
    if type_ != "agent_chat_response_part":
        raise ValueError(f"type must match const 'agent_chat_response_part', got '{type_}'")

    return type_


def _read_text_response_part(cls: type[AgentChatResponsePart], d: Mapping[str, Any]) -> Any:
    text_response_part_raw = d.get("text_response_part", UNSET)
    try:
        _text_response_part = text_response_part_raw
        text_response_part: AgentChatResponsePartTextResponsePart | Unset
        if isinstance(_text_response_part, Unset):
            text_response_part = UNSET
        else:
            text_response_part = AgentChatResponsePartTextResponsePart.from_dict(_text_response_part)
    except (KeyError, TypeError, ValueError, AttributeError):
        text_response_part = deviating_field(cls, "text_response_part", text_response_part_raw)

    return text_response_part


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "text_response_part",
    )
)


def _read_additional_properties(cls: type[AgentChatResponsePart], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentChatResponsePart], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    if "text_response_part" in known:
        text_response_part = known["text_response_part"]
    else:
        text_response_part = d.get("text_response_part", UNSET)
        if text_response_part is not UNSET:
            text_response_part = _read_text_response_part(cls, d)

    return {
        "type_": type_,
        "text_response_part": text_response_part,
        "additional_properties": _read_additional_properties(cls, d),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AgentChatResponsePart, type_="type")

set_readers(
    AgentChatResponsePart,
    _all_fields,
    {
        "type_": _read_type_,
        "text_response_part": _read_text_response_part,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_chat_response_part_text_response_part import AgentChatResponsePartTextResponsePart
