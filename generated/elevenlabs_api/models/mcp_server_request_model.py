from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="McpServerRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class McpServerRequestModel(Lazy):
    """Request model for creating/updating an MCP Server configuration.

    Attributes:
        config (McpServerConfigInput):
    """

    config: McpServerConfigInput

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("config",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        config: Any
        try:
            config = self.config.to_dict()
        except (AttributeError, TypeError):
            config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if config is not None or "config" not in self._missing_fields:
            field_dict["config"] = config
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        mcp_server_request_model = cls.__new__(cls)
        mcp_server_request_model.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return mcp_server_request_model

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


def _read_config(cls: type[McpServerRequestModel], d: Mapping[str, Any]) -> Any:
    config_raw = d.get("config", MISSING)
    if config_raw is MISSING:
        config = missing_field(cls, "config")
    else:
        try:
            config = McpServerConfigInput.from_dict(config_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            config = deviating_field(cls, "config", config_raw)

    return config


_FIELDS: frozenset[str] = frozenset(("config",))


def _read_additional_properties(cls: type[McpServerRequestModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[McpServerRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "config" in known:
        config = known["config"]
    else:
        config = _read_config(cls, d)

    return {
        "config": config,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    McpServerRequestModel,
    _all_fields,
    {
        "config": _read_config,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.mcp_server_config_input import McpServerConfigInput
