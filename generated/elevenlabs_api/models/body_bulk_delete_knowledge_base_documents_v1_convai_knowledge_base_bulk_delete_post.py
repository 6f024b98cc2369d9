from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    check_items,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyBulkDeleteKnowledgeBaseDocumentsV1ConvaiKnowledgeBaseBulkDeletePost")


@_attrs_define
class BodyBulkDeleteKnowledgeBaseDocumentsV1ConvaiKnowledgeBaseBulkDeletePost:
    """Attributes:
    document_ids (list[str]): The ids of documents or folders from the knowledge base.
    force (bool | Unset): If set to true, documents or folders will be deleted regardless of whether they are used
        by any agents and will be removed from the dependent agents. For non-empty folders, this will also delete all
        child documents and folders. Default: False.
    """

    document_ids: list[str]

    force: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        document_ids: Any
        try:
            document_ids = self.document_ids

        except (AttributeError, TypeError):
            document_ids = self.document_ids

        force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if document_ids is not None or "document_ids" not in self._missing_fields:
            field_dict["document_ids"] = document_ids
        if force is not UNSET:
            field_dict["force"] = force
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        document_ids = d.pop("document_ids", MISSING)
        if document_ids.__class__ is not list:
            if document_ids is MISSING:
                document_ids = missing_field(cls, "document_ids")
                _missing += ("document_ids",)
            else:
                document_ids = unexpected_type(cls, "document_ids", document_ids, "an array")
        elif document_ids.__class__ is list and document_ids:
            check_items(cls, "document_ids", document_ids, (str,), "a string")

        force = d.pop("force", UNSET)
        if force.__class__ is not bool and force is not UNSET:
            force = unexpected_type(cls, "force", force, "a boolean")

        body_bulk_delete_knowledge_base_documents_v1_convai_knowledge_base_bulk_delete_post = cls(
            document_ids=document_ids,
            force=force,
        )
        if _missing:
            body_bulk_delete_knowledge_base_documents_v1_convai_knowledge_base_bulk_delete_post._missing_fields = (
                _missing
            )
        body_bulk_delete_knowledge_base_documents_v1_convai_knowledge_base_bulk_delete_post.additional_properties = d
        return body_bulk_delete_knowledge_base_documents_v1_convai_knowledge_base_bulk_delete_post

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
