from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentDeploymentRequestItem")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentDeploymentRequestItem(Lazy):
    """Attributes:
    branch_id (str): ID of the branch to deploy
    deployment_strategy (AgentDeploymentPercentageStrategy):
    """

    branch_id: str

    deployment_strategy: AgentDeploymentPercentageStrategy

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "branch_id",
        "deployment_strategy",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_deployment_request_item = cls.__new__(cls)
        agent_deployment_request_item.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_branch_id = plain_reader("branch_id", (str,), "a string", True)


def _read_deployment_strategy(cls: type[AgentDeploymentRequestItem], d: Mapping[str, Any]) -> Any:
    deployment_strategy_raw = d.get("deployment_strategy", MISSING)
    if deployment_strategy_raw is MISSING:
        deployment_strategy = missing_field(cls, "deployment_strategy")
    else:
        try:
            deployment_strategy = AgentDeploymentPercentageStrategy.from_dict(deployment_strategy_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            deployment_strategy = deviating_field(cls, "deployment_strategy", deployment_strategy_raw)

    return deployment_strategy


_FIELDS: frozenset[str] = frozenset(
    (
        "branch_id",
        "deployment_strategy",
    )
)


def _read_additional_properties(cls: type[AgentDeploymentRequestItem], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AgentDeploymentRequestItem], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    branch_id = d.get("branch_id", MISSING)
    if branch_id.__class__ is not str:
        branch_id = _read_branch_id(cls, d)

    if "deployment_strategy" in known:
        deployment_strategy = known["deployment_strategy"]
    else:
        deployment_strategy = _read_deployment_strategy(cls, d)

    return {
        "branch_id": branch_id,
        "deployment_strategy": deployment_strategy,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AgentDeploymentRequestItem,
    _all_fields,
    {
        "branch_id": _read_branch_id,
        "deployment_strategy": _read_deployment_strategy,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_deployment_percentage_strategy import AgentDeploymentPercentageStrategy
