from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.config_entity_type import ConfigEntityType
from ..types import (
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    unexpected_type,
)

T = TypeVar("T", bound="ConversationHistoryRedactionConfig")


@_attrs_define
class ConversationHistoryRedactionConfig:
    """Attributes:
    enabled (bool | Unset): Whether conversation history redaction is enabled Default: False.
    entities (list[ConfigEntityType | str] | Unset): The entities to redact from the conversation transcript, audio
        and analysis. Use top-level types like 'name', 'email_address', or dot notation for specific subtypes like
        'name.full_name'.
    """

    enabled: bool | Unset = False

    entities: list[ConfigEntityType | str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        entities: Any
        try:
            entities = UNSET
            if not isinstance(self.entities, Unset):
                entities = []
                for entities_item_data in self.entities:
                    entities_item: str
                    if isinstance(entities_item_data, str):
                        entities_item = entities_item_data
                    else:
                        entities_item = entities_item_data

                    entities.append(entities_item)

        except (AttributeError, TypeError):
            entities = self.entities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if entities is not UNSET:
            field_dict["entities"] = entities
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)
        if enabled.__class__ is not bool and enabled is not UNSET:
            enabled = unexpected_type(cls, "enabled", enabled, "a boolean")

        entities_raw = d.pop("entities", UNSET)
        try:
            expect_array("entities", entities_raw)
            _entities = entities_raw
            entities: list[ConfigEntityType | str] | Unset = UNSET
            if _entities is not UNSET:
                entities = []
                for entities_item_data in _entities:
                    entities_item = entities_item_data

                    entities.append(entities_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            entities = deviating_field(cls, "entities", entities_raw)

        conversation_history_redaction_config = cls(
            enabled=enabled,
            entities=entities,
        )
        conversation_history_redaction_config.additional_properties = d
        return conversation_history_redaction_config

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
