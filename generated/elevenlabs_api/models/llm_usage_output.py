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

T = TypeVar("T", bound="LlmUsageOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class LlmUsageOutput(Lazy):
    """Attributes:
    model_usage (LlmUsageOutputModelUsage | Unset):
    """

    model_usage: LlmUsageOutputModelUsage | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        model_usage: Any
        try:
            model_usage = UNSET
            if not isinstance(self.model_usage, Unset):
                model_usage = self.model_usage.to_dict()
        except (AttributeError, TypeError):
            model_usage = self.model_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model_usage is not UNSET:
            field_dict["model_usage"] = model_usage
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        llm_usage_output = cls.__new__(cls)
        llm_usage_output.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return llm_usage_output

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


def _read_model_usage(cls: type[LlmUsageOutput], d: Mapping[str, Any]) -> Any:
    model_usage_raw = d.get("model_usage", UNSET)
    try:
        _model_usage = model_usage_raw
        model_usage: LlmUsageOutputModelUsage | Unset
        if isinstance(_model_usage, Unset):
            model_usage = UNSET
        else:
            model_usage = LlmUsageOutputModelUsage.from_dict(_model_usage)
    except (KeyError, TypeError, ValueError, AttributeError):
        model_usage = deviating_field(cls, "model_usage", model_usage_raw)

    return model_usage


_FIELDS: frozenset[str] = frozenset(("model_usage",))


def _read_additional_properties(cls: type[LlmUsageOutput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[LlmUsageOutput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "model_usage" in known:
        model_usage = known["model_usage"]
    else:
        model_usage = d.get("model_usage", UNSET)
        if model_usage is not UNSET:
            model_usage = _read_model_usage(cls, d)

    return {
        "model_usage": model_usage,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    LlmUsageOutput,
    _all_fields,
    {
        "model_usage": _read_model_usage,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.llm_usage_output_model_usage import LlmUsageOutputModelUsage
