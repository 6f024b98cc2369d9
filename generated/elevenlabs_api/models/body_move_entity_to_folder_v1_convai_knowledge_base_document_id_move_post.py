from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost(Lazy):
    """Attributes:
    move_to (None | str | Unset): The folder to move the entities to. If not set, the entities will be moved to the
        root folder.
    """

    move_to: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        move_to: Any
        try:
            move_to = self.move_to

        except (AttributeError, TypeError):
            move_to = self.move_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if move_to is not UNSET:
            field_dict["move_to"] = move_to
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_move_entity_to_folder_v1_convai_knowledge_base_document_id_move_post = cls.__new__(cls)
        body_move_entity_to_folder_v1_convai_knowledge_base_document_id_move_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_move_entity_to_folder_v1_convai_knowledge_base_document_id_move_post

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


_read_move_to = plain_reader(
    "move_to",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(("move_to",))


def _read_additional_properties(
    cls: type[BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    move_to = d.get("move_to", UNSET)
    if move_to.__class__ is not str and move_to is not None and move_to is not UNSET:
        move_to = _read_move_to(cls, d)

    return {
        "move_to": move_to,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost,
    _all_fields,
    {
        "move_to": _read_move_to,
        "additional_properties": _read_additional_properties,
    },
)
