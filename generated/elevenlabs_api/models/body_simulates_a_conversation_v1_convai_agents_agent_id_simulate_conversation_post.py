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
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodySimulatesAConversationV1ConvaiAgentsAgentIdSimulateConversationPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodySimulatesAConversationV1ConvaiAgentsAgentIdSimulateConversationPost(Lazy):
    """Attributes:
    simulation_specification (ConversationSimulationSpecification): A specification that will be used to simulate a
        conversation between an agent and an AI user.
    extra_evaluation_criteria (list[PromptEvaluationCriteria] | None | Unset): A list of evaluation criteria to test
    new_turns_limit (int | Unset): Maximum number of new turns to generate in the conversation simulation Defaults
        to 10000 on the server.
    """

    simulation_specification: ConversationSimulationSpecification

    extra_evaluation_criteria: list[PromptEvaluationCriteria] | None | Unset = UNSET

    new_turns_limit: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("simulation_specification",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_simulates_a_conversation_v1_convai_agents_agent_id_simulate_conversation_post = cls.__new__(cls)
        body_simulates_a_conversation_v1_convai_agents_agent_id_simulate_conversation_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_simulates_a_conversation_v1_convai_agents_agent_id_simulate_conversation_post

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


def _read_simulation_specification(
    cls: type[BodySimulatesAConversationV1ConvaiAgentsAgentIdSimulateConversationPost], d: Mapping[str, Any]
) -> Any:
    simulation_specification_raw = d.get("simulation_specification", MISSING)
    if simulation_specification_raw is MISSING:
        simulation_specification = missing_field(cls, "simulation_specification")
    else:
        try:
            simulation_specification = ConversationSimulationSpecification.from_dict(simulation_specification_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            simulation_specification = deviating_field(cls, "simulation_specification", simulation_specification_raw)

    return simulation_specification


def _read_extra_evaluation_criteria(
    cls: type[BodySimulatesAConversationV1ConvaiAgentsAgentIdSimulateConversationPost], d: Mapping[str, Any]
) -> Any:
    extra_evaluation_criteria_raw = d.get("extra_evaluation_criteria", UNSET)
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

    return extra_evaluation_criteria


_read_new_turns_limit = plain_reader("new_turns_limit", (int,), "an integer", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "simulation_specification",
        "extra_evaluation_criteria",
        "new_turns_limit",
    )
)


def _read_additional_properties(
    cls: type[BodySimulatesAConversationV1ConvaiAgentsAgentIdSimulateConversationPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodySimulatesAConversationV1ConvaiAgentsAgentIdSimulateConversationPost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "simulation_specification" in known:
        simulation_specification = known["simulation_specification"]
    else:
        simulation_specification = _read_simulation_specification(cls, d)

    if "extra_evaluation_criteria" in known:
        extra_evaluation_criteria = known["extra_evaluation_criteria"]
    else:
        extra_evaluation_criteria = d.get("extra_evaluation_criteria", UNSET)
        if extra_evaluation_criteria is not UNSET and extra_evaluation_criteria is not None:
            extra_evaluation_criteria = _read_extra_evaluation_criteria(cls, d)

    new_turns_limit = d.get("new_turns_limit", UNSET)
    if new_turns_limit.__class__ is not int and new_turns_limit is not UNSET:
        new_turns_limit = _read_new_turns_limit(cls, d)

    return {
        "simulation_specification": simulation_specification,
        "extra_evaluation_criteria": extra_evaluation_criteria,
        "new_turns_limit": new_turns_limit,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodySimulatesAConversationV1ConvaiAgentsAgentIdSimulateConversationPost,
    _all_fields,
    {
        "simulation_specification": _read_simulation_specification,
        "extra_evaluation_criteria": _read_extra_evaluation_criteria,
        "new_turns_limit": _read_new_turns_limit,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_simulation_specification import ConversationSimulationSpecification
from ..models.prompt_evaluation_criteria import PromptEvaluationCriteria
