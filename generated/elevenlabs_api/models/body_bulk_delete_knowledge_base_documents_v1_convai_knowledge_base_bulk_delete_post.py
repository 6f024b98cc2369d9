from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyBulkDeleteKnowledgeBaseDocumentsV1ConvaiKnowledgeBaseBulkDeletePost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    document_ids: The ids of documents or folders from the knowledge base.
    force: If set to true, documents or folders will be deleted regardless of whether they are used by any agents
        and will be removed from the dependent agents. For non-empty folders, this will also delete all child documents
        and folders. Defaults to False on the server.
    """

    document_ids: list[str]

    force: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("document_ids", "document_ids", list_of(STR), required=True),
        Field("force", "force", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
