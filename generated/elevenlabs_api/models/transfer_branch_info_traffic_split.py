from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="TransferBranchInfoTrafficSplit")


@_attrs_define
class TransferBranchInfoTrafficSplit:
    """Attributes:
    branch_reason (Literal['traffic_split']):
    branch_id (str):
    traffic_percentage (float):
    """

    branch_reason: Literal["traffic_split"]

    branch_id: str

    traffic_percentage: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("branch_reason", "traffic_split")

    def to_dict(self) -> dict[str, Any]:
        branch_reason = self.branch_reason

        branch_id = self.branch_id

        traffic_percentage = self.traffic_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["branch_reason"] = branch_reason
        if branch_id is not None or "branch_id" not in self._missing_fields:
            field_dict["branch_id"] = branch_id
        if traffic_percentage is not None or "traffic_percentage" not in self._missing_fields:
            field_dict["traffic_percentage"] = traffic_percentage
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        branch_reason_raw = d.pop("branch_reason", MISSING)
        if branch_reason_raw is MISSING:
            branch_reason_raw = missing_field(cls, "branch_reason")
        branch_reason = cast(Literal["traffic_split"], branch_reason_raw)
        if branch_reason != "traffic_split":
            raise ValueError(f"branch_reason must match const 'traffic_split', got '{branch_reason}'")

        branch_id = d.pop("branch_id", MISSING)
        if branch_id.__class__ is not str:
            if branch_id is MISSING:
                branch_id = missing_field(cls, "branch_id")
                _missing += ("branch_id",)
            else:
                branch_id = unexpected_type(cls, "branch_id", branch_id, "a string")

        traffic_percentage = d.pop("traffic_percentage", MISSING)
        if traffic_percentage.__class__ is not float and traffic_percentage.__class__ is not int:
            if traffic_percentage is MISSING:
                traffic_percentage = missing_field(cls, "traffic_percentage")
                _missing += ("traffic_percentage",)
            else:
                traffic_percentage = unexpected_type(cls, "traffic_percentage", traffic_percentage, "a number")

        transfer_branch_info_traffic_split = cls(
            branch_reason=branch_reason,
            branch_id=branch_id,
            traffic_percentage=traffic_percentage,
        )
        if _missing:
            transfer_branch_info_traffic_split._missing_fields = _missing
        transfer_branch_info_traffic_split.additional_properties = d
        return transfer_branch_info_traffic_split

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
