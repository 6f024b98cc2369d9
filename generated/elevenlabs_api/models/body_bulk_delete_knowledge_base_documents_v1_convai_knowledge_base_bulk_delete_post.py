from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyBulkDeleteKnowledgeBaseDocumentsV1ConvaiKnowledgeBaseBulkDeletePost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyBulkDeleteKnowledgeBaseDocumentsV1ConvaiKnowledgeBaseBulkDeletePost(Lazy):
    """Attributes:
    document_ids (list[str]): The ids of documents or folders from the knowledge base.
    force (bool | Unset): If set to true, documents or folders will be deleted regardless of whether they are used
        by any agents and will be removed from the dependent agents. For non-empty folders, this will also delete all
        child documents and folders. Defaults to False on the server.
    """

    document_ids: list[str]

    force: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("document_ids",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_bulk_delete_knowledge_base_documents_v1_convai_knowledge_base_bulk_delete_post = cls.__new__(cls)
        body_bulk_delete_knowledge_base_documents_v1_convai_knowledge_base_bulk_delete_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_document_ids = plain_reader("document_ids", (list,), "an array", True, ((str,), "a string"))

_read_force = plain_reader("force", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "document_ids",
        "force",
    )
)


def _read_additional_properties(
    cls: type[BodyBulkDeleteKnowledgeBaseDocumentsV1ConvaiKnowledgeBaseBulkDeletePost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyBulkDeleteKnowledgeBaseDocumentsV1ConvaiKnowledgeBaseBulkDeletePost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    document_ids = d.get("document_ids", MISSING)
    if document_ids.__class__ is not list:
        document_ids = _read_document_ids(cls, d)
    elif document_ids.__class__ is list and document_ids:
        check_items(cls, "document_ids", document_ids, (str,), "a string")

    force = d.get("force", UNSET)
    if force.__class__ is not bool and force is not UNSET:
        force = _read_force(cls, d)

    return {
        "document_ids": document_ids,
        "force": force,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyBulkDeleteKnowledgeBaseDocumentsV1ConvaiKnowledgeBaseBulkDeletePost,
    _all_fields,
    {
        "document_ids": _read_document_ids,
        "force": _read_force,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
