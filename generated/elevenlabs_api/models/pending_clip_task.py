from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import PendingClipTaskTypeType0
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="PendingClipTask")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PendingClipTask(Lazy):
    """Attributes:
    type_ (PendingClipTaskTypeType0 | str):
    progress (float | Unset): Defaults to 0.0 on the server.
    started_at_ms (int | Unset):
    updated_at_ms (int | Unset):
    metadata (PendingClipTaskMetadata | Unset):
    """

    type_: PendingClipTaskTypeType0 | str

    progress: float | Unset = UNSET

    started_at_ms: int | Unset = UNSET

    updated_at_ms: int | Unset = UNSET

    metadata: PendingClipTaskMetadata | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("type",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        pending_clip_task = cls.__new__(cls)
        pending_clip_task.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_type_ = plain_reader("type", (str,), "a string", True)

_read_progress = plain_reader(
    "progress",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_started_at_ms = plain_reader("started_at_ms", (int,), "an integer", False)

_read_updated_at_ms = plain_reader("updated_at_ms", (int,), "an integer", False)


def _read_metadata(cls: type[PendingClipTask], d: Mapping[str, Any]) -> Any:
    metadata_raw = d.get("metadata", UNSET)
    try:
        _metadata = metadata_raw
        metadata: PendingClipTaskMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PendingClipTaskMetadata.from_dict(_metadata)
    except (KeyError, TypeError, ValueError, AttributeError):
        metadata = deviating_field(cls, "metadata", metadata_raw)

    return metadata


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "progress",
        "started_at_ms",
        "updated_at_ms",
        "metadata",
    )
)


def _read_additional_properties(cls: type[PendingClipTask], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[PendingClipTask], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    type_ = d.get("type", MISSING)
    if type_.__class__ is not str:
        type_ = _read_type_(cls, d)

    progress = d.get("progress", UNSET)
    if progress.__class__ is not float and progress.__class__ is not int and progress is not UNSET:
        progress = _read_progress(cls, d)

    started_at_ms = d.get("started_at_ms", UNSET)
    if started_at_ms.__class__ is not int and started_at_ms is not UNSET:
        started_at_ms = _read_started_at_ms(cls, d)

    updated_at_ms = d.get("updated_at_ms", UNSET)
    if updated_at_ms.__class__ is not int and updated_at_ms is not UNSET:
        updated_at_ms = _read_updated_at_ms(cls, d)

    if "metadata" in known:
        metadata = known["metadata"]
    else:
        metadata = d.get("metadata", UNSET)
        if metadata is not UNSET:
            metadata = _read_metadata(cls, d)

    return {
        "type_": type_,
        "progress": progress,
        "started_at_ms": started_at_ms,
        "updated_at_ms": updated_at_ms,
        "metadata": metadata,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    PendingClipTask,
    _all_fields,
    {
        "type_": _read_type_,
        "progress": _read_progress,
        "started_at_ms": _read_started_at_ms,
        "updated_at_ms": _read_updated_at_ms,
        "metadata": _read_metadata,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.pending_clip_task_metadata import PendingClipTaskMetadata
