from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, FLOAT, STR, AdditionalProperties, Field, Lazy, const, dict_of, list_of, object_of
from ..types import Unset


@_attrs_define(slots=False)
class BodyCreateOrUpdateDeploymentsV1ConvaiAgentsAgentIdDeploymentsPost(Lazy, AdditionalProperties[Any]):
    deployment_request: AgentDeploymentRequest

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("deployment_request", "deployment_request", object_of("AgentDeploymentRequest"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
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


@_attrs_define(slots=False)
class AgentDeploymentRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    requests: List of deployment requests
    """

    requests: list[AgentDeploymentRequestItem]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("requests", "requests", list_of(object_of("AgentDeploymentRequestItem")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AgentDeploymentRequestItem(Lazy, AdditionalProperties[Any]):
    """Attributes:
    branch_id: ID of the branch to deploy
    """

    branch_id: str

    deployment_strategy: AgentDeploymentPercentageStrategy

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("branch_id", "branch_id", STR, required=True),
        Field(
            "deployment_strategy", "deployment_strategy", object_of("AgentDeploymentPercentageStrategy"), required=True
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )
