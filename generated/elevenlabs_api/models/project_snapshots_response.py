from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, INT, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ProjectSnapshotsResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'snapshots': [{'created_at_unix': 1714204800, 'name': 'My Project Snapshot', 'project_id':
        'aw1NgEzBg83R7vgmiJt6', 'project_snapshot_id': 'aw1NgEzBg83R7vgmiJt6'}]}

    Attributes:
        snapshots: List of project snapshots.
    """

    snapshots: list[ProjectSnapshotResponse]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("snapshots", "snapshots", list_of(object_of("ProjectSnapshotResponse")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ProjectSnapshotResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'created_at_unix': 1714204800, 'name': 'My Project Snapshot', 'project_id': 'aw1NgEzBg83R7vgmiJt6',
        'project_snapshot_id': 'aw1NgEzBg83R7vgmiJt6'}

    Attributes:
        project_snapshot_id: The ID of the project snapshot.
        project_id: The ID of the project.
        created_at_unix: The creation date of the project snapshot.
        name: The name of the project snapshot.
        audio_upload: (Deprecated)
        zip_upload: (Deprecated)
    """

    project_snapshot_id: str

    project_id: str

    created_at_unix: int

    name: str

    audio_upload: None | ProjectSnapshotResponseAudioUploadType0 | Unset = UNSET

    zip_upload: None | ProjectSnapshotResponseZipUploadType0 | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("project_snapshot_id", "project_snapshot_id", STR, required=True),
        Field("project_id", "project_id", STR, required=True),
        Field("created_at_unix", "created_at_unix", INT, required=True),
        Field("name", "name", STR, required=True),
        Field("audio_upload", "audio_upload", union(object_of("ProjectSnapshotResponseAudioUploadType0"), NULL)),
        Field("zip_upload", "zip_upload", union(object_of("ProjectSnapshotResponseZipUploadType0"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ProjectSnapshotResponseAudioUploadType0(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class ProjectSnapshotResponseZipUploadType0(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)
