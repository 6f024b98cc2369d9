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

T = TypeVar("T", bound="BodyBulkMoveEntitiesToFolderV1ConvaiKnowledgeBaseBulkMovePost")


@_attrs_define
class BodyBulkMoveEntitiesToFolderV1ConvaiKnowledgeBaseBulkMovePost:
    """Attributes:
    document_ids (list[str]): The ids of documents or folders from the knowledge base.
    move_to (None | str | Unset): The folder to move the entities to. If not set, the entities will be moved to the
        root folder.
    """

    document_ids: list[str]

    move_to: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        document_ids: Any
        try:
            document_ids = self.document_ids

        except (AttributeError, TypeError):
            document_ids = self.document_ids

        move_to: Any
        try:
            move_to = self.move_to

        except (AttributeError, TypeError):
            move_to = self.move_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if document_ids is not None or "document_ids" not in self._missing_fields:
            field_dict["document_ids"] = document_ids
        if move_to is not UNSET:
            field_dict["move_to"] = move_to
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

        move_to = d.pop("move_to", UNSET)
        if move_to.__class__ is not str and move_to is not None and move_to is not UNSET:
            move_to = unexpected_type(cls, "move_to", move_to, "a string or null")

        body_bulk_move_entities_to_folder_v1_convai_knowledge_base_bulk_move_post = cls(
            document_ids=document_ids,
            move_to=move_to,
        )
        if _missing:
            body_bulk_move_entities_to_folder_v1_convai_knowledge_base_bulk_move_post._missing_fields = _missing
        body_bulk_move_entities_to_folder_v1_convai_knowledge_base_bulk_move_post.additional_properties = d
        return body_bulk_move_entities_to_folder_v1_convai_knowledge_base_bulk_move_post

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
