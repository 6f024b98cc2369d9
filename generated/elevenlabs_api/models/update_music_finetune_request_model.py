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
    list_of,
    literal,
    union,
)
from ..models._literals import (
    UpdateMusicFinetuneRequestModelVisibilityType0,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class UpdateMusicFinetuneRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name: Updated name for the finetune.
    tags: Replacement set of tags.
    primary_genre: Updated primary musical genre.
    visibility: Finetune visibility. Only 'private' and 'workspace' can be set.
    """

    name: None | str | Unset = UNSET

    tags: list[str] | None | Unset = UNSET

    primary_genre: None | str | Unset = UNSET

    visibility: None | Unset | UpdateMusicFinetuneRequestModelVisibilityType0 = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", union(STR, NULL)),
        Field("tags", "tags", union(list_of(STR), NULL)),
        Field("primary_genre", "primary_genre", union(STR, NULL)),
        Field("visibility", "visibility", union(literal("UpdateMusicFinetuneRequestModelVisibilityType0"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
