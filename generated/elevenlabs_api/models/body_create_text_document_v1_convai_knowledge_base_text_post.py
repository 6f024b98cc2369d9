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
class BodyCreateTextDocumentV1ConvaiKnowledgeBaseTextPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    text: Text content to be added to the knowledge base.
    name: A custom, human-readable name for the document.
    parent_folder_id: If set, the created document or folder will be placed inside the given folder.
    """

    text: str

    name: None | str | Unset = UNSET

    parent_folder_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR, required=True),
        Field("name", "name", union(STR, NULL)),
        Field("parent_folder_id", "parent_folder_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
