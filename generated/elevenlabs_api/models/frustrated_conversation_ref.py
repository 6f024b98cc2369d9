from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    FrustratedConversationRefOverallLabelType0,
)
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

T = TypeVar("T", bound="FrustratedConversationRef")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class FrustratedConversationRef(Lazy):
    """Attributes:
    conversation_id (str):
    agent_id (str):
    start_time_unix_secs (int):
    overall_label (FrustratedConversationRefOverallLabelType0 | str):
    overall_sentiment_score (float):
    overall_frustration_score (float):
    """

    conversation_id: str

    agent_id: str

    start_time_unix_secs: int

    overall_label: FrustratedConversationRefOverallLabelType0 | str

    overall_sentiment_score: float

    overall_frustration_score: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "conversation_id",
        "agent_id",
        "start_time_unix_secs",
        "overall_label",
        "overall_sentiment_score",
        "overall_frustration_score",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        conversation_id = self.conversation_id

        agent_id = self.agent_id

        start_time_unix_secs = self.start_time_unix_secs

        overall_label: Any
        try:
            if isinstance(self.overall_label, str):
                overall_label = self.overall_label
            else:
                overall_label = self.overall_label

        except (AttributeError, TypeError):
            overall_label = self.overall_label

        overall_sentiment_score = self.overall_sentiment_score

        overall_frustration_score = self.overall_frustration_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if conversation_id is not None or "conversation_id" not in self._missing_fields:
            field_dict["conversation_id"] = conversation_id
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if start_time_unix_secs is not None or "start_time_unix_secs" not in self._missing_fields:
            field_dict["start_time_unix_secs"] = start_time_unix_secs
        if overall_label is not None or "overall_label" not in self._missing_fields:
            field_dict["overall_label"] = overall_label
        if overall_sentiment_score is not None or "overall_sentiment_score" not in self._missing_fields:
            field_dict["overall_sentiment_score"] = overall_sentiment_score
        if overall_frustration_score is not None or "overall_frustration_score" not in self._missing_fields:
            field_dict["overall_frustration_score"] = overall_frustration_score
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        frustrated_conversation_ref = cls.__new__(cls)
        frustrated_conversation_ref.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return frustrated_conversation_ref

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


_read_conversation_id = plain_reader("conversation_id", (str,), "a string", True)

_read_agent_id = plain_reader("agent_id", (str,), "a string", True)

_read_start_time_unix_secs = plain_reader("start_time_unix_secs", (int,), "an integer", True)

_read_overall_label = plain_reader("overall_label", (str,), "a string", True)

_read_overall_sentiment_score = plain_reader(
    "overall_sentiment_score",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_overall_frustration_score = plain_reader(
    "overall_frustration_score",
    (
        float,
        int,
    ),
    "a number",
    True,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "conversation_id",
        "agent_id",
        "start_time_unix_secs",
        "overall_label",
        "overall_sentiment_score",
        "overall_frustration_score",
    )
)


def _read_additional_properties(cls: type[FrustratedConversationRef], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[FrustratedConversationRef], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    conversation_id = d.get("conversation_id", MISSING)
    if conversation_id.__class__ is not str:
        conversation_id = _read_conversation_id(cls, d)

    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str:
        agent_id = _read_agent_id(cls, d)

    start_time_unix_secs = d.get("start_time_unix_secs", MISSING)
    if start_time_unix_secs.__class__ is not int:
        start_time_unix_secs = _read_start_time_unix_secs(cls, d)

    overall_label = d.get("overall_label", MISSING)
    if overall_label.__class__ is not str:
        overall_label = _read_overall_label(cls, d)

    overall_sentiment_score = d.get("overall_sentiment_score", MISSING)
    if overall_sentiment_score.__class__ is not float and overall_sentiment_score.__class__ is not int:
        overall_sentiment_score = _read_overall_sentiment_score(cls, d)

    overall_frustration_score = d.get("overall_frustration_score", MISSING)
    if overall_frustration_score.__class__ is not float and overall_frustration_score.__class__ is not int:
        overall_frustration_score = _read_overall_frustration_score(cls, d)

    return {
        "conversation_id": conversation_id,
        "agent_id": agent_id,
        "start_time_unix_secs": start_time_unix_secs,
        "overall_label": overall_label,
        "overall_sentiment_score": overall_sentiment_score,
        "overall_frustration_score": overall_frustration_score,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    FrustratedConversationRef,
    _all_fields,
    {
        "conversation_id": _read_conversation_id,
        "agent_id": _read_agent_id,
        "start_time_unix_secs": _read_start_time_unix_secs,
        "overall_label": _read_overall_label,
        "overall_sentiment_score": _read_overall_sentiment_score,
        "overall_frustration_score": _read_overall_frustration_score,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
