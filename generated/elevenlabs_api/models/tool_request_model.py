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
    deviating_field,
    missing_field,
    missing_fields,
    parse_strictly,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ToolRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ToolRequestModel(Lazy):
    """Attributes:
    tool_config (ClientToolConfigInput | McpToolConfigInput | SystemToolConfigInput | WebhookToolConfigInput):
        Configuration for the tool
    response_mocks (list[ToolResponseMockConfigInput] | None | Unset): Mock responses with optional parameter
        conditions. Evaluated top-to-bottom; first match wins.
    """

    tool_config: ClientToolConfigInput | McpToolConfigInput | SystemToolConfigInput | WebhookToolConfigInput

    response_mocks: list[ToolResponseMockConfigInput] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("tool_config",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        tool_config: Any
        try:
            if (
                isinstance(self.tool_config, WebhookToolConfigInput)
                or isinstance(self.tool_config, ClientToolConfigInput)
                or isinstance(self.tool_config, SystemToolConfigInput)
                or isinstance(self.tool_config, McpToolConfigInput)
            ):
                tool_config = self.tool_config.to_dict()
            else:
                tool_config = self.tool_config

        except (AttributeError, TypeError):
            tool_config = self.tool_config

        response_mocks: Any
        try:
            if isinstance(self.response_mocks, Unset):
                response_mocks = UNSET
            elif isinstance(self.response_mocks, list):
                response_mocks = []
                for response_mocks_type_0_item_data in self.response_mocks:
                    response_mocks_type_0_item = response_mocks_type_0_item_data.to_dict()
                    response_mocks.append(response_mocks_type_0_item)

            else:
                response_mocks = self.response_mocks

        except (AttributeError, TypeError):
            response_mocks = self.response_mocks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tool_config is not None or "tool_config" not in self._missing_fields:
            field_dict["tool_config"] = tool_config
        if response_mocks is not UNSET:
            field_dict["response_mocks"] = response_mocks
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        tool_request_model = cls.__new__(cls)
        tool_request_model.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return tool_request_model

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


def _read_tool_config(cls: type[ToolRequestModel], d: Mapping[str, Any]) -> Any:
    tool_config_raw = d.get("tool_config", MISSING)
    if tool_config_raw is MISSING:
        tool_config = missing_field(cls, "tool_config")
    else:
        try:

            def _parse_tool_config(
                data: object,
            ) -> ClientToolConfigInput | McpToolConfigInput | SystemToolConfigInput | WebhookToolConfigInput:
                return parse_strictly(_parse_tool_config_member, data)

            def _parse_tool_config_member(
                data: object,
            ) -> ClientToolConfigInput | McpToolConfigInput | SystemToolConfigInput | WebhookToolConfigInput:
                if isinstance(data, dict):
                    for known in (
                        WebhookToolConfigInput,
                        ClientToolConfigInput,
                        SystemToolConfigInput,
                        McpToolConfigInput,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    tool_config_type_0 = WebhookToolConfigInput.from_dict(data)

                    return tool_config_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    tool_config_type_1 = ClientToolConfigInput.from_dict(data)

                    return tool_config_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    tool_config_type_2 = SystemToolConfigInput.from_dict(data)

                    return tool_config_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                tool_config_type_3 = McpToolConfigInput.from_dict(data)

                return tool_config_type_3

            tool_config = _parse_tool_config(tool_config_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            tool_config = deviating_field(cls, "tool_config", tool_config_raw)

    return tool_config


def _read_response_mocks(cls: type[ToolRequestModel], d: Mapping[str, Any]) -> Any:
    response_mocks_raw = d.get("response_mocks", UNSET)
    try:

        def _parse_response_mocks(data: object) -> list[ToolResponseMockConfigInput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            response_mocks_type_0 = []
            _response_mocks_type_0 = data
            for response_mocks_type_0_item_data in _response_mocks_type_0:
                response_mocks_type_0_item = ToolResponseMockConfigInput.from_dict(response_mocks_type_0_item_data)

                response_mocks_type_0.append(response_mocks_type_0_item)

            return response_mocks_type_0

        response_mocks = _parse_response_mocks(response_mocks_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        response_mocks = deviating_field(cls, "response_mocks", response_mocks_raw)

    return response_mocks


_FIELDS: frozenset[str] = frozenset(
    (
        "tool_config",
        "response_mocks",
    )
)


def _read_additional_properties(cls: type[ToolRequestModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ToolRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "tool_config" in known:
        tool_config = known["tool_config"]
    else:
        tool_config = _read_tool_config(cls, d)

    if "response_mocks" in known:
        response_mocks = known["response_mocks"]
    else:
        response_mocks = d.get("response_mocks", UNSET)
        if response_mocks is not UNSET and response_mocks is not None:
            response_mocks = _read_response_mocks(cls, d)

    return {
        "tool_config": tool_config,
        "response_mocks": response_mocks,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ToolRequestModel,
    _all_fields,
    {
        "tool_config": _read_tool_config,
        "response_mocks": _read_response_mocks,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.client_tool_config_input import ClientToolConfigInput
from ..models.mcp_tool_config_input import McpToolConfigInput
from ..models.system_tool_config_input import SystemToolConfigInput
from ..models.tool_response_mock_config_input import ToolResponseMockConfigInput
from ..models.webhook_tool_config_input import WebhookToolConfigInput
