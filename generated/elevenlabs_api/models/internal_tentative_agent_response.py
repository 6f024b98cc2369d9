from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, STR, AdditionalProperties, Field, Lazy, const, dict_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class InternalTentativeAgentResponse(Lazy, AdditionalProperties[Any]):
    """Schema for tentative agent responses

    Attributes:
        tentative_agent_response_internal_event: Preliminary event data containing agent's tentative response
    """

    type_: Literal["internal_tentative_agent_response"] = _attrs_field(
        default="internal_tentative_agent_response",
        kw_only=True,
        alias="type",
        validator=types.tag("InternalTentativeAgentResponse", "type", "internal_tentative_agent_response"),
    )

    tentative_agent_response_internal_event: (
        InternalTentativeAgentResponseTentativeAgentResponseInternalEvent | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("internal_tentative_agent_response"), required=True),
        Field(
            "tentative_agent_response_internal_event",
            "tentative_agent_response_internal_event",
            object_of("InternalTentativeAgentResponseTentativeAgentResponseInternalEvent"),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(InternalTentativeAgentResponse, type_="type")


@_attrs_define(slots=False)
class InternalTentativeAgentResponseTentativeAgentResponseInternalEvent(Lazy, AdditionalProperties[Any]):
    """Preliminary event data containing agent's tentative response

    Attributes:
        tentative_agent_response: Preliminary text from the agent
    """

    tentative_agent_response: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("tentative_agent_response", "tentative_agent_response", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
