from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class GetAgentTopicsResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    aggregated_run_count: Number of daily topic-discovery runs the returned metrics were summed over. Defaults to 0
        on the server.
    has_more: Defaults to False on the server.
    """

    topics: list[AgentTopicResponseModel]

    window_start_unix_secs: int

    window_end_unix_secs: int

    aggregated_run_count: int | Unset = UNSET

    has_more: bool | Unset = UNSET

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("topics", "topics", list_of(object_of("AgentTopicResponseModel")), required=True),
        Field("window_start_unix_secs", "window_start_unix_secs", INT, required=True),
        Field("window_end_unix_secs", "window_end_unix_secs", INT, required=True),
        Field("aggregated_run_count", "aggregated_run_count", INT),
        Field("has_more", "has_more", BOOL),
        Field("next_cursor", "next_cursor", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_topic_response_model import AgentTopicResponseModel
