from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class RetryTriggerAction(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'retry'.
    feedback: Custom feedback to inject into the agent when retrying after guardrail trigger. Defaults to 'Your
        response was blocked by a guardrail that blocks content that matches this condition/category:
        \\'{{trigger_reason}}\\' During your next turn you must tell the user "I\\'m sorry but I can\\'t answer that
        question, would you like to know something else?".' on the server.
    """

    type_: Literal["retry"] | Unset = _attrs_field(
        default="retry",
        kw_only=True,
        alias="type",
        validator=types.tag("RetryTriggerAction", "type", "retry"),
    )

    feedback: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("retry")),
        Field("feedback", "feedback", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(RetryTriggerAction, type_="type")
