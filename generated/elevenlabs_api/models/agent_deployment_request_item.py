from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_deployment_percentage_strategy import AgentDeploymentPercentageStrategy
