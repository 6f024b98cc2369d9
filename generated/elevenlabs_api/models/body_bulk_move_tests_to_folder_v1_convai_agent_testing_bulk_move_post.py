from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, deviating_field, missing_field

T = TypeVar("T", bound="BodyBulkMoveTestsToFolderV1ConvaiAgentTestingBulkMovePost")


@_attrs_define
class BodyBulkMoveTestsToFolderV1ConvaiAgentTestingBulkMovePost:
    """Attributes:
    entity_ids (list[str]): The IDs of tests or folders to move.
    move_to (None | str | Unset): The folder to move the entities to. If not set, the entities will be moved to the
        root folder.
    """

    entity_ids: list[str]

    move_to: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if entity_ids is not None:
            field_dict["entity_ids"] = entity_ids
        if move_to is not UNSET:
            field_dict["move_to"] = move_to
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        entity_ids_raw = d.pop("entity_ids", MISSING)
        if entity_ids_raw is MISSING:
            entity_ids_raw = missing_field(cls, "entity_ids")
        try:
            entity_ids = cast(list[str], entity_ids_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            entity_ids = deviating_field(cls, "entity_ids", entity_ids_raw)

        move_to = d.pop("move_to", UNSET)

        body_bulk_move_tests_to_folder_v1_convai_agent_testing_bulk_move_post = cls(
            entity_ids=entity_ids,
            move_to=move_to,
        )
        body_bulk_move_tests_to_folder_v1_convai_agent_testing_bulk_move_post.additional_properties = d
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
