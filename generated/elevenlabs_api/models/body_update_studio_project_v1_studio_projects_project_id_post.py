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
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyUpdateStudioProjectV1StudioProjectsProjectIdPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name: The name of the Studio project, used for identification only.
    default_title_voice_id: The voice_id that corresponds to the default voice used for new titles.
    default_paragraph_voice_id: The voice_id that corresponds to the default voice used for new paragraphs.
    title: An optional name of the author of the Studio project, this will be added as metadata to the mp3 file on
        Studio project or chapter download.
    author: An optional name of the author of the Studio project, this will be added as metadata to the mp3 file on
        Studio project or chapter download.
    isbn_number: An optional ISBN number of the Studio project you want to create, this will be added as metadata to
        the mp3 file on Studio project or chapter download.
    volume_normalization: When the Studio project is downloaded, should the returned audio have postprocessing in
        order to make it compliant with audiobook normalized volume requirements Defaults to False on the server.
    """

    name: str

    default_title_voice_id: str

    default_paragraph_voice_id: str

    title: None | str | Unset = UNSET

    author: None | str | Unset = UNSET

    isbn_number: None | str | Unset = UNSET

    volume_normalization: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("default_title_voice_id", "default_title_voice_id", STR, required=True),
        Field("default_paragraph_voice_id", "default_paragraph_voice_id", STR, required=True),
        Field("title", "title", union(STR, NULL)),
        Field("author", "author", union(STR, NULL)),
        Field("isbn_number", "isbn_number", union(STR, NULL)),
        Field("volume_normalization", "volume_normalization", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
