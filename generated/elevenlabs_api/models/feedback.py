from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    INT,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    literal,
)
from ..models._literals import FeedbackScore


@_attrs_define(slots=False)
class Feedback(Lazy, AdditionalProperties[Any]):
    """The user's rating of an agent response.

    Attributes:
        score: Whether the user liked the response.
        event_id: The event id of the agent response rated (the latest audio or agent response event).
    """

    type_: Literal["feedback"] = _attrs_field(
        default="feedback",
        kw_only=True,
        alias="type",
        validator=types.tag("Feedback", "type", "feedback"),
    )

    score: FeedbackScore

    event_id: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("feedback"), required=True),
        Field("score", "score", literal("FeedbackScore"), required=True),
        Field("event_id", "event_id", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(Feedback, type_="type")
