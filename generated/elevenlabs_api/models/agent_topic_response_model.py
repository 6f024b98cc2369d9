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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentTopicResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentTopicResponseModel(Lazy):
    """Attributes:
    topic_id (str):
    label (str):
    description (str):
    conversation_count (int):
    parent_topic_id (None | str | Unset):
    x_2d (float | None | Unset):
    y_2d (float | None | Unset):
    metrics (None | TopicMetricsAggregate | Unset):
    success_rate (float | None | Unset): Success rate across the topic's evaluation criteria, weighted by scored
        conversations. Returned regardless of include_evaluation_criteria.
    """

    topic_id: str

    label: str

    description: str

    conversation_count: int

    parent_topic_id: None | str | Unset = UNSET

    x_2d: float | None | Unset = UNSET

    y_2d: float | None | Unset = UNSET

    metrics: None | TopicMetricsAggregate | Unset = UNSET

    success_rate: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "topic_id",
        "label",
        "description",
        "conversation_count",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        topic_id = self.topic_id

        label = self.label

        description = self.description

        conversation_count = self.conversation_count

        parent_topic_id: Any
        try:
            parent_topic_id = self.parent_topic_id

        except (AttributeError, TypeError):
            parent_topic_id = self.parent_topic_id

        x_2d: Any
        try:
            x_2d = self.x_2d

        except (AttributeError, TypeError):
            x_2d = self.x_2d

        y_2d: Any
        try:
            y_2d = self.y_2d

        except (AttributeError, TypeError):
            y_2d = self.y_2d

        metrics: Any
        try:
            if isinstance(self.metrics, Unset):
                metrics = UNSET
            elif isinstance(self.metrics, TopicMetricsAggregate):
                metrics = self.metrics.to_dict()
            else:
                metrics = self.metrics

        except (AttributeError, TypeError):
            metrics = self.metrics

        success_rate: Any
        try:
            success_rate = self.success_rate

        except (AttributeError, TypeError):
            success_rate = self.success_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if topic_id is not None or "topic_id" not in self._missing_fields:
            field_dict["topic_id"] = topic_id
        if label is not None or "label" not in self._missing_fields:
            field_dict["label"] = label
        if description is not None or "description" not in self._missing_fields:
            field_dict["description"] = description
        if conversation_count is not None or "conversation_count" not in self._missing_fields:
            field_dict["conversation_count"] = conversation_count
        if parent_topic_id is not UNSET:
            field_dict["parent_topic_id"] = parent_topic_id
        if x_2d is not UNSET:
            field_dict["x_2d"] = x_2d
        if y_2d is not UNSET:
            field_dict["y_2d"] = y_2d
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if success_rate is not UNSET:
            field_dict["success_rate"] = success_rate
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_topic_response_model = cls.__new__(cls)
        agent_topic_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return agent_topic_response_model

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


_read_topic_id = plain_reader("topic_id", (str,), "a string", True)

_read_label = plain_reader("label", (str,), "a string", True)

_read_description = plain_reader("description", (str,), "a string", True)

_read_conversation_count = plain_reader("conversation_count", (int,), "an integer", True)

_read_parent_topic_id = plain_reader(
    "parent_topic_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_x_2d = plain_reader(
    "x_2d",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_y_2d = plain_reader(
    "y_2d",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


def _read_metrics(cls: type[AgentTopicResponseModel], d: Mapping[str, Any]) -> Any:
    metrics_raw = d.get("metrics", UNSET)
    try:

        def _parse_metrics(data: object) -> None | TopicMetricsAggregate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            metrics_type_0 = TopicMetricsAggregate.from_dict(data)

            return metrics_type_0

        metrics = _parse_metrics(metrics_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        metrics = deviating_field(cls, "metrics", metrics_raw)

    return metrics


_read_success_rate = plain_reader(
    "success_rate",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "topic_id",
        "label",
        "description",
        "conversation_count",
        "parent_topic_id",
        "x_2d",
        "y_2d",
        "metrics",
        "success_rate",
    )
)


def _read_additional_properties(cls: type[AgentTopicResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentTopicResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    topic_id = d.get("topic_id", MISSING)
    if topic_id.__class__ is not str:
        topic_id = _read_topic_id(cls, d)

    label = d.get("label", MISSING)
    if label.__class__ is not str:
        label = _read_label(cls, d)

    description = d.get("description", MISSING)
    if description.__class__ is not str:
        description = _read_description(cls, d)

    conversation_count = d.get("conversation_count", MISSING)
    if conversation_count.__class__ is not int:
        conversation_count = _read_conversation_count(cls, d)

    parent_topic_id = d.get("parent_topic_id", UNSET)
    if parent_topic_id.__class__ is not str and parent_topic_id is not None and parent_topic_id is not UNSET:
        parent_topic_id = _read_parent_topic_id(cls, d)

    x_2d = d.get("x_2d", UNSET)
    if x_2d.__class__ is not float and x_2d.__class__ is not int and x_2d is not None and x_2d is not UNSET:
        x_2d = _read_x_2d(cls, d)

    y_2d = d.get("y_2d", UNSET)
    if y_2d.__class__ is not float and y_2d.__class__ is not int and y_2d is not None and y_2d is not UNSET:
        y_2d = _read_y_2d(cls, d)

    if "metrics" in known:
        metrics = known["metrics"]
    else:
        metrics = d.get("metrics", UNSET)
        if metrics is not UNSET and metrics is not None:
            metrics = _read_metrics(cls, d)

    success_rate = d.get("success_rate", UNSET)
    if (
        success_rate.__class__ is not float
        and success_rate.__class__ is not int
        and success_rate is not None
        and success_rate is not UNSET
    ):
        success_rate = _read_success_rate(cls, d)

    return {
        "topic_id": topic_id,
        "label": label,
        "description": description,
        "conversation_count": conversation_count,
        "parent_topic_id": parent_topic_id,
        "x_2d": x_2d,
        "y_2d": y_2d,
        "metrics": metrics,
        "success_rate": success_rate,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AgentTopicResponseModel,
    _all_fields,
    {
        "topic_id": _read_topic_id,
        "label": _read_label,
        "description": _read_description,
        "conversation_count": _read_conversation_count,
        "parent_topic_id": _read_parent_topic_id,
        "x_2d": _read_x_2d,
        "y_2d": _read_y_2d,
        "metrics": _read_metrics,
        "success_rate": _read_success_rate,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.topic_metrics_aggregate import TopicMetricsAggregate
