from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pending_clip_task_type_type_0 import PendingClipTaskTypeType0
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="PendingClipTask")


@_attrs_define
class PendingClipTask:
    """Attributes:
    type_ (PendingClipTaskTypeType0 | str):
    progress (float | Unset):  Default: 0.0.
    started_at_ms (int | Unset):
    updated_at_ms (int | Unset):
    metadata (PendingClipTaskMetadata | Unset):
    """

    type_: PendingClipTaskTypeType0 | str

    progress: float | Unset = 0.0

    started_at_ms: int | Unset = UNSET

    updated_at_ms: int | Unset = UNSET

    metadata: PendingClipTaskMetadata | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: Any
        try:
            if isinstance(self.type_, str):
                type_ = self.type_
            else:
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        progress = self.progress

        started_at_ms = self.started_at_ms

        updated_at_ms = self.updated_at_ms

        metadata: Any
        try:
            metadata = UNSET
            if not isinstance(self.metadata, Unset):
                metadata = self.metadata.to_dict()
        except (AttributeError, TypeError):
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not None or "type" not in self._missing_fields:
            field_dict["type"] = type_
        if progress is not UNSET:
            field_dict["progress"] = progress
        if started_at_ms is not UNSET:
            field_dict["started_at_ms"] = started_at_ms
        if updated_at_ms is not UNSET:
            field_dict["updated_at_ms"] = updated_at_ms
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type_ = d.pop("type", MISSING)
        if type_.__class__ is not str:
            if type_ is MISSING:
                type_ = missing_field(cls, "type")
                _missing += ("type",)
            else:
                type_ = unexpected_type(cls, "type", type_, "a string")

        progress = d.pop("progress", UNSET)
        if progress.__class__ is not float and progress.__class__ is not int and progress is not UNSET:
            progress = unexpected_type(cls, "progress", progress, "a number")

        started_at_ms = d.pop("started_at_ms", UNSET)
        if started_at_ms.__class__ is not int and started_at_ms is not UNSET:
            started_at_ms = unexpected_type(cls, "started_at_ms", started_at_ms, "an integer")

        updated_at_ms = d.pop("updated_at_ms", UNSET)
        if updated_at_ms.__class__ is not int and updated_at_ms is not UNSET:
            updated_at_ms = unexpected_type(cls, "updated_at_ms", updated_at_ms, "an integer")

        metadata_raw = d.pop("metadata", UNSET)
        try:
            _metadata = metadata_raw
            metadata: PendingClipTaskMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = PendingClipTaskMetadata.from_dict(_metadata)
        except (KeyError, TypeError, ValueError, AttributeError):
            metadata = deviating_field(cls, "metadata", metadata_raw)

        pending_clip_task = cls(
            type_=type_,
            progress=progress,
            started_at_ms=started_at_ms,
            updated_at_ms=updated_at_ms,
            metadata=metadata,
        )
        if _missing:
            pending_clip_task._missing_fields = _missing
        pending_clip_task.additional_properties = d
        return pending_clip_task

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
from ..models.pending_clip_task_metadata import PendingClipTaskMetadata
