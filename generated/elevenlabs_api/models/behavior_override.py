from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interaction_budget import InteractionBudget
from ..models.output_format import OutputFormat
from ..models.verbosity import Verbosity
from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="BehaviorOverride")


@_attrs_define
class BehaviorOverride:
    """Attributes:
    verbosity (None | str | Unset | Verbosity): Verbosity override. Underlying default applies when unset.
    output_format (None | OutputFormat | str | Unset): Output format override. Underlying default applies when
        unset.
    interaction_budget (InteractionBudget | None | str | Unset): Interaction budget override. Underlying default
        applies when unset.
    """

    verbosity: None | str | Unset | Verbosity = UNSET

    output_format: None | OutputFormat | str | Unset = UNSET

    interaction_budget: InteractionBudget | None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verbosity: Any
        try:
            if isinstance(self.verbosity, Unset):
                verbosity = UNSET
            elif isinstance(self.verbosity, str):
                verbosity = self.verbosity
            else:
                verbosity = self.verbosity

        except (AttributeError, TypeError):
            verbosity = self.verbosity

        output_format: Any
        try:
            if isinstance(self.output_format, Unset):
                output_format = UNSET
            elif isinstance(self.output_format, str):
                output_format = self.output_format
            else:
                output_format = self.output_format

        except (AttributeError, TypeError):
            output_format = self.output_format

        interaction_budget: Any
        try:
            if isinstance(self.interaction_budget, Unset):
                interaction_budget = UNSET
            elif isinstance(self.interaction_budget, str):
                interaction_budget = self.interaction_budget
            else:
                interaction_budget = self.interaction_budget

        except (AttributeError, TypeError):
            interaction_budget = self.interaction_budget

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if interaction_budget is not UNSET:
            field_dict["interaction_budget"] = interaction_budget
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        verbosity = d.pop("verbosity", UNSET)
        if verbosity is not None and verbosity.__class__ is not str and verbosity is not UNSET:
            verbosity = unexpected_type(cls, "verbosity", verbosity, "null or a string")

        output_format = d.pop("output_format", UNSET)
        if output_format is not None and output_format.__class__ is not str and output_format is not UNSET:
            output_format = unexpected_type(cls, "output_format", output_format, "null or a string")

        interaction_budget = d.pop("interaction_budget", UNSET)
        if (
            interaction_budget is not None
            and interaction_budget.__class__ is not str
            and interaction_budget is not UNSET
        ):
            interaction_budget = unexpected_type(cls, "interaction_budget", interaction_budget, "null or a string")

        behavior_override = cls(
            verbosity=verbosity,
            output_format=output_format,
            interaction_budget=interaction_budget,
        )
        behavior_override.additional_properties = d
        return behavior_override

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
