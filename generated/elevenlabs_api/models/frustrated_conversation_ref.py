from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.frustrated_conversation_ref_overall_label_type_0 import (
    FrustratedConversationRefOverallLabelType0,
)
from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="FrustratedConversationRef")


@_attrs_define
class FrustratedConversationRef:
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        conversation_id = d.pop("conversation_id", MISSING)
        if conversation_id.__class__ is not str:
            if conversation_id is MISSING:
                conversation_id = missing_field(cls, "conversation_id")
                _missing += ("conversation_id",)
            else:
                conversation_id = unexpected_type(cls, "conversation_id", conversation_id, "a string")

        agent_id = d.pop("agent_id", MISSING)
        if agent_id.__class__ is not str:
            if agent_id is MISSING:
                agent_id = missing_field(cls, "agent_id")
                _missing += ("agent_id",)
            else:
                agent_id = unexpected_type(cls, "agent_id", agent_id, "a string")

        start_time_unix_secs = d.pop("start_time_unix_secs", MISSING)
        if start_time_unix_secs.__class__ is not int:
            if start_time_unix_secs is MISSING:
                start_time_unix_secs = missing_field(cls, "start_time_unix_secs")
                _missing += ("start_time_unix_secs",)
            else:
                start_time_unix_secs = unexpected_type(cls, "start_time_unix_secs", start_time_unix_secs, "an integer")

        overall_label = d.pop("overall_label", MISSING)
        if overall_label.__class__ is not str:
            if overall_label is MISSING:
                overall_label = missing_field(cls, "overall_label")
                _missing += ("overall_label",)
            else:
                overall_label = unexpected_type(cls, "overall_label", overall_label, "a string")

        overall_sentiment_score = d.pop("overall_sentiment_score", MISSING)
        if overall_sentiment_score.__class__ is not float and overall_sentiment_score.__class__ is not int:
            if overall_sentiment_score is MISSING:
                overall_sentiment_score = missing_field(cls, "overall_sentiment_score")
                _missing += ("overall_sentiment_score",)
            else:
                overall_sentiment_score = unexpected_type(
                    cls, "overall_sentiment_score", overall_sentiment_score, "a number"
                )

        overall_frustration_score = d.pop("overall_frustration_score", MISSING)
        if overall_frustration_score.__class__ is not float and overall_frustration_score.__class__ is not int:
            if overall_frustration_score is MISSING:
                overall_frustration_score = missing_field(cls, "overall_frustration_score")
                _missing += ("overall_frustration_score",)
            else:
                overall_frustration_score = unexpected_type(
                    cls, "overall_frustration_score", overall_frustration_score, "a number"
                )

        frustrated_conversation_ref = cls(
            conversation_id=conversation_id,
            agent_id=agent_id,
            start_time_unix_secs=start_time_unix_secs,
            overall_label=overall_label,
            overall_sentiment_score=overall_sentiment_score,
            overall_frustration_score=overall_frustration_score,
        )
        if _missing:
            frustrated_conversation_ref._missing_fields = _missing
        frustrated_conversation_ref.additional_properties = d
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
