from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    FineTuningResponseStateAdditionalPropertyType0,
)
from ..types import (
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="FineTuningResponseState")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class FineTuningResponseState(Lazy):
    """The state of the fine-tuning process for each model."""

    additional_properties: dict[str, FineTuningResponseStateAdditionalPropertyType0 | str] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            try:
                if isinstance(prop, str):
                    field_dict[prop_name] = prop
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
        fine_tuning_response_state = cls.__new__(cls)
        fine_tuning_response_state.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return fine_tuning_response_state

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> FineTuningResponseStateAdditionalPropertyType0 | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: FineTuningResponseStateAdditionalPropertyType0 | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_FIELDS: frozenset[str] = frozenset(())


def _read_additional_properties(cls: type[FineTuningResponseState], d: Mapping[str, Any]) -> dict[str, Any]:
    additional_properties = {}
    for prop_name, prop_dict in d.items():
        if prop_name in _FIELDS:
            continue
        try:
            additional_property = prop_dict

        except (KeyError, TypeError, ValueError, AttributeError):
            additional_property = deviating_field(cls, prop_name, prop_dict)
        additional_properties[prop_name] = additional_property
    return additional_properties


def _all_fields(cls: type[FineTuningResponseState], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    return {
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    FineTuningResponseState,
    _all_fields,
    {
        "additional_properties": _read_additional_properties,
    },
)
