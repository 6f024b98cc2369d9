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
class BodyUpdateDocumentV1ConvaiKnowledgeBaseDocumentationIdPatch(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name: A custom, human-readable name for the document.
    content: Updated content for the document. Only supported for text documents, URL documents with auto-sync
        disabled, and file documents.
    """

    name: None | str | Unset = UNSET

    content: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", union(STR, NULL)),
        Field("content", "content", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
