from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AutoGenerationMetadata")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AutoGenerationMetadata(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "agent_id",
        "stable_topic_id",
        "criteria_id",
        "topic_label",
        "source_conversation_id",
        "generated_at_unix",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        auto_generation_metadata = cls.__new__(cls)
        auto_generation_metadata.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_agent_id = plain_reader("agent_id", (str,), "a string", True)

_read_stable_topic_id = plain_reader("stable_topic_id", (str,), "a string", True)

_read_criteria_id = plain_reader("criteria_id", (str,), "a string", True)

_read_topic_label = plain_reader("topic_label", (str,), "a string", True)

_read_source_conversation_id = plain_reader("source_conversation_id", (str,), "a string", True)

_read_generated_at_unix = plain_reader("generated_at_unix", (int,), "an integer", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "agent_id",
        "stable_topic_id",
        "criteria_id",
        "topic_label",
        "source_conversation_id",
        "generated_at_unix",
    )
)


def _read_additional_properties(cls: type[AutoGenerationMetadata], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AutoGenerationMetadata], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str:
        agent_id = _read_agent_id(cls, d)

    stable_topic_id = d.get("stable_topic_id", MISSING)
    if stable_topic_id.__class__ is not str:
        stable_topic_id = _read_stable_topic_id(cls, d)

    criteria_id = d.get("criteria_id", MISSING)
    if criteria_id.__class__ is not str:
        criteria_id = _read_criteria_id(cls, d)

    topic_label = d.get("topic_label", MISSING)
    if topic_label.__class__ is not str:
        topic_label = _read_topic_label(cls, d)

    source_conversation_id = d.get("source_conversation_id", MISSING)
    if source_conversation_id.__class__ is not str:
        source_conversation_id = _read_source_conversation_id(cls, d)

    generated_at_unix = d.get("generated_at_unix", MISSING)
    if generated_at_unix.__class__ is not int:
        generated_at_unix = _read_generated_at_unix(cls, d)

    return {
        "agent_id": agent_id,
        "stable_topic_id": stable_topic_id,
        "criteria_id": criteria_id,
        "topic_label": topic_label,
        "source_conversation_id": source_conversation_id,
        "generated_at_unix": generated_at_unix,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AutoGenerationMetadata,
    _all_fields,
    {
        "agent_id": _read_agent_id,
        "stable_topic_id": _read_stable_topic_id,
        "criteria_id": _read_criteria_id,
        "topic_label": _read_topic_label,
        "source_conversation_id": _read_source_conversation_id,
        "generated_at_unix": _read_generated_at_unix,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
