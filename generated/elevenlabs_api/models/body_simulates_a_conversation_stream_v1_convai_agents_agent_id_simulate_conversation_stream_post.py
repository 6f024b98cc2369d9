from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodySimulatesAConversationStreamV1ConvaiAgentsAgentIdSimulateConversationStreamPost")


@_attrs_define
class BodySimulatesAConversationStreamV1ConvaiAgentsAgentIdSimulateConversationStreamPost:
    """Attributes:
    simulation_specification (ConversationSimulationSpecification): A specification that will be used to simulate a
        conversation between an agent and an AI user.
    extra_evaluation_criteria (list[PromptEvaluationCriteria] | None | Unset): A list of evaluation criteria to test
    new_turns_limit (int | Unset): Maximum number of new turns to generate in the conversation simulation Default:
        10000.
    """

    simulation_specification: ConversationSimulationSpecification

    extra_evaluation_criteria: list[PromptEvaluationCriteria] | None | Unset = UNSET

    new_turns_limit: int | Unset = 10000

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        simulation_specification: Any
        try:
            simulation_specification = self.simulation_specification.to_dict()
        except (AttributeError, TypeError):
            simulation_specification = self.simulation_specification

        extra_evaluation_criteria: Any
        try:
            if isinstance(self.extra_evaluation_criteria, Unset):
                extra_evaluation_criteria = UNSET
            elif isinstance(self.extra_evaluation_criteria, list):
                extra_evaluation_criteria = []
                for extra_evaluation_criteria_type_0_item_data in self.extra_evaluation_criteria:
                    extra_evaluation_criteria_type_0_item = extra_evaluation_criteria_type_0_item_data.to_dict()
                    extra_evaluation_criteria.append(extra_evaluation_criteria_type_0_item)

            else:
                extra_evaluation_criteria = self.extra_evaluation_criteria

        except (AttributeError, TypeError):
            extra_evaluation_criteria = self.extra_evaluation_criteria

        new_turns_limit = self.new_turns_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if simulation_specification is not None or "simulation_specification" not in self._missing_fields:
            field_dict["simulation_specification"] = simulation_specification
        if extra_evaluation_criteria is not UNSET:
            field_dict["extra_evaluation_criteria"] = extra_evaluation_criteria
        if new_turns_limit is not UNSET:
            field_dict["new_turns_limit"] = new_turns_limit
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        simulation_specification_raw = d.pop("simulation_specification", MISSING)
        if simulation_specification_raw is MISSING:
            simulation_specification = missing_field(cls, "simulation_specification")
            _missing += ("simulation_specification",)
        else:
            try:
                simulation_specification = ConversationSimulationSpecification.from_dict(simulation_specification_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                simulation_specification = deviating_field(
                    cls, "simulation_specification", simulation_specification_raw
                )

        extra_evaluation_criteria_raw = d.pop("extra_evaluation_criteria", UNSET)
        try:

            def _parse_extra_evaluation_criteria(data: object) -> list[PromptEvaluationCriteria] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, list):
                    raise TypeError(f"got {type(data).__name__}")
                extra_evaluation_criteria_type_0 = []
                _extra_evaluation_criteria_type_0 = data
                for extra_evaluation_criteria_type_0_item_data in _extra_evaluation_criteria_type_0:
                    extra_evaluation_criteria_type_0_item = PromptEvaluationCriteria.from_dict(
                        extra_evaluation_criteria_type_0_item_data
                    )

                    extra_evaluation_criteria_type_0.append(extra_evaluation_criteria_type_0_item)

                return extra_evaluation_criteria_type_0

            extra_evaluation_criteria = _parse_extra_evaluation_criteria(extra_evaluation_criteria_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            extra_evaluation_criteria = deviating_field(cls, "extra_evaluation_criteria", extra_evaluation_criteria_raw)

        new_turns_limit = d.pop("new_turns_limit", UNSET)
        if new_turns_limit.__class__ is not int and new_turns_limit is not UNSET:
            new_turns_limit = unexpected_type(cls, "new_turns_limit", new_turns_limit, "an integer")

        body_simulates_a_conversation_stream_v1_convai_agents_agent_id_simulate_conversation_stream_post = cls(
            simulation_specification=simulation_specification,
            extra_evaluation_criteria=extra_evaluation_criteria,
            new_turns_limit=new_turns_limit,
        )
        if _missing:
            body_simulates_a_conversation_stream_v1_convai_agents_agent_id_simulate_conversation_stream_post._missing_fields = _missing
        body_simulates_a_conversation_stream_v1_convai_agents_agent_id_simulate_conversation_stream_post.additional_properties = d
        return body_simulates_a_conversation_stream_v1_convai_agents_agent_id_simulate_conversation_stream_post

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_simulation_specification import ConversationSimulationSpecification
from ..models.prompt_evaluation_criteria import PromptEvaluationCriteria
