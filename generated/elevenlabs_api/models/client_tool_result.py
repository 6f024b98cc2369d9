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
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ClientToolResult")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ClientToolResult(Lazy):
    """Schema for tool execution results from client

    Attributes:
        type_ (Literal['client_tool_result']):
        tool_call_id (str | Unset): Unique identifier of the tool call being responded to.
        result (str | Unset): Result data from the tool execution.
        is_error (bool | Unset): Flag indicating if the tool execution encountered an error.
    """

    type_: Literal["client_tool_result"] = _attrs_field(
        default="client_tool_result",
        kw_only=True,
        alias="type",
        validator=types.tag("ClientToolResult", "type", "client_tool_result"),
    )

    tool_call_id: str | Unset = UNSET

    result: str | Unset = UNSET

    is_error: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "client_tool_result")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        tool_call_id = self.tool_call_id

        result = self.result

        is_error = self.is_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id
        if result is not UNSET:
            field_dict["result"] = result
        if is_error is not UNSET:
            field_dict["is_error"] = is_error
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        client_tool_result = cls.__new__(cls)
        client_tool_result.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return client_tool_result

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


def _read_type_(cls: type[ClientToolResult], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["client_tool_result"], type__raw)
    if type_ != "client_tool_result":
        raise ValueError(f"type must match const 'client_tool_result', got '{type_}'")

    return type_


_read_tool_call_id = plain_reader("tool_call_id", (str,), "a string", False)

_read_result = plain_reader("result", (str,), "a string", False)

_read_is_error = plain_reader("is_error", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "tool_call_id",
        "result",
        "is_error",
    )
)


def _read_additional_properties(cls: type[ClientToolResult], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ClientToolResult], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    tool_call_id = d.get("tool_call_id", UNSET)
    if tool_call_id.__class__ is not str and tool_call_id is not UNSET:
        tool_call_id = _read_tool_call_id(cls, d)

    result = d.get("result", UNSET)
    if result.__class__ is not str and result is not UNSET:
        result = _read_result(cls, d)

    is_error = d.get("is_error", UNSET)
    if is_error.__class__ is not bool and is_error is not UNSET:
        is_error = _read_is_error(cls, d)

    return {
        "type_": type_,
        "tool_call_id": tool_call_id,
        "result": result,
        "is_error": is_error,
        "additional_properties": _read_additional_properties(cls, d),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ClientToolResult, type_="type")

set_readers(
    ClientToolResult,
    _all_fields,
    {
        "type_": _read_type_,
        "tool_call_id": _read_tool_call_id,
        "result": _read_result,
        "is_error": _read_is_error,
        "additional_properties": _read_additional_properties,
    },
)
