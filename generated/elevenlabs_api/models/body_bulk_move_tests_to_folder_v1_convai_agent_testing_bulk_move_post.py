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

T = TypeVar("T", bound="BodyBulkMoveTestsToFolderV1ConvaiAgentTestingBulkMovePost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyBulkMoveTestsToFolderV1ConvaiAgentTestingBulkMovePost(Lazy):
    """Attributes:
    entity_ids (list[str]): The IDs of tests or folders to move.
    move_to (None | str | Unset): The folder to move the entities to. If not set, the entities will be moved to the
        root folder.
    """

    entity_ids: list[str]

    move_to: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("entity_ids",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        entity_ids: Any
        try:
            entity_ids = self.entity_ids

        except (AttributeError, TypeError):
            entity_ids = self.entity_ids

        move_to: Any
        try:
            move_to = self.move_to

        except (AttributeError, TypeError):
            move_to = self.move_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if entity_ids is not None or "entity_ids" not in self._missing_fields:
            field_dict["entity_ids"] = entity_ids
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
        body_bulk_move_tests_to_folder_v1_convai_agent_testing_bulk_move_post = cls.__new__(cls)
        body_bulk_move_tests_to_folder_v1_convai_agent_testing_bulk_move_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_bulk_move_tests_to_folder_v1_convai_agent_testing_bulk_move_post

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


_read_entity_ids = plain_reader("entity_ids", (list,), "an array", True, ((str,), "a string"))

_read_move_to = plain_reader(
    "move_to",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "entity_ids",
        "move_to",
    )
)


def _read_additional_properties(
    cls: type[BodyBulkMoveTestsToFolderV1ConvaiAgentTestingBulkMovePost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyBulkMoveTestsToFolderV1ConvaiAgentTestingBulkMovePost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    entity_ids = d.get("entity_ids", MISSING)
    if entity_ids.__class__ is not list:
        entity_ids = _read_entity_ids(cls, d)
    elif entity_ids.__class__ is list and entity_ids:
        check_items(cls, "entity_ids", entity_ids, (str,), "a string")

    move_to = d.get("move_to", UNSET)
    if move_to.__class__ is not str and move_to is not None and move_to is not UNSET:
        move_to = _read_move_to(cls, d)

    return {
        "entity_ids": entity_ids,
        "move_to": move_to,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyBulkMoveTestsToFolderV1ConvaiAgentTestingBulkMovePost,
    _all_fields,
    {
        "entity_ids": _read_entity_ids,
        "move_to": _read_move_to,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
