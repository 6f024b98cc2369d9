from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    FLOAT,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
)


@_attrs_define(slots=False)
class AgentDeploymentPercentageStrategy(Lazy, AdditionalProperties[Any]):
    """Attributes:
    traffic_percentage: Traffic percentage to deploy
    type_:  Default: 'percentage'.
    """

    traffic_percentage: float

    type_: Literal["percentage"] | Unset = _attrs_field(
        default="percentage",
        kw_only=True,
        alias="type",
        validator=types.tag("AgentDeploymentPercentageStrategy", "type", "percentage"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("traffic_percentage", "traffic_percentage", FLOAT, required=True),
        Field("type_", "type", const("percentage")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AgentDeploymentPercentageStrategy, type_="type")
