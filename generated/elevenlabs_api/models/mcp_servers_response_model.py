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
    expect_array,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="McpServersResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class McpServersResponseModel(Lazy):
    """Response model for a list of MCP Server configurations.

    Attributes:
        mcp_servers (list[McpServerResponseModel]):
    """

    mcp_servers: list[McpServerResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("mcp_servers",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        mcp_servers: Any
        try:
            mcp_servers = []
            for mcp_servers_item_data in self.mcp_servers:
                mcp_servers_item = mcp_servers_item_data.to_dict()
                mcp_servers.append(mcp_servers_item)

        except (AttributeError, TypeError):
            mcp_servers = self.mcp_servers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if mcp_servers is not None or "mcp_servers" not in self._missing_fields:
            field_dict["mcp_servers"] = mcp_servers
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        mcp_servers_response_model = cls.__new__(cls)
        mcp_servers_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return mcp_servers_response_model

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


def _read_mcp_servers(cls: type[McpServersResponseModel], d: Mapping[str, Any]) -> Any:
    mcp_servers_raw = d.get("mcp_servers", MISSING)
    if mcp_servers_raw is MISSING:
        mcp_servers = missing_field(cls, "mcp_servers")
    else:
        try:
            expect_array("mcp_servers", mcp_servers_raw)
            mcp_servers = []
            _mcp_servers = mcp_servers_raw
            for mcp_servers_item_data in _mcp_servers:
                mcp_servers_item = McpServerResponseModel.from_dict(mcp_servers_item_data)

                mcp_servers.append(mcp_servers_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            mcp_servers = deviating_field(cls, "mcp_servers", mcp_servers_raw)

    return mcp_servers


_FIELDS: frozenset[str] = frozenset(("mcp_servers",))


def _read_additional_properties(cls: type[McpServersResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[McpServersResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "mcp_servers" in known:
        mcp_servers = known["mcp_servers"]
    else:
        mcp_servers = _read_mcp_servers(cls, d)

    return {
        "mcp_servers": mcp_servers,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    McpServersResponseModel,
    _all_fields,
    {
        "mcp_servers": _read_mcp_servers,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.mcp_server_response_model import McpServerResponseModel
