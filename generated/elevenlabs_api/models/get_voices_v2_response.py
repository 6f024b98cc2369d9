from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetVoicesV2Response(Lazy, AdditionalProperties[Any]):
    """Attributes:
    voices: The list of voices matching the query.
    has_more: Indicates whether there are more voices available in subsequent pages. Use this flag (and
        next_page_token) for reliable pagination instead of relying on total_count.
    total_count: The total count of voices matching the query. This value is a live snapshot that reflects the
        current state of the database and may change between requests as users create, modify, or delete voices. For
        reliable pagination, use the has_more flag instead of relying on this value. Only request this field when you
        actually need the total count (e.g., for display purposes), as calculating it incurs a performance cost.
    next_page_token: Token to retrieve the next page of results. Pass this value to the next request to continue
        pagination. Null if there are no more results.
    """

    voices: list[Voice]

    has_more: bool

    total_count: int

    next_page_token: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("voices", "voices", list_of(object_of("Voice")), required=True),
        Field("has_more", "has_more", BOOL, required=True),
        Field("total_count", "total_count", INT, required=True),
        Field("next_page_token", "next_page_token", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.voice import Voice
