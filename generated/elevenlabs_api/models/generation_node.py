from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GenerationNode")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GenerationNode(Lazy):
    """Attributes:
    model_parameters (GenerationNodeModelParametersType0 | None | Unset): Model-specific parameters.
    """

    model_parameters: GenerationNodeModelParametersType0 | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        generation_node = cls.__new__(cls)
        generation_node.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


def _read_model_parameters(cls: type[GenerationNode], d: Mapping[str, Any]) -> Any:
    model_parameters_raw = d.get("model_parameters", UNSET)
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

    return model_parameters


_FIELDS: frozenset[str] = frozenset(("model_parameters",))


def _read_additional_properties(cls: type[GenerationNode], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[GenerationNode], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "model_parameters" in known:
        model_parameters = known["model_parameters"]
    else:
        model_parameters = d.get("model_parameters", UNSET)
        if model_parameters is not UNSET and model_parameters is not None:
            model_parameters = _read_model_parameters(cls, d)

    return {
        "model_parameters": model_parameters,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    GenerationNode,
    _all_fields,
    {
        "model_parameters": _read_model_parameters,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_node_model_parameters_type_0 import GenerationNodeModelParametersType0
