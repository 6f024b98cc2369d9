from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="BodyCreateOrUpdateDeploymentsV1ConvaiAgentsAgentIdDeploymentsPost")


@_attrs_define
class BodyCreateOrUpdateDeploymentsV1ConvaiAgentsAgentIdDeploymentsPost:
    """Attributes:
    deployment_request (AgentDeploymentRequest):
    """

    deployment_request: AgentDeploymentRequest

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        deployment_request: Any
        try:
            deployment_request = self.deployment_request.to_dict()
        except (AttributeError, TypeError):
            deployment_request = self.deployment_request

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if deployment_request is not None or "deployment_request" not in self._missing_fields:
            field_dict["deployment_request"] = deployment_request
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        deployment_request_raw = d.pop("deployment_request", MISSING)
        if deployment_request_raw is MISSING:
            deployment_request = missing_field(cls, "deployment_request")
            _missing += ("deployment_request",)
        else:
            try:
                deployment_request = AgentDeploymentRequest.from_dict(deployment_request_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                deployment_request = deviating_field(cls, "deployment_request", deployment_request_raw)

        body_create_or_update_deployments_v1_convai_agents_agent_id_deployments_post = cls(
            deployment_request=deployment_request,
        )
        if _missing:
            body_create_or_update_deployments_v1_convai_agents_agent_id_deployments_post._missing_fields = _missing
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
