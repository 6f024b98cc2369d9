from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, INT, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of


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


@_attrs_define(slots=False)
class ChapterSnapshotResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'chapter_id': 'aw1NgEzBg83R7vgmiJt3', 'chapter_snapshot_id': 'aw1NgEzBg83R7vgmiJt1', 'created_at_unix':
        1714204800, 'name': 'My Chapter Snapshot', 'project_id': 'aw1NgEzBg83R7vgmiJt2'}

    Attributes:
        chapter_snapshot_id: The ID of the chapter snapshot.
        project_id: The ID of the project.
        chapter_id: The ID of the chapter.
        created_at_unix: The creation date of the chapter snapshot.
        name: The name of the chapter snapshot.
    """

    chapter_snapshot_id: str

    project_id: str

    chapter_id: str

    created_at_unix: int

    name: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("chapter_snapshot_id", "chapter_snapshot_id", STR, required=True),
        Field("project_id", "project_id", STR, required=True),
        Field("chapter_id", "chapter_id", STR, required=True),
        Field("created_at_unix", "created_at_unix", INT, required=True),
        Field("name", "name", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
