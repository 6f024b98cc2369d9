from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class ChapterSnapshotsResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'snapshots': [{'chapter_id': 'aw1NgEzBg83R7vgmiJt3', 'chapter_snapshot_id': 'aw1NgEzBg83R7vgmiJt1',
        'created_at_unix': 1714204800, 'name': 'My Chapter Snapshot', 'project_id': 'aw1NgEzBg83R7vgmiJt2'}]}

    Attributes:
        snapshots: List of chapter snapshots.
    """

    snapshots: list[ChapterSnapshotResponse]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("snapshots", "snapshots", list_of(object_of("ChapterSnapshotResponse")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.chapter_snapshot_response import ChapterSnapshotResponse
