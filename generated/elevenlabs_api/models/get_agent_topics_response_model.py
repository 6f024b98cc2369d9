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
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetAgentTopicsResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetAgentTopicsResponseModel(Lazy):
    """Attributes:
    topics (list[AgentTopicResponseModel]):
    window_start_unix_secs (int):
    window_end_unix_secs (int):
    aggregated_run_count (int | Unset): Number of daily topic-discovery runs the returned metrics were summed over.
        Defaults to 0 on the server.
    has_more (bool | Unset): Defaults to False on the server.
    next_cursor (None | str | Unset):
    """

    topics: list[AgentTopicResponseModel]

    window_start_unix_secs: int

    window_end_unix_secs: int

    aggregated_run_count: int | Unset = UNSET

    has_more: bool | Unset = UNSET

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "topics",
        "window_start_unix_secs",
        "window_end_unix_secs",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_agent_topics_response_model = cls.__new__(cls)
        get_agent_topics_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_topics(cls: type[GetAgentTopicsResponseModel], d: Mapping[str, Any]) -> Any:
    topics_raw = d.get("topics", MISSING)
    if topics_raw is MISSING:
        topics = missing_field(cls, "topics")
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

    return topics


_read_window_start_unix_secs = plain_reader("window_start_unix_secs", (int,), "an integer", True)

_read_window_end_unix_secs = plain_reader("window_end_unix_secs", (int,), "an integer", True)

_read_aggregated_run_count = plain_reader("aggregated_run_count", (int,), "an integer", False)

_read_has_more = plain_reader("has_more", (bool,), "a boolean", False)

_read_next_cursor = plain_reader(
    "next_cursor",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "topics",
        "window_start_unix_secs",
        "window_end_unix_secs",
        "aggregated_run_count",
        "has_more",
        "next_cursor",
    )
)


def _read_additional_properties(cls: type[GetAgentTopicsResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[GetAgentTopicsResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "topics" in known:
        topics = known["topics"]
    else:
        topics = _read_topics(cls, d)

    window_start_unix_secs = d.get("window_start_unix_secs", MISSING)
    if window_start_unix_secs.__class__ is not int:
        window_start_unix_secs = _read_window_start_unix_secs(cls, d)

    window_end_unix_secs = d.get("window_end_unix_secs", MISSING)
    if window_end_unix_secs.__class__ is not int:
        window_end_unix_secs = _read_window_end_unix_secs(cls, d)

    aggregated_run_count = d.get("aggregated_run_count", UNSET)
    if aggregated_run_count.__class__ is not int and aggregated_run_count is not UNSET:
        aggregated_run_count = _read_aggregated_run_count(cls, d)

    has_more = d.get("has_more", UNSET)
    if has_more.__class__ is not bool and has_more is not UNSET:
        has_more = _read_has_more(cls, d)

    next_cursor = d.get("next_cursor", UNSET)
    if next_cursor.__class__ is not str and next_cursor is not None and next_cursor is not UNSET:
        next_cursor = _read_next_cursor(cls, d)

    return {
        "topics": topics,
        "window_start_unix_secs": window_start_unix_secs,
        "window_end_unix_secs": window_end_unix_secs,
        "aggregated_run_count": aggregated_run_count,
        "has_more": has_more,
        "next_cursor": next_cursor,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetAgentTopicsResponseModel,
    _all_fields,
    {
        "topics": _read_topics,
        "window_start_unix_secs": _read_window_start_unix_secs,
        "window_end_unix_secs": _read_window_end_unix_secs,
        "aggregated_run_count": _read_aggregated_run_count,
        "has_more": _read_has_more,
        "next_cursor": _read_next_cursor,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_topic_response_model import AgentTopicResponseModel
