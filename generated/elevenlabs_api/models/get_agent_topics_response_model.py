from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="GetAgentTopicsResponseModel")


@_attrs_define
class GetAgentTopicsResponseModel:
    """Attributes:
    topics (list[AgentTopicResponseModel]):
    window_start_unix_secs (int):
    window_end_unix_secs (int):
    aggregated_run_count (int | Unset): Number of daily topic-discovery runs the returned metrics were summed over.
        Default: 0.
    has_more (bool | Unset):  Default: False.
    next_cursor (None | str | Unset):
    """

    topics: list[AgentTopicResponseModel]

    window_start_unix_secs: int

    window_end_unix_secs: int

    aggregated_run_count: int | Unset = 0

    has_more: bool | Unset = False

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        topics: Any
        try:
            topics = []
            for topics_item_data in self.topics:
                topics_item = topics_item_data.to_dict()
                topics.append(topics_item)

        except (AttributeError, TypeError):
            topics = self.topics

        window_start_unix_secs = self.window_start_unix_secs

        window_end_unix_secs = self.window_end_unix_secs

        aggregated_run_count = self.aggregated_run_count

        has_more = self.has_more

        next_cursor: Any
        try:
            next_cursor = self.next_cursor

        except (AttributeError, TypeError):
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if topics is not None or "topics" not in self._missing_fields:
            field_dict["topics"] = topics
        if window_start_unix_secs is not None or "window_start_unix_secs" not in self._missing_fields:
            field_dict["window_start_unix_secs"] = window_start_unix_secs
        if window_end_unix_secs is not None or "window_end_unix_secs" not in self._missing_fields:
            field_dict["window_end_unix_secs"] = window_end_unix_secs
        if aggregated_run_count is not UNSET:
            field_dict["aggregated_run_count"] = aggregated_run_count
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        topics_raw = d.pop("topics", MISSING)
        if topics_raw is MISSING:
            topics = missing_field(cls, "topics")
            _missing += ("topics",)
        else:
            try:
                expect_array("topics", topics_raw)
                topics = []
                _topics = topics_raw
                for topics_item_data in _topics:
                    topics_item = AgentTopicResponseModel.from_dict(topics_item_data)

                    topics.append(topics_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                topics = deviating_field(cls, "topics", topics_raw)

        window_start_unix_secs = d.pop("window_start_unix_secs", MISSING)
        if window_start_unix_secs.__class__ is not int:
            if window_start_unix_secs is MISSING:
                window_start_unix_secs = missing_field(cls, "window_start_unix_secs")
                _missing += ("window_start_unix_secs",)
            else:
                window_start_unix_secs = unexpected_type(
                    cls, "window_start_unix_secs", window_start_unix_secs, "an integer"
                )

        window_end_unix_secs = d.pop("window_end_unix_secs", MISSING)
        if window_end_unix_secs.__class__ is not int:
            if window_end_unix_secs is MISSING:
                window_end_unix_secs = missing_field(cls, "window_end_unix_secs")
                _missing += ("window_end_unix_secs",)
            else:
                window_end_unix_secs = unexpected_type(cls, "window_end_unix_secs", window_end_unix_secs, "an integer")

        aggregated_run_count = d.pop("aggregated_run_count", UNSET)
        if aggregated_run_count.__class__ is not int and aggregated_run_count is not UNSET:
            aggregated_run_count = unexpected_type(cls, "aggregated_run_count", aggregated_run_count, "an integer")

        has_more = d.pop("has_more", UNSET)
        if has_more.__class__ is not bool and has_more is not UNSET:
            has_more = unexpected_type(cls, "has_more", has_more, "a boolean")

        next_cursor = d.pop("next_cursor", UNSET)
        if next_cursor.__class__ is not str and next_cursor is not None and next_cursor is not UNSET:
            next_cursor = unexpected_type(cls, "next_cursor", next_cursor, "a string or null")

        get_agent_topics_response_model = cls(
            topics=topics,
            window_start_unix_secs=window_start_unix_secs,
            window_end_unix_secs=window_end_unix_secs,
            aggregated_run_count=aggregated_run_count,
            has_more=has_more,
            next_cursor=next_cursor,
        )
        if _missing:
            get_agent_topics_response_model._missing_fields = _missing
        get_agent_topics_response_model.additional_properties = d
        return get_agent_topics_response_model

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_topic_response_model import AgentTopicResponseModel
