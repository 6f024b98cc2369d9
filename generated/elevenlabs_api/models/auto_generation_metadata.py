from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="AutoGenerationMetadata")


@_attrs_define
class AutoGenerationMetadata:
    """Metadata for an automatically generated simulation test.

    Tracks the origin and context of tests that were auto-generated from
    conversations, including the source conversation, topic, and evaluation
    criteria the test covers.

    Attributes:
        agent_id (str): Agent whose simulation library this test belongs to.
        stable_topic_id (str): Stable topic id (from topic discovery) this test covers.
        criteria_id (str): Evaluation criterion id this test targets.
        topic_label (str): Human-readable topic label at generation time.
        source_conversation_id (str): Conversation the test was generated from.
        generated_at_unix (int): Unix timestamp (seconds) when the test was generated.
    """

    agent_id: str

    stable_topic_id: str

    criteria_id: str

    topic_label: str

    source_conversation_id: str

    generated_at_unix: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        stable_topic_id = self.stable_topic_id

        criteria_id = self.criteria_id

        topic_label = self.topic_label

        source_conversation_id = self.source_conversation_id

        generated_at_unix = self.generated_at_unix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if stable_topic_id is not None or "stable_topic_id" not in self._missing_fields:
            field_dict["stable_topic_id"] = stable_topic_id
        if criteria_id is not None or "criteria_id" not in self._missing_fields:
            field_dict["criteria_id"] = criteria_id
        if topic_label is not None or "topic_label" not in self._missing_fields:
            field_dict["topic_label"] = topic_label
        if source_conversation_id is not None or "source_conversation_id" not in self._missing_fields:
            field_dict["source_conversation_id"] = source_conversation_id
        if generated_at_unix is not None or "generated_at_unix" not in self._missing_fields:
            field_dict["generated_at_unix"] = generated_at_unix
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        agent_id = d.pop("agent_id", MISSING)
        if agent_id.__class__ is not str:
            if agent_id is MISSING:
                agent_id = missing_field(cls, "agent_id")
                _missing += ("agent_id",)
            else:
                agent_id = unexpected_type(cls, "agent_id", agent_id, "a string")

        stable_topic_id = d.pop("stable_topic_id", MISSING)
        if stable_topic_id.__class__ is not str:
            if stable_topic_id is MISSING:
                stable_topic_id = missing_field(cls, "stable_topic_id")
                _missing += ("stable_topic_id",)
            else:
                stable_topic_id = unexpected_type(cls, "stable_topic_id", stable_topic_id, "a string")

        criteria_id = d.pop("criteria_id", MISSING)
        if criteria_id.__class__ is not str:
            if criteria_id is MISSING:
                criteria_id = missing_field(cls, "criteria_id")
                _missing += ("criteria_id",)
            else:
                criteria_id = unexpected_type(cls, "criteria_id", criteria_id, "a string")

        topic_label = d.pop("topic_label", MISSING)
        if topic_label.__class__ is not str:
            if topic_label is MISSING:
                topic_label = missing_field(cls, "topic_label")
                _missing += ("topic_label",)
            else:
                topic_label = unexpected_type(cls, "topic_label", topic_label, "a string")

        source_conversation_id = d.pop("source_conversation_id", MISSING)
        if source_conversation_id.__class__ is not str:
            if source_conversation_id is MISSING:
                source_conversation_id = missing_field(cls, "source_conversation_id")
                _missing += ("source_conversation_id",)
            else:
                source_conversation_id = unexpected_type(
                    cls, "source_conversation_id", source_conversation_id, "a string"
                )

        generated_at_unix = d.pop("generated_at_unix", MISSING)
        if generated_at_unix.__class__ is not int:
            if generated_at_unix is MISSING:
                generated_at_unix = missing_field(cls, "generated_at_unix")
                _missing += ("generated_at_unix",)
            else:
                generated_at_unix = unexpected_type(cls, "generated_at_unix", generated_at_unix, "an integer")

        auto_generation_metadata = cls(
            agent_id=agent_id,
            stable_topic_id=stable_topic_id,
            criteria_id=criteria_id,
            topic_label=topic_label,
            source_conversation_id=source_conversation_id,
            generated_at_unix=generated_at_unix,
        )
        if _missing:
            auto_generation_metadata._missing_fields = _missing
        auto_generation_metadata.additional_properties = d
        return auto_generation_metadata

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
