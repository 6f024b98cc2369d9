from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    DATETIME,
    FLOAT,
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
class DubbingMetadataResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'created_at': '2025-07-15T14:49:41.149000', 'dubbing_id': '21m00Tcm4TlvDq8ikWAM', 'editable': True,
        'media_metadata': {'content_type': 'video/mp4', 'duration': 127.5}, 'name': 'My Dubbing Project',
        'source_language': 'en', 'status': 'dubbed', 'target_languages': ['es', 'fr', 'de']}

    Attributes:
        dubbing_id: The ID of the dubbing project.
        name: The name of the dubbing project.
        status: The state this dub is in.
        source_language: Once dubbing has completed, the ISO-639-1 code of the original media's source language.
        target_languages: The ISO-639-1 code of the languages this media has been dubbed into.
        created_at: Timestamp this dub was created.
        editable: Whether this dubbing project is editable in Dubbing Studio. Defaults to False on the server.
        media_metadata: Metadata, such as the length in seconds and content type, of the dubbed content.
        error: Error message indicate, if this dub has failed, what happened.
    """

    dubbing_id: str

    name: str

    status: str

    source_language: None | str = _attrs_field(default=None, kw_only=True)

    target_languages: list[str]

    created_at: datetime.datetime

    editable: bool | Unset = UNSET

    media_metadata: DubbingMediaMetadata | None | Unset = UNSET

    error: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("dubbing_id", "dubbing_id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("status", "status", STR, required=True),
        Field("source_language", "source_language", union(STR, NULL), required=True),
        Field("target_languages", "target_languages", list_of(STR), required=True),
        Field("created_at", "created_at", DATETIME, required=True),
        Field("editable", "editable", BOOL),
        Field("media_metadata", "media_metadata", union(object_of("DubbingMediaMetadata"), NULL)),
        Field("error", "error", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DubbingMediaMetadata(Lazy, AdditionalProperties[Any]):
    """Attributes:
    content_type: The content type of the media.
    duration: The duration of the media in seconds.
    """

    content_type: str

    duration: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("content_type", "content_type", STR, required=True),
        Field("duration", "duration", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
