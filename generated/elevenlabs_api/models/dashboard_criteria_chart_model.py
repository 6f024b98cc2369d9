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

T = TypeVar("T", bound="DashboardCriteriaChartModel")


@_attrs_define
class DashboardCriteriaChartModel:
    """Attributes:
    name (str):
    criteria_id (str):
    type_ (Literal['criteria'] | Unset):  Default: 'criteria'.
    """

    name: str

    criteria_id: str

    type_: Literal["criteria"] | Unset = "criteria"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "criteria")

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        criteria_id = self.criteria_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if criteria_id is not None or "criteria_id" not in self._missing_fields:
            field_dict["criteria_id"] = criteria_id
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
        type_ = cast(Literal["criteria"] | Unset, type__raw)
        if type_ != "criteria" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'criteria', got '{type_}'")

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        criteria_id = d.pop("criteria_id", MISSING)
        if criteria_id.__class__ is not str:
            if criteria_id is MISSING:
                criteria_id = missing_field(cls, "criteria_id")
                _missing += ("criteria_id",)
            else:
                criteria_id = unexpected_type(cls, "criteria_id", criteria_id, "a string")

        dashboard_criteria_chart_model = cls(
            name=name,
            criteria_id=criteria_id,
            type_=type_,
        )
        if _missing:
            dashboard_criteria_chart_model._missing_fields = _missing
        dashboard_criteria_chart_model.additional_properties = d
        return dashboard_criteria_chart_model

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
