from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
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


@_attrs_define(slots=False)
class AssetListResponse(Lazy, AdditionalProperties[Any]):
    """One page of the workspace's assets, most recently created first.

    Example:
        {'assets': [{'asset_id': '5xM2KqOnZyce22SPZ9d4', 'content_url': 'https://.../a1b2c3d4/content?...',
        'created_at_unix': 1721520000, 'mime_type': 'audio/mpeg', 'name': 'podcast-intro.mp3'}], 'has_more': True,
        'next_cursor': 'eyJvZmZzZXQiOjEwfQ'}

    Attributes:
        assets: List of Asset objects.
        next_cursor: Pass as `cursor` to fetch the next page. `null` if there are no more results.
        has_more: Whether there are more results to fetch.
    """

    assets: list[AssetResponse]

    next_cursor: None | str = _attrs_field(default=None, kw_only=True)

    has_more: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("assets", "assets", list_of(object_of("AssetResponse")), required=True),
        Field("next_cursor", "next_cursor", union(STR, NULL), required=True),
        Field("has_more", "has_more", BOOL, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.asset_response import AssetResponse
