from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    InteractionBudget,
    OutputFormat,
    Verbosity,
)
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BehaviorOverride")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BehaviorOverride(Lazy):
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
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        behavior_override = cls.__new__(cls)
        behavior_override.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_verbosity = plain_reader(
    "verbosity",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_output_format = plain_reader(
    "output_format",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_interaction_budget = plain_reader(
    "interaction_budget",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "verbosity",
        "output_format",
        "interaction_budget",
    )
)


def _read_additional_properties(cls: type[BehaviorOverride], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[BehaviorOverride], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    verbosity = d.get("verbosity", UNSET)
    if verbosity is not None and verbosity.__class__ is not str and verbosity is not UNSET:
        verbosity = _read_verbosity(cls, d)

    output_format = d.get("output_format", UNSET)
    if output_format is not None and output_format.__class__ is not str and output_format is not UNSET:
        output_format = _read_output_format(cls, d)

    interaction_budget = d.get("interaction_budget", UNSET)
    if interaction_budget is not None and interaction_budget.__class__ is not str and interaction_budget is not UNSET:
        interaction_budget = _read_interaction_budget(cls, d)

    return {
        "verbosity": verbosity,
        "output_format": output_format,
        "interaction_budget": interaction_budget,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    BehaviorOverride,
    _all_fields,
    {
        "verbosity": _read_verbosity,
        "output_format": _read_output_format,
        "interaction_budget": _read_interaction_budget,
        "additional_properties": _read_additional_properties,
    },
)
