from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, STR, AdditionalProperties, Field, Lazy, const, dict_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AgentResponseCorrection(Lazy, AdditionalProperties[Any]):
    """Schema for agent response corrections

    Attributes:
        agent_response_correction_event: Agent response correction event data
    """

    type_: Literal["agent_response_correction"] = _attrs_field(
        default="agent_response_correction",
        kw_only=True,
        alias="type",
        validator=types.tag("AgentResponseCorrection", "type", "agent_response_correction"),
    )

    agent_response_correction_event: AgentResponseCorrectionAgentResponseCorrectionEvent | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("agent_response_correction"), required=True),
        Field(
            "agent_response_correction_event",
            "agent_response_correction_event",
            object_of("AgentResponseCorrectionAgentResponseCorrectionEvent"),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AgentResponseCorrection, type_="type")


@_attrs_define(slots=False)
class AgentResponseCorrectionAgentResponseCorrectionEvent(Lazy, AdditionalProperties[Any]):
    """Agent response correction event data

    Attributes:
        original_agent_response: The original agent response before correction
        corrected_agent_response: The corrected agent response after truncation or interruption
    """

    original_agent_response: str

    corrected_agent_response: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("original_agent_response", "original_agent_response", STR, required=True),
        Field("corrected_agent_response", "corrected_agent_response", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
