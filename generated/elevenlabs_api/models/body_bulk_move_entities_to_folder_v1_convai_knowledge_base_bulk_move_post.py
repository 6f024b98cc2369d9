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
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyBulkMoveEntitiesToFolderV1ConvaiKnowledgeBaseBulkMovePost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    document_ids: The ids of documents or folders from the knowledge base.
    move_to: The folder to move the entities to. If not set, the entities will be moved to the root folder.
    """

    document_ids: list[str]

    move_to: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("document_ids", "document_ids", list_of(STR), required=True),
        Field("move_to", "move_to", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
