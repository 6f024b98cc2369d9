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
    literal,
    union,
)
from ..models._literals import (
    DocumentUsageModeEnum,
    KnowledgeBaseDocumentType,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class KnowledgeBaseLocator(Lazy, AdditionalProperties[Any]):
    """Example:
        {'id': '123', 'name': 'My Knowledge Base', 'type': 'file', 'usage_mode': 'auto'}

    Attributes:
        type_: The type of the knowledge base
        name: The name of the knowledge base
        id: The ID of the knowledge base
        usage_mode: The usage mode of the knowledge base Defaults to 'auto' on the server.
    """

    type_: KnowledgeBaseDocumentType | str

    name: str

    id: str

    usage_mode: DocumentUsageModeEnum | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", union(literal("KnowledgeBaseDocumentType"), STR), required=True),
        Field("name", "name", STR, required=True),
        Field("id", "id", STR, required=True),
        Field("usage_mode", "usage_mode", union(literal("DocumentUsageModeEnum"), STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )
