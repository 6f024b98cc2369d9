from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
)

T = TypeVar("T", bound="ChapterSnapshotsResponseModel")


@_attrs_define
class ChapterSnapshotsResponseModel:
    """Example:
        {'snapshots': [{'chapter_id': 'aw1NgEzBg83R7vgmiJt3', 'chapter_snapshot_id': 'aw1NgEzBg83R7vgmiJt1',
        'created_at_unix': 1714204800, 'name': 'My Chapter Snapshot', 'project_id': 'aw1NgEzBg83R7vgmiJt2'}]}

    Attributes:
        snapshots (list[ChapterSnapshotResponseModel]): List of chapter snapshots.
    """

    snapshots: list[ChapterSnapshotResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        snapshots_raw = d.pop("snapshots", MISSING)
        if snapshots_raw is MISSING:
            snapshots = missing_field(cls, "snapshots")
            _missing += ("snapshots",)
        else:
            try:
                expect_array("snapshots", snapshots_raw)
                snapshots = []
                _snapshots = snapshots_raw
                for snapshots_item_data in _snapshots:
                    snapshots_item = ChapterSnapshotResponseModel.from_dict(snapshots_item_data)

                    snapshots.append(snapshots_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                snapshots = deviating_field(cls, "snapshots", snapshots_raw)

        chapter_snapshots_response_model = cls(
            snapshots=snapshots,
        )
        if _missing:
            chapter_snapshots_response_model._missing_fields = _missing
        chapter_snapshots_response_model.additional_properties = d
        return chapter_snapshots_response_model

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
from ..models.chapter_snapshot_response_model import ChapterSnapshotResponseModel
