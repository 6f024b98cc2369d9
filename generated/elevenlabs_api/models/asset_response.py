from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class AssetResponse(Lazy, AdditionalProperties[Any]):
    """The public Asset object.

    Example:
        {'asset_id': '5xM2KqOnZyce22SPZ9d4', 'content_url': 'https://.../a1b2c3d4/content?...', 'created_at_unix':
        1721520000, 'mime_type': 'audio/mpeg', 'name': 'podcast-intro.mp3'}

    Attributes:
        asset_id: Unique identifier for the asset.
        name: Display name of the asset.
        mime_type: MIME type of the uploaded file (e.g. `audio/mpeg`).
        created_at_unix: Unix timestamp (seconds) the asset was created.
        content_url: Signed URL to fetch the asset's content. May be `null` if the asset has not finished processing. Do
            not rely on it being valid for more than 1 hour; fetch the asset again for a fresh URL.
    """

    asset_id: str

    name: str

    mime_type: str

    created_at_unix: int

    content_url: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("asset_id", "asset_id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("mime_type", "mime_type", STR, required=True),
        Field("created_at_unix", "created_at_unix", INT, required=True),
        Field("content_url", "content_url", union(STR, NULL), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
