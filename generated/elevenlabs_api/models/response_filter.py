from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_filter_mode import ResponseFilterMode
from ..types import (
    UNSET,
    Unset,
    check_items,
    unexpected_type,
)

T = TypeVar("T", bound="ResponseFilter")


@_attrs_define
class ResponseFilter:
    """Configuration for filtering tool responses before they are visible to the agent.

    Attributes:
        mode (ResponseFilterMode | str | Unset): Controls how tool responses are filtered. 'all' returns entire
            response, 'allow' returns only specified paths, 'hide_all' hides the entire response. Default: 'all'.
        filters (list[str] | Unset): Dot notation paths to include when mode is 'allow' (e.g., ['ticket.id',
            'ticket.status']).
        content_type (Literal['application/json'] | Unset): Content type for response filtering. Only 'application/json'
            responses are filtered. Default: 'application/json'.
    """

    mode: ResponseFilterMode | str | Unset = "all"

    filters: list[str] | Unset = UNSET

    content_type: Literal["application/json"] | Unset = "application/json"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("content_type", "application/json")

    def to_dict(self) -> dict[str, Any]:
        mode: Any
        try:
            if isinstance(self.mode, Unset):
                mode = UNSET
            elif isinstance(self.mode, str):
                mode = self.mode
            else:
                mode = self.mode

        except (AttributeError, TypeError):
            mode = self.mode

        filters: Any
        try:
            filters = UNSET
            if not isinstance(self.filters, Unset):
                filters = self.filters

        except (AttributeError, TypeError):
            filters = self.filters

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if mode is not UNSET:
            field_dict["mode"] = mode
        if filters is not UNSET:
            field_dict["filters"] = filters
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        content_type_raw = d.pop("content_type", UNSET)
        content_type = cast(Literal["application/json"] | Unset, content_type_raw)
        if content_type != "application/json" and not isinstance(content_type, Unset):
            raise ValueError(f"content_type must match const 'application/json', got '{content_type}'")

        mode = d.pop("mode", UNSET)
        if mode.__class__ is not str and mode is not UNSET:
            mode = unexpected_type(cls, "mode", mode, "a string")

        filters = d.pop("filters", UNSET)
        if filters.__class__ is not list and filters is not UNSET:
            filters = unexpected_type(cls, "filters", filters, "an array")
        elif filters.__class__ is list and filters:
            check_items(cls, "filters", filters, (str,), "a string")

        response_filter = cls(
            mode=mode,
            filters=filters,
            content_type=content_type,
        )
        response_filter.additional_properties = d
        return response_filter

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
