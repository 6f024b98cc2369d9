from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import SampleConfigDbModelParentTypeType0
from ..types import (
    ANY,
    BOOL,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    literal,
    union,
)


@_attrs_define(slots=False)
class SampleConfigDbModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    is_sample: Defaults to False on the server.
    """

    is_sample: bool | Unset = UNSET

    parent_id: None | str | Unset = UNSET

    parent_type: None | SampleConfigDbModelParentTypeType0 | str | Unset = UNSET

    chapter_ids: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("is_sample", "is_sample", BOOL),
        Field("parent_id", "parent_id", union(STR, NULL)),
        Field("parent_type", "parent_type", union(literal("SampleConfigDbModelParentTypeType0"), NULL, STR)),
        Field("chapter_ids", "chapter_ids", union(list_of(STR), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
