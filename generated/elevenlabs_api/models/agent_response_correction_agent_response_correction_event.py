from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


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
