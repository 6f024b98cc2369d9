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
class BodyCreateChapterV1StudioProjectsProjectIdChaptersPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name: The name of the chapter, used for identification only.
    from_url: An optional URL from which we will extract content to initialize the Studio project. If this is set,
        'from_url' and 'from_content' must be null. If neither 'from_url', 'from_document', 'from_content' are provided
        we will initialize the Studio project as blank.
    """

    name: str

    from_url: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("from_url", "from_url", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
