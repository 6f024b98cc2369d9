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
class MediaGenerationListResponse(Lazy, AdditionalProperties[Any]):
    """One page of the caller's generations, newest first.

    Example:
        {'generations': [{'content_mime_type': 'video/mp4', 'content_url':
        'https://storage.googleapis.com/generations/JWr5N6X9ZTqf8jD2LmQb', 'id': 'JWr5N6X9ZTqf8jD2LmQb', 'status':
        'completed'}, {'id': 'Kx2mP7Y4WVrg9kE3NnRc', 'status': 'generating'}], 'has_more': True, 'next_cursor':
        'MjAyNi0wNy0xN1QxMjowMDowMHxLeDJtUDdZNFdWcmc5a0UzTm5SYw'}

    Attributes:
        generations: The generations on this page, newest first. Each item has the same shape as the corresponding GET
            endpoint's response.
        next_cursor: Pass as `cursor` to fetch the next page. `null` when there is no further page.
        has_more: Whether more generations exist beyond this page.
    """

    generations: list[
        MediaGenerationCompletedResponse
        | MediaGenerationFailedResponse
        | MediaGenerationInProgressResponse
        | UnknownVariant
    ]

    next_cursor: None | str = _attrs_field(default=None, kw_only=True)

    has_more: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "generations",
            "generations",
            list_of(
                union(
                    object_of("MediaGenerationCompletedResponse"),
                    object_of("MediaGenerationFailedResponse"),
                    object_of("MediaGenerationInProgressResponse"),
                    object_of("UnknownVariant"),
                )
            ),
            required=True,
        ),
        Field("next_cursor", "next_cursor", union(STR, NULL), required=True),
        Field("has_more", "has_more", BOOL, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.media_generation_completed_response import MediaGenerationCompletedResponse
from ..models.media_generation_failed_response import MediaGenerationFailedResponse
from ..models.media_generation_in_progress_response import MediaGenerationInProgressResponse
from ..models.unknown_variant import UnknownVariant
