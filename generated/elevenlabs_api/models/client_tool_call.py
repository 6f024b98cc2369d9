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

T = TypeVar("T", bound="ClientToolCall")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ClientToolCall(Lazy):
    """Schema for client tool execution requests

    Attributes:
        type_ (Literal['client_tool_call']):
        client_tool_call (ClientToolCallClientToolCall | Unset): Tool call request data
    """

    type_: Literal["client_tool_call"] = _attrs_field(
        default="client_tool_call",
        kw_only=True,
        alias="type",
        validator=types.tag("ClientToolCall", "type", "client_tool_call"),
    )

    client_tool_call: ClientToolCallClientToolCall | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "client_tool_call")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        client_tool_call: Any
        try:
            client_tool_call = UNSET
            if not isinstance(self.client_tool_call, Unset):
                client_tool_call = self.client_tool_call.to_dict()
        except (AttributeError, TypeError):
            client_tool_call = self.client_tool_call

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if client_tool_call is not UNSET:
            field_dict["client_tool_call"] = client_tool_call
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        client_tool_call = cls.__new__(cls)
        client_tool_call.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return client_tool_call

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


def _read_type_(cls: type[ClientToolCall], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["client_tool_call"], type__raw)
    if type_ != "client_tool_call":
        raise ValueError(f"type must match const 'client_tool_call', got '{type_}'")

    return type_


def _read_client_tool_call(cls: type[ClientToolCall], d: Mapping[str, Any]) -> Any:
    client_tool_call_raw = d.get("client_tool_call", UNSET)
    try:
        _client_tool_call = client_tool_call_raw
        client_tool_call: ClientToolCallClientToolCall | Unset
        if isinstance(_client_tool_call, Unset):
            client_tool_call = UNSET
        else:
            client_tool_call = ClientToolCallClientToolCall.from_dict(_client_tool_call)
    except (KeyError, TypeError, ValueError, AttributeError):
        client_tool_call = deviating_field(cls, "client_tool_call", client_tool_call_raw)

    return client_tool_call


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "client_tool_call",
    )
)


def _read_additional_properties(cls: type[ClientToolCall], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ClientToolCall], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    if "client_tool_call" in known:
        client_tool_call = known["client_tool_call"]
    else:
        client_tool_call = d.get("client_tool_call", UNSET)
        if client_tool_call is not UNSET:
            client_tool_call = _read_client_tool_call(cls, d)

    return {
        "type_": type_,
        "client_tool_call": client_tool_call,
        "additional_properties": _read_additional_properties(cls, d),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ClientToolCall, type_="type")

set_readers(
    ClientToolCall,
    _all_fields,
    {
        "type_": _read_type_,
        "client_tool_call": _read_client_tool_call,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.client_tool_call_client_tool_call import ClientToolCallClientToolCall
