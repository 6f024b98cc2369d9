from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BodyCreateOrUpdateDeploymentsV1ConvaiAgentsAgentIdDeploymentsPost")


@_attrs_define
class BodyCreateOrUpdateDeploymentsV1ConvaiAgentsAgentIdDeploymentsPost:
    """Attributes:
    deployment_request (AgentDeploymentRequest):
    """

    deployment_request: AgentDeploymentRequest

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployment_request = self.deployment_request.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["deployment_request"] = deployment_request
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        deployment_request = AgentDeploymentRequest.from_dict(d.pop("deployment_request"))

        body_create_or_update_deployments_v1_convai_agents_agent_id_deployments_post = cls(
            deployment_request=deployment_request,
        )
        body_create_or_update_deployments_v1_convai_agents_agent_id_deployments_post.additional_properties = d
        return body_create_or_update_deployments_v1_convai_agents_agent_id_deployments_post

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_deployment_request import AgentDeploymentRequest
