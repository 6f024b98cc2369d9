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

T = TypeVar("T", bound="SubAgentInput")


@_attrs_define
class SubAgentInput:
    """Attributes:
    agent_id (str):
    description (str):
    branch_id (None | str | Unset):
    parameters (None | ObjectJsonSchemaPropertyInput | Unset):
    """

    agent_id: str

    description: str

    branch_id: None | str | Unset = UNSET

    parameters: None | ObjectJsonSchemaPropertyInput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        description = self.description

        branch_id: Any
        try:
            branch_id = self.branch_id

        except (AttributeError, TypeError):
            branch_id = self.branch_id

        parameters: Any
        try:
            if isinstance(self.parameters, Unset):
                parameters = UNSET
            elif isinstance(self.parameters, ObjectJsonSchemaPropertyInput):
                parameters = self.parameters.to_dict()
            else:
                parameters = self.parameters

        except (AttributeError, TypeError):
            parameters = self.parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if description is not None or "description" not in self._missing_fields:
            field_dict["description"] = description
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        agent_id = d.pop("agent_id", MISSING)
        if agent_id.__class__ is not str:
            if agent_id is MISSING:
                agent_id = missing_field(cls, "agent_id")
                _missing += ("agent_id",)
            else:
                agent_id = unexpected_type(cls, "agent_id", agent_id, "a string")

        description = d.pop("description", MISSING)
        if description.__class__ is not str:
            if description is MISSING:
                description = missing_field(cls, "description")
                _missing += ("description",)
            else:
                description = unexpected_type(cls, "description", description, "a string")

        branch_id = d.pop("branch_id", UNSET)
        if branch_id.__class__ is not str and branch_id is not None and branch_id is not UNSET:
            branch_id = unexpected_type(cls, "branch_id", branch_id, "a string or null")

        parameters_raw = d.pop("parameters", UNSET)
        try:

            def _parse_parameters(data: object) -> None | ObjectJsonSchemaPropertyInput | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                parameters_type_0 = ObjectJsonSchemaPropertyInput.from_dict(data)

                return parameters_type_0

            parameters = _parse_parameters(parameters_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            parameters = deviating_field(cls, "parameters", parameters_raw)

        sub_agent_input = cls(
            agent_id=agent_id,
            description=description,
            branch_id=branch_id,
            parameters=parameters,
        )
        if _missing:
            sub_agent_input._missing_fields = _missing
        sub_agent_input.additional_properties = d
        return sub_agent_input

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
from ..models.object_json_schema_property_input import ObjectJsonSchemaPropertyInput
