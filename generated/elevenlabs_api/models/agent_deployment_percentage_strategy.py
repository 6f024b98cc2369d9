from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="AgentDeploymentPercentageStrategy")


@_attrs_define
class AgentDeploymentPercentageStrategy:
    """Attributes:
    traffic_percentage (float): Traffic percentage to deploy
    type_ (Literal['percentage'] | Unset):  Default: 'percentage'.
    """

    traffic_percentage: float

    type_: Literal["percentage"] | Unset = "percentage"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "percentage")

    def to_dict(self) -> dict[str, Any]:
        traffic_percentage = self.traffic_percentage

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if traffic_percentage is not None or "traffic_percentage" not in self._missing_fields:
            field_dict["traffic_percentage"] = traffic_percentage
        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["percentage"] | Unset, type__raw)
        if type_ != "percentage" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'percentage', got '{type_}'")

        traffic_percentage = d.pop("traffic_percentage", MISSING)
        if traffic_percentage.__class__ is not float and traffic_percentage.__class__ is not int:
            if traffic_percentage is MISSING:
                traffic_percentage = missing_field(cls, "traffic_percentage")
                _missing += ("traffic_percentage",)
            else:
                traffic_percentage = unexpected_type(cls, "traffic_percentage", traffic_percentage, "a number")

        agent_deployment_percentage_strategy = cls(
            traffic_percentage=traffic_percentage,
            type_=type_,
        )
        if _missing:
            agent_deployment_percentage_strategy._missing_fields = _missing
        agent_deployment_percentage_strategy.additional_properties = d
        return agent_deployment_percentage_strategy

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
