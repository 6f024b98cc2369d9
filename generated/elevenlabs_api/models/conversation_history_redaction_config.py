from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import ConfigEntityType
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationHistoryRedactionConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationHistoryRedactionConfig(Lazy):
    """Attributes:
    enabled (bool | Unset): Whether conversation history redaction is enabled Defaults to False on the server.
    entities (list[ConfigEntityType | str] | Unset): The entities to redact from the conversation transcript, audio
        and analysis. Use top-level types like 'name', 'email_address', or dot notation for specific subtypes like
        'name.full_name'.
    """

    enabled: bool | Unset = UNSET

    entities: list[ConfigEntityType | str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_history_redaction_config = cls.__new__(cls)
        conversation_history_redaction_config.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_enabled = plain_reader("enabled", (bool,), "a boolean", False)


def _read_entities(cls: type[ConversationHistoryRedactionConfig], d: Mapping[str, Any]) -> Any:
    entities_raw = d.get("entities", UNSET)
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

    return entities


_FIELDS: frozenset[str] = frozenset(
    (
        "enabled",
        "entities",
    )
)


def _read_additional_properties(cls: type[ConversationHistoryRedactionConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationHistoryRedactionConfig], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    enabled = d.get("enabled", UNSET)
    if enabled.__class__ is not bool and enabled is not UNSET:
        enabled = _read_enabled(cls, d)

    if "entities" in known:
        entities = known["entities"]
    else:
        entities = d.get("entities", UNSET)
        if entities is not UNSET:
            entities = _read_entities(cls, d)

    return {
        "enabled": enabled,
        "entities": entities,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConversationHistoryRedactionConfig,
    _all_fields,
    {
        "enabled": _read_enabled,
        "entities": _read_entities,
        "additional_properties": _read_additional_properties,
    },
)
