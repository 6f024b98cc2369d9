from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    NULL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodySimulatesAConversationV1ConvaiAgentsAgentIdSimulateConversationPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    simulation_specification: A specification that will be used to simulate a conversation between an agent and an
        AI user.
    extra_evaluation_criteria: A list of evaluation criteria to test
    new_turns_limit: Maximum number of new turns to generate in the conversation simulation Defaults to 10000 on the
        server.
    """

    simulation_specification: ConversationSimulationSpecification

    extra_evaluation_criteria: list[PromptEvaluationCriteria] | None | Unset = UNSET

    new_turns_limit: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "simulation_specification",
            "simulation_specification",
            object_of("ConversationSimulationSpecification"),
            required=True,
        ),
        Field(
            "extra_evaluation_criteria",
            "extra_evaluation_criteria",
            union(list_of(object_of("PromptEvaluationCriteria")), NULL),
        ),
        Field("new_turns_limit", "new_turns_limit", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_simulation_specification import ConversationSimulationSpecification
from ..models.prompt_evaluation_criteria import PromptEvaluationCriteria
