from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import ResponseFilterMode
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ResponseFilter")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ResponseFilter(Lazy):
    """Configuration for filtering tool responses before they are visible to the agent.

    Attributes:
        mode (ResponseFilterMode | str | Unset): Controls how tool responses are filtered. 'all' returns entire
            response, 'allow' returns only specified paths, 'hide_all' hides the entire response. Defaults to 'all' on the
            server.
        filters (list[str] | Unset): Dot notation paths to include when mode is 'allow' (e.g., ['ticket.id',
            'ticket.status']).
        content_type (Literal['application/json'] | Unset): Content type for response filtering. Only 'application/json'
            responses are filtered. Default: 'application/json'.
    """

    mode: ResponseFilterMode | str | Unset = UNSET

    filters: list[str] | Unset = UNSET

    content_type: Literal["application/json"] | Unset = _attrs_field(
        default="application/json",
        kw_only=True,
        validator=types.tag("ResponseFilter", "content_type", "application/json"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("content_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("content_type", "application/json")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        response_filter = cls.__new__(cls)
        response_filter.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


def _read_content_type(cls: type[ResponseFilter], d: Mapping[str, Any]) -> Any:
    content_type_raw = d.get("content_type", UNSET)
    content_type = cast(Literal["application/json"] | Unset, content_type_raw)
    if content_type != "application/json" and not isinstance(content_type, Unset):
        raise ValueError(f"content_type must match const 'application/json', got '{content_type}'")

    return content_type


_read_mode = plain_reader("mode", (str,), "a string", False)

_read_filters = plain_reader("filters", (list,), "an array", False, ((str,), "a string"))


_FIELDS: frozenset[str] = frozenset(
    (
        "mode",
        "filters",
        "content_type",
    )
)


def _read_additional_properties(cls: type[ResponseFilter], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ResponseFilter], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "content_type" in known:
        content_type = known["content_type"]
    else:
        content_type = d.get("content_type", UNSET)
        if content_type is not UNSET:
            content_type = _read_content_type(cls, d)

    mode = d.get("mode", UNSET)
    if mode.__class__ is not str and mode is not UNSET:
        mode = _read_mode(cls, d)

    filters = d.get("filters", UNSET)
    if filters.__class__ is not list and filters is not UNSET:
        filters = _read_filters(cls, d)
    elif filters.__class__ is list and filters:
        check_items(cls, "filters", filters, (str,), "a string")

    return {
        "mode": mode,
        "filters": filters,
        "content_type": content_type,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ResponseFilter,
    _all_fields,
    {
        "mode": _read_mode,
        "filters": _read_filters,
        "content_type": _read_content_type,
        "additional_properties": _read_additional_properties,
    },
)
