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
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentResponsePayload")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentResponsePayload(Lazy):
    """A chunk of the reply. A reply is one or more chunks with is_final false, then one with is_final true and empty
    content.

    Attributes:
        type_ (Literal['agent_response']):
        content (str): Text to speak, as the LLM produced it; empty on the final chunk.
        is_final (bool): True on the chunk that ends the reply.
        event_id (int | Unset): The event_id of the transcript this replies to.
    """

    type_: Literal["agent_response"] = _attrs_field(
        default="agent_response",
        kw_only=True,
        alias="type",
        validator=types.tag("AgentResponsePayload", "type", "agent_response"),
    )

    content: str

    is_final: bool

    event_id: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "content",
        "is_final",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "agent_response")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        content = self.content

        is_final = self.is_final

        event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if content is not None or "content" not in self._missing_fields:
            field_dict["content"] = content
        if is_final is not None or "is_final" not in self._missing_fields:
            field_dict["is_final"] = is_final
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_response_payload = cls.__new__(cls)
        agent_response_payload.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return agent_response_payload

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


def _read_type_(cls: type[AgentResponsePayload], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["agent_response"], type__raw)
    if type_ != "agent_response":
        raise ValueError(f"type must match const 'agent_response', got '{type_}'")

    return type_


_read_content = plain_reader("content", (str,), "a string", True)

_read_is_final = plain_reader("is_final", (bool,), "a boolean", True)

_read_event_id = plain_reader("event_id", (int,), "an integer", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "content",
        "is_final",
        "event_id",
    )
)


def _read_additional_properties(cls: type[AgentResponsePayload], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentResponsePayload], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    content = d.get("content", MISSING)
    if content.__class__ is not str:
        content = _read_content(cls, d)

    is_final = d.get("is_final", MISSING)
    if is_final.__class__ is not bool:
        is_final = _read_is_final(cls, d)

    event_id = d.get("event_id", UNSET)
    if event_id.__class__ is not int and event_id is not UNSET:
        event_id = _read_event_id(cls, d)

    return {
        "type_": type_,
        "content": content,
        "is_final": is_final,
        "event_id": event_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AgentResponsePayload, type_="type")

set_readers(
    AgentResponsePayload,
    _all_fields,
    {
        "type_": _read_type_,
        "content": _read_content,
        "is_final": _read_is_final,
        "event_id": _read_event_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
