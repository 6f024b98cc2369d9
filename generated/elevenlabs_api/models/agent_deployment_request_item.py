from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="AgentDeploymentRequestItem")


@_attrs_define
class AgentDeploymentRequestItem:
    """Attributes:
    branch_id (str): ID of the branch to deploy
    deployment_strategy (AgentDeploymentPercentageStrategy):
    """

    branch_id: str

    deployment_strategy: AgentDeploymentPercentageStrategy

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        branch_id = self.branch_id

        deployment_strategy: Any
        try:
            deployment_strategy = self.deployment_strategy.to_dict()
        except (AttributeError, TypeError):
            deployment_strategy = self.deployment_strategy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if branch_id is not None or "branch_id" not in self._missing_fields:
            field_dict["branch_id"] = branch_id
        if deployment_strategy is not None or "deployment_strategy" not in self._missing_fields:
            field_dict["deployment_strategy"] = deployment_strategy
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        branch_id = d.pop("branch_id", MISSING)
        if branch_id.__class__ is not str:
            if branch_id is MISSING:
                branch_id = missing_field(cls, "branch_id")
                _missing += ("branch_id",)
            else:
                branch_id = unexpected_type(cls, "branch_id", branch_id, "a string")

        deployment_strategy_raw = d.pop("deployment_strategy", MISSING)
        if deployment_strategy_raw is MISSING:
            deployment_strategy = missing_field(cls, "deployment_strategy")
            _missing += ("deployment_strategy",)
        else:
            try:
                deployment_strategy = AgentDeploymentPercentageStrategy.from_dict(deployment_strategy_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                deployment_strategy = deviating_field(cls, "deployment_strategy", deployment_strategy_raw)

        agent_deployment_request_item = cls(
            branch_id=branch_id,
            deployment_strategy=deployment_strategy,
        )
        if _missing:
            agent_deployment_request_item._missing_fields = _missing
        agent_deployment_request_item.additional_properties = d
        return agent_deployment_request_item

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
from ..models.agent_deployment_percentage_strategy import AgentDeploymentPercentageStrategy
