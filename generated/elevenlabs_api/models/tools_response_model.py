from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ToolsResponseModel")


@_attrs_define
class ToolsResponseModel:
    """Attributes:
    tools (list[ToolResponseModel]):
    has_more (bool):
    next_cursor (None | str | Unset):
    """

    tools: list[ToolResponseModel]

    has_more: bool

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        tools: Any
        try:
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        except (AttributeError, TypeError):
            tools = self.tools

        has_more = self.has_more

        next_cursor: Any
        try:
            next_cursor = self.next_cursor

        except (AttributeError, TypeError):
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tools is not None or "tools" not in self._missing_fields:
            field_dict["tools"] = tools
        if has_more is not None or "has_more" not in self._missing_fields:
            field_dict["has_more"] = has_more
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        tools_raw = d.pop("tools", MISSING)
        if tools_raw is MISSING:
            tools = missing_field(cls, "tools")
            _missing += ("tools",)
        else:
            try:
                expect_array("tools", tools_raw)
                tools = []
                _tools = tools_raw
                for tools_item_data in _tools:
                    tools_item = ToolResponseModel.from_dict(tools_item_data)

                    tools.append(tools_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                tools = deviating_field(cls, "tools", tools_raw)

        has_more = d.pop("has_more", MISSING)
        if has_more.__class__ is not bool:
            if has_more is MISSING:
                has_more = missing_field(cls, "has_more")
                _missing += ("has_more",)
            else:
                has_more = unexpected_type(cls, "has_more", has_more, "a boolean")

        next_cursor = d.pop("next_cursor", UNSET)
        if next_cursor.__class__ is not str and next_cursor is not None and next_cursor is not UNSET:
            next_cursor = unexpected_type(cls, "next_cursor", next_cursor, "a string or null")

        tools_response_model = cls(
            tools=tools,
            has_more=has_more,
            next_cursor=next_cursor,
        )
        if _missing:
            tools_response_model._missing_fields = _missing
        tools_response_model.additional_properties = d
        return tools_response_model

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.tool_response_model import ToolResponseModel
