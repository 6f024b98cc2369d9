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
    expect_array,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ProjectSnapshotsResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ProjectSnapshotsResponse(Lazy):
    """Example:
        {'snapshots': [{'created_at_unix': 1714204800, 'name': 'My Project Snapshot', 'project_id':
        'aw1NgEzBg83R7vgmiJt6', 'project_snapshot_id': 'aw1NgEzBg83R7vgmiJt6'}]}

    Attributes:
        snapshots (list[ProjectSnapshotResponse]): List of project snapshots.
    """

    snapshots: list[ProjectSnapshotResponse]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("snapshots",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        snapshots: Any
        try:
            snapshots = []
            for snapshots_item_data in self.snapshots:
                snapshots_item = snapshots_item_data.to_dict()
                snapshots.append(snapshots_item)

        except (AttributeError, TypeError):
            snapshots = self.snapshots

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if snapshots is not None or "snapshots" not in self._missing_fields:
            field_dict["snapshots"] = snapshots
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        project_snapshots_response = cls.__new__(cls)
        project_snapshots_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return project_snapshots_response

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


def _read_snapshots(cls: type[ProjectSnapshotsResponse], d: Mapping[str, Any]) -> Any:
    snapshots_raw = d.get("snapshots", MISSING)
    if snapshots_raw is MISSING:
        snapshots = missing_field(cls, "snapshots")
    else:
        try:
            expect_array("snapshots", snapshots_raw)
            snapshots = []
            _snapshots = snapshots_raw
            for snapshots_item_data in _snapshots:
                snapshots_item = ProjectSnapshotResponse.from_dict(snapshots_item_data)

                snapshots.append(snapshots_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            snapshots = deviating_field(cls, "snapshots", snapshots_raw)

    return snapshots


_FIELDS: frozenset[str] = frozenset(("snapshots",))


def _read_additional_properties(cls: type[ProjectSnapshotsResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ProjectSnapshotsResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "snapshots" in known:
        snapshots = known["snapshots"]
    else:
        snapshots = _read_snapshots(cls, d)

    return {
        "snapshots": snapshots,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ProjectSnapshotsResponse,
    _all_fields,
    {
        "snapshots": _read_snapshots,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.project_snapshot_response import ProjectSnapshotResponse
