from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
)


@_attrs_define(slots=False)
class AssignConversationTagsRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    tag_ids: Tag IDs to add to the conversation. Re-assigning an existing tag is a no-op.
    """

    tag_ids: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("tag_ids", "tag_ids", list_of(STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
