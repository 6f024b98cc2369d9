from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
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
class BodyUpdateAudioNativeContentFromUrlV1AudioNativeContentPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    url: URL of the page to extract content from.
    author: Author used in the player and inserted at the start of the uploaded article. If not provided, the
        default author set in the Player settings is used.
    title: Title used in the player and inserted at the top of the uploaded article. If not provided, the default
        title set in the Player settings is used.
    """

    url: str

    author: None | str | Unset = UNSET

    title: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("url", "url", STR, required=True),
        Field("author", "author", union(STR, NULL)),
        Field("title", "title", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
