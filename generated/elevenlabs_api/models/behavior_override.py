from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import (
    InteractionBudget,
    OutputFormat,
    Verbosity,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BehaviorOverride(Lazy, AdditionalProperties[Any]):
    """Attributes:
    verbosity: Verbosity override. Underlying default applies when unset.
    output_format: Output format override. Underlying default applies when unset.
    interaction_budget: Interaction budget override. Underlying default applies when unset.
    """

    verbosity: None | str | Unset | Verbosity = UNSET

    output_format: None | OutputFormat | str | Unset = UNSET

    interaction_budget: InteractionBudget | None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("verbosity", "verbosity", union(literal("Verbosity"), NULL, STR)),
        Field("output_format", "output_format", union(literal("OutputFormat"), NULL, STR)),
        Field("interaction_budget", "interaction_budget", union(literal("InteractionBudget"), NULL, STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )
