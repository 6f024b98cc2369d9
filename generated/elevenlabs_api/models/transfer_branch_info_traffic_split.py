from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="TransferBranchInfoTrafficSplit")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TransferBranchInfoTrafficSplit(Lazy):
    """Attributes:
    branch_reason (Literal['traffic_split']):
    branch_id (str):
    traffic_percentage (float):
    """

    branch_reason: Literal["traffic_split"] = _attrs_field(
        default="traffic_split",
        kw_only=True,
        validator=types.tag("TransferBranchInfoTrafficSplit", "branch_reason", "traffic_split"),
    )

    branch_id: str

    traffic_percentage: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "branch_id",
        "traffic_percentage",
    )
    _tags: ClassVar[tuple[str, ...]] = ("branch_reason",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("branch_reason", "traffic_split")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        transfer_branch_info_traffic_split = cls.__new__(cls)
        transfer_branch_info_traffic_split.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_branch_reason(cls: type[TransferBranchInfoTrafficSplit], d: Mapping[str, Any]) -> Any:
    branch_reason_raw = d.get("branch_reason", MISSING)
    if branch_reason_raw is MISSING:
        branch_reason_raw = missing_field(cls, "branch_reason")
    branch_reason = cast(Literal["traffic_split"], branch_reason_raw)
    if branch_reason != "traffic_split":
        raise ValueError(f"branch_reason must match const 'traffic_split', got '{branch_reason}'")

    return branch_reason


_read_branch_id = plain_reader("branch_id", (str,), "a string", True)

_read_traffic_percentage = plain_reader(
    "traffic_percentage",
    (
        float,
        int,
    ),
    "a number",
    True,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "branch_reason",
        "branch_id",
        "traffic_percentage",
    )
)


def _read_additional_properties(cls: type[TransferBranchInfoTrafficSplit], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[TransferBranchInfoTrafficSplit], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "branch_reason" in known:
        branch_reason = known["branch_reason"]
    else:
        branch_reason = _read_branch_reason(cls, d)

    branch_id = d.get("branch_id", MISSING)
    if branch_id.__class__ is not str:
        branch_id = _read_branch_id(cls, d)

    traffic_percentage = d.get("traffic_percentage", MISSING)
    if traffic_percentage.__class__ is not float and traffic_percentage.__class__ is not int:
        traffic_percentage = _read_traffic_percentage(cls, d)

    return {
        "branch_reason": branch_reason,
        "branch_id": branch_id,
        "traffic_percentage": traffic_percentage,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    TransferBranchInfoTrafficSplit,
    _all_fields,
    {
        "branch_reason": _read_branch_reason,
        "branch_id": _read_branch_id,
        "traffic_percentage": _read_traffic_percentage,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
