from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    parse_strictly,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentWorkflowResponseModelNodes")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentWorkflowResponseModelNodes(Lazy):
    additional_properties: dict[
        str,
        UnknownVariant
        | WorkflowEndNodeModelOutput
        | WorkflowOverrideAgentNodeModelOutput
        | WorkflowPhoneNumberNodeModelOutput
        | WorkflowStandaloneAgentNodeModelOutput
        | WorkflowStartNodeModelOutput
        | WorkflowToolNodeModelOutput,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            try:
                if (
                    isinstance(prop, WorkflowStartNodeModelOutput)
                    or isinstance(prop, WorkflowEndNodeModelOutput)
                    or isinstance(prop, WorkflowPhoneNumberNodeModelOutput)
                    or isinstance(prop, WorkflowOverrideAgentNodeModelOutput)
                    or isinstance(prop, WorkflowStandaloneAgentNodeModelOutput)
                    or isinstance(prop, WorkflowToolNodeModelOutput)
                    or isinstance(prop, UnknownVariant)
                ):
                    field_dict[prop_name] = prop.to_dict()
                else:
                    field_dict[prop_name] = prop

            except (AttributeError, TypeError):  # a value kept as it came (not strict) goes back as it came
                field_dict[prop_name] = prop
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_workflow_response_model_nodes = cls.__new__(cls)
        agent_workflow_response_model_nodes.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return agent_workflow_response_model_nodes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        UnknownVariant
        | WorkflowEndNodeModelOutput
        | WorkflowOverrideAgentNodeModelOutput
        | WorkflowPhoneNumberNodeModelOutput
        | WorkflowStandaloneAgentNodeModelOutput
        | WorkflowStartNodeModelOutput
        | WorkflowToolNodeModelOutput
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: UnknownVariant
        | WorkflowEndNodeModelOutput
        | WorkflowOverrideAgentNodeModelOutput
        | WorkflowPhoneNumberNodeModelOutput
        | WorkflowStandaloneAgentNodeModelOutput
        | WorkflowStartNodeModelOutput
        | WorkflowToolNodeModelOutput,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_FIELDS: frozenset[str] = frozenset(())


def _read_additional_properties(cls: type[AgentWorkflowResponseModelNodes], d: Mapping[str, Any]) -> dict[str, Any]:
    additional_properties = {}
    for prop_name, prop_dict in d.items():
        if prop_name in _FIELDS:
            continue
        try:

            def _parse_additional_property(
                data: object,
            ) -> (
                UnknownVariant
                | WorkflowEndNodeModelOutput
                | WorkflowOverrideAgentNodeModelOutput
                | WorkflowPhoneNumberNodeModelOutput
                | WorkflowStandaloneAgentNodeModelOutput
                | WorkflowStartNodeModelOutput
                | WorkflowToolNodeModelOutput
            ):
                return parse_strictly(_parse_additional_property_member, data)

            def _parse_additional_property_member(
                data: object,
            ) -> (
                UnknownVariant
                | WorkflowEndNodeModelOutput
                | WorkflowOverrideAgentNodeModelOutput
                | WorkflowPhoneNumberNodeModelOutput
                | WorkflowStandaloneAgentNodeModelOutput
                | WorkflowStartNodeModelOutput
                | WorkflowToolNodeModelOutput
            ):
                if isinstance(data, dict):
                    for known in (
                        WorkflowStartNodeModelOutput,
                        WorkflowEndNodeModelOutput,
                        WorkflowPhoneNumberNodeModelOutput,
                        WorkflowOverrideAgentNodeModelOutput,
                        WorkflowStandaloneAgentNodeModelOutput,
                        WorkflowToolNodeModelOutput,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    additional_property_type_0 = WorkflowStartNodeModelOutput.from_dict(data)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    additional_property_type_1 = WorkflowEndNodeModelOutput.from_dict(data)

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    additional_property_type_2 = WorkflowPhoneNumberNodeModelOutput.from_dict(data)

                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    additional_property_type_3 = WorkflowOverrideAgentNodeModelOutput.from_dict(data)

                    return additional_property_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    additional_property_type_4 = WorkflowStandaloneAgentNodeModelOutput.from_dict(data)

                    return additional_property_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    additional_property_type_5 = WorkflowToolNodeModelOutput.from_dict(data)

                    return additional_property_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                additional_property_type_6 = UnknownVariant.from_dict(data)

                return additional_property_type_6

            additional_property = _parse_additional_property(prop_dict)

        except (KeyError, TypeError, ValueError, AttributeError):
            additional_property = deviating_field(cls, prop_name, prop_dict)
        additional_properties[prop_name] = additional_property
    return additional_properties


def _all_fields(
    cls: type[AgentWorkflowResponseModelNodes], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    return {
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AgentWorkflowResponseModelNodes,
    _all_fields,
    {
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.unknown_variant import UnknownVariant
from ..models.workflow_end_node_model_output import WorkflowEndNodeModelOutput
from ..models.workflow_override_agent_node_model_output import WorkflowOverrideAgentNodeModelOutput
from ..models.workflow_phone_number_node_model_output import WorkflowPhoneNumberNodeModelOutput
from ..models.workflow_standalone_agent_node_model_output import WorkflowStandaloneAgentNodeModelOutput
from ..models.workflow_start_node_model_output import WorkflowStartNodeModelOutput
from ..models.workflow_tool_node_model_output import WorkflowToolNodeModelOutput
