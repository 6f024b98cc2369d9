from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    union,
)
from ..models._literals import ResponseFilterMode
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ResponseFilter(Lazy, AdditionalProperties[Any]):
    """Configuration for filtering tool responses before they are visible to the agent.

    Attributes:
        mode: Controls how tool responses are filtered. 'all' returns entire response, 'allow' returns only specified
            paths, 'hide_all' hides the entire response. Defaults to 'all' on the server.
        filters: Dot notation paths to include when mode is 'allow' (e.g., ['ticket.id', 'ticket.status']).
        content_type: Content type for response filtering. Only 'application/json' responses are filtered. Default:
            'application/json'.
    """

    mode: ResponseFilterMode | str | Unset = UNSET

    filters: list[str] | Unset = UNSET

    content_type: Literal["application/json"] | Unset = _attrs_field(
        default="application/json",
        kw_only=True,
        validator=types.tag("ResponseFilter", "content_type", "application/json"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("mode", "mode", union(literal("ResponseFilterMode"), STR)),
        Field("filters", "filters", list_of(STR)),
        Field("content_type", "content_type", const("application/json")),
        Field("additional_properties", None, dict_of(ANY)),
    )
