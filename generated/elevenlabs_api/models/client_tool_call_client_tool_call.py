from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="ClientToolCallClientToolCall")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ClientToolCallClientToolCall(Lazy):
    """Tool call request data

    Attributes:
        tool_name (str | Unset): Identifier of the tool to be executed.
        tool_call_id (str | Unset): Unique identifier for this tool call request.
        parameters (ClientToolCallClientToolCallParameters | Unset): Tool-specific parameters for the execution request.
    """

    tool_name: str | Unset = UNSET

    tool_call_id: str | Unset = UNSET

    parameters: ClientToolCallClientToolCallParameters | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        tool_name = self.tool_name

        tool_call_id = self.tool_call_id

        parameters: Any
        try:
            parameters = UNSET
            if not isinstance(self.parameters, Unset):
                parameters = self.parameters.to_dict()
        except (AttributeError, TypeError):
            parameters = self.parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tool_name is not UNSET:
            field_dict["tool_name"] = tool_name
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        client_tool_call_client_tool_call = cls.__new__(cls)
        client_tool_call_client_tool_call.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return client_tool_call_client_tool_call

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


_read_tool_name = plain_reader("tool_name", (str,), "a string", False)

_read_tool_call_id = plain_reader("tool_call_id", (str,), "a string", False)


def _read_parameters(cls: type[ClientToolCallClientToolCall], d: Mapping[str, Any]) -> Any:
    parameters_raw = d.get("parameters", UNSET)
    try:
        _parameters = parameters_raw
        parameters: ClientToolCallClientToolCallParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ClientToolCallClientToolCallParameters.from_dict(_parameters)
    except (KeyError, TypeError, ValueError, AttributeError):
        parameters = deviating_field(cls, "parameters", parameters_raw)

    return parameters


_FIELDS: frozenset[str] = frozenset(
    (
        "tool_name",
        "tool_call_id",
        "parameters",
    )
)


def _read_additional_properties(cls: type[ClientToolCallClientToolCall], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ClientToolCallClientToolCall], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    tool_name = d.get("tool_name", UNSET)
    if tool_name.__class__ is not str and tool_name is not UNSET:
        tool_name = _read_tool_name(cls, d)

    tool_call_id = d.get("tool_call_id", UNSET)
    if tool_call_id.__class__ is not str and tool_call_id is not UNSET:
        tool_call_id = _read_tool_call_id(cls, d)

    if "parameters" in known:
        parameters = known["parameters"]
    else:
        parameters = d.get("parameters", UNSET)
        if parameters is not UNSET:
            parameters = _read_parameters(cls, d)

    return {
        "tool_name": tool_name,
        "tool_call_id": tool_call_id,
        "parameters": parameters,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ClientToolCallClientToolCall,
    _all_fields,
    {
        "tool_name": _read_tool_name,
        "tool_call_id": _read_tool_call_id,
        "parameters": _read_parameters,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.client_tool_call_client_tool_call_parameters import ClientToolCallClientToolCallParameters
