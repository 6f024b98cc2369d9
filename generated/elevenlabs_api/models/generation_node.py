from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    deviating_field,
)

T = TypeVar("T", bound="GenerationNode")


@_attrs_define
class GenerationNode:
    """Attributes:
    model_parameters (GenerationNodeModelParametersType0 | None | Unset): Model-specific parameters.
    """

    model_parameters: GenerationNodeModelParametersType0 | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_parameters: Any
        try:
            if isinstance(self.model_parameters, Unset):
                model_parameters = UNSET
            elif isinstance(self.model_parameters, GenerationNodeModelParametersType0):
                model_parameters = self.model_parameters.to_dict()
            else:
                model_parameters = self.model_parameters

        except (AttributeError, TypeError):
            model_parameters = self.model_parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model_parameters is not UNSET:
            field_dict["model_parameters"] = model_parameters
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        model_parameters_raw = d.pop("model_parameters", UNSET)
        try:

            def _parse_model_parameters(data: object) -> GenerationNodeModelParametersType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                model_parameters_type_0 = GenerationNodeModelParametersType0.from_dict(data)

                return model_parameters_type_0

            model_parameters = _parse_model_parameters(model_parameters_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            model_parameters = deviating_field(cls, "model_parameters", model_parameters_raw)

        generation_node = cls(
            model_parameters=model_parameters,
        )
        generation_node.additional_properties = d
        return generation_node

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
from ..models.generation_node_model_parameters_type_0 import GenerationNodeModelParametersType0
