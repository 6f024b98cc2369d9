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

T = TypeVar("T", bound="LlmCategoryUsage")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class LlmCategoryUsage(Lazy):
    """Attributes:
    irreversible_generation (LlmUsageOutput | Unset):
    initiated_generation (LlmUsageOutput | Unset):
    """

    irreversible_generation: LlmUsageOutput | Unset = UNSET

    initiated_generation: LlmUsageOutput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        irreversible_generation: Any
        try:
            irreversible_generation = UNSET
            if not isinstance(self.irreversible_generation, Unset):
                irreversible_generation = self.irreversible_generation.to_dict()
        except (AttributeError, TypeError):
            irreversible_generation = self.irreversible_generation

        initiated_generation: Any
        try:
            initiated_generation = UNSET
            if not isinstance(self.initiated_generation, Unset):
                initiated_generation = self.initiated_generation.to_dict()
        except (AttributeError, TypeError):
            initiated_generation = self.initiated_generation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if irreversible_generation is not UNSET:
            field_dict["irreversible_generation"] = irreversible_generation
        if initiated_generation is not UNSET:
            field_dict["initiated_generation"] = initiated_generation
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        llm_category_usage = cls.__new__(cls)
        llm_category_usage.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return llm_category_usage

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


def _read_irreversible_generation(cls: type[LlmCategoryUsage], d: Mapping[str, Any]) -> Any:
    irreversible_generation_raw = d.get("irreversible_generation", UNSET)
    try:
        _irreversible_generation = irreversible_generation_raw
        irreversible_generation: LlmUsageOutput | Unset
        if isinstance(_irreversible_generation, Unset):
            irreversible_generation = UNSET
        else:
            irreversible_generation = LlmUsageOutput.from_dict(_irreversible_generation)
    except (KeyError, TypeError, ValueError, AttributeError):
        irreversible_generation = deviating_field(cls, "irreversible_generation", irreversible_generation_raw)

    return irreversible_generation


def _read_initiated_generation(cls: type[LlmCategoryUsage], d: Mapping[str, Any]) -> Any:
    initiated_generation_raw = d.get("initiated_generation", UNSET)
    try:
        _initiated_generation = initiated_generation_raw
        initiated_generation: LlmUsageOutput | Unset
        if isinstance(_initiated_generation, Unset):
            initiated_generation = UNSET
        else:
            initiated_generation = LlmUsageOutput.from_dict(_initiated_generation)
    except (KeyError, TypeError, ValueError, AttributeError):
        initiated_generation = deviating_field(cls, "initiated_generation", initiated_generation_raw)

    return initiated_generation


_FIELDS: frozenset[str] = frozenset(
    (
        "irreversible_generation",
        "initiated_generation",
    )
)


def _read_additional_properties(cls: type[LlmCategoryUsage], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[LlmCategoryUsage], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "irreversible_generation" in known:
        irreversible_generation = known["irreversible_generation"]
    else:
        irreversible_generation = d.get("irreversible_generation", UNSET)
        if irreversible_generation is not UNSET:
            irreversible_generation = _read_irreversible_generation(cls, d)

    if "initiated_generation" in known:
        initiated_generation = known["initiated_generation"]
    else:
        initiated_generation = d.get("initiated_generation", UNSET)
        if initiated_generation is not UNSET:
            initiated_generation = _read_initiated_generation(cls, d)

    return {
        "irreversible_generation": irreversible_generation,
        "initiated_generation": initiated_generation,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    LlmCategoryUsage,
    _all_fields,
    {
        "irreversible_generation": _read_irreversible_generation,
        "initiated_generation": _read_initiated_generation,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.llm_usage_output import LlmUsageOutput
