from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, FLOAT, AdditionalProperties, Field, Lazy, dict_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AgentDeploymentResponse(Lazy, AdditionalProperties[Any]):
    """Attributes:
    traffic_percentage_branch_id_map: Map of branch IDs to traffic percentages
    """

    traffic_percentage_branch_id_map: AgentDeploymentResponseTrafficPercentageBranchIdMap | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "traffic_percentage_branch_id_map",
            "traffic_percentage_branch_id_map",
            object_of("AgentDeploymentResponseTrafficPercentageBranchIdMap"),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AgentDeploymentResponseTrafficPercentageBranchIdMap(Lazy, AdditionalProperties["float"]):
    """Map of branch IDs to traffic percentages"""

    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(FLOAT)),)
