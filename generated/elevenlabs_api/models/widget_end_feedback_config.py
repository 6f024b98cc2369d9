from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import WidgetEndFeedbackType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class WidgetEndFeedbackConfig(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_: The type of feedback to collect at the end of the conversation Defaults to 'rating' on the server.
    """

    type_: str | Unset | WidgetEndFeedbackType = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", union(literal("WidgetEndFeedbackType"), STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )
