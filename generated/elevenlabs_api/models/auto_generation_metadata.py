from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class AutoGenerationMetadata(Lazy, AdditionalProperties[Any]):
    """Metadata for an automatically generated simulation test.

    Tracks the origin and context of tests that were auto-generated from
    conversations, including the source conversation, topic, and evaluation
    criteria the test covers.

    Attributes:
        agent_id: Agent whose simulation library this test belongs to.
        stable_topic_id: Stable topic id (from topic discovery) this test covers.
        criteria_id: Evaluation criterion id this test targets.
        topic_label: Human-readable topic label at generation time.
        source_conversation_id: Conversation the test was generated from.
        generated_at_unix: Unix timestamp (seconds) when the test was generated.
    """

    agent_id: str

    stable_topic_id: str

    criteria_id: str

    topic_label: str

    source_conversation_id: str

    generated_at_unix: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agent_id", "agent_id", STR, required=True),
        Field("stable_topic_id", "stable_topic_id", STR, required=True),
        Field("criteria_id", "criteria_id", STR, required=True),
        Field("topic_label", "topic_label", STR, required=True),
        Field("source_conversation_id", "source_conversation_id", STR, required=True),
        Field("generated_at_unix", "generated_at_unix", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
