from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="ProjectSnapshotResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ProjectSnapshotResponse(Lazy):
    """Example:
        {'created_at_unix': 1714204800, 'name': 'My Project Snapshot', 'project_id': 'aw1NgEzBg83R7vgmiJt6',
        'project_snapshot_id': 'aw1NgEzBg83R7vgmiJt6'}

    Attributes:
        project_snapshot_id (str): The ID of the project snapshot.
        project_id (str): The ID of the project.
        created_at_unix (int): The creation date of the project snapshot.
        name (str): The name of the project snapshot.
        audio_upload (None | ProjectSnapshotResponseAudioUploadType0 | Unset): (Deprecated)
        zip_upload (None | ProjectSnapshotResponseZipUploadType0 | Unset): (Deprecated)
    """

    project_snapshot_id: str

    project_id: str

    created_at_unix: int

    name: str

    audio_upload: None | ProjectSnapshotResponseAudioUploadType0 | Unset = UNSET

    zip_upload: None | ProjectSnapshotResponseZipUploadType0 | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "project_snapshot_id",
        "project_id",
        "created_at_unix",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        project_snapshot_id = self.project_snapshot_id

        project_id = self.project_id

        created_at_unix = self.created_at_unix

        name = self.name

        audio_upload: Any
        try:
            if isinstance(self.audio_upload, Unset):
                audio_upload = UNSET
            elif isinstance(self.audio_upload, ProjectSnapshotResponseAudioUploadType0):
                audio_upload = self.audio_upload.to_dict()
            else:
                audio_upload = self.audio_upload

        except (AttributeError, TypeError):
            audio_upload = self.audio_upload

        zip_upload: Any
        try:
            if isinstance(self.zip_upload, Unset):
                zip_upload = UNSET
            elif isinstance(self.zip_upload, ProjectSnapshotResponseZipUploadType0):
                zip_upload = self.zip_upload.to_dict()
            else:
                zip_upload = self.zip_upload

        except (AttributeError, TypeError):
            zip_upload = self.zip_upload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if project_snapshot_id is not None or "project_snapshot_id" not in self._missing_fields:
            field_dict["project_snapshot_id"] = project_snapshot_id
        if project_id is not None or "project_id" not in self._missing_fields:
            field_dict["project_id"] = project_id
        if created_at_unix is not None or "created_at_unix" not in self._missing_fields:
            field_dict["created_at_unix"] = created_at_unix
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if audio_upload is not UNSET:
            field_dict["audio_upload"] = audio_upload
        if zip_upload is not UNSET:
            field_dict["zip_upload"] = zip_upload
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        project_snapshot_response = cls.__new__(cls)
        project_snapshot_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return project_snapshot_response

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


_read_project_snapshot_id = plain_reader("project_snapshot_id", (str,), "a string", True)

_read_project_id = plain_reader("project_id", (str,), "a string", True)

_read_created_at_unix = plain_reader("created_at_unix", (int,), "an integer", True)

_read_name = plain_reader("name", (str,), "a string", True)


def _read_audio_upload(cls: type[ProjectSnapshotResponse], d: Mapping[str, Any]) -> Any:
    audio_upload_raw = d.get("audio_upload", UNSET)
    try:

        def _parse_audio_upload(data: object) -> None | ProjectSnapshotResponseAudioUploadType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            audio_upload_type_0 = ProjectSnapshotResponseAudioUploadType0.from_dict(data)

            return audio_upload_type_0

        audio_upload = _parse_audio_upload(audio_upload_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        audio_upload = deviating_field(cls, "audio_upload", audio_upload_raw)

    return audio_upload


def _read_zip_upload(cls: type[ProjectSnapshotResponse], d: Mapping[str, Any]) -> Any:
    zip_upload_raw = d.get("zip_upload", UNSET)
    try:

        def _parse_zip_upload(data: object) -> None | ProjectSnapshotResponseZipUploadType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            zip_upload_type_0 = ProjectSnapshotResponseZipUploadType0.from_dict(data)

            return zip_upload_type_0

        zip_upload = _parse_zip_upload(zip_upload_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        zip_upload = deviating_field(cls, "zip_upload", zip_upload_raw)

    return zip_upload


_FIELDS: frozenset[str] = frozenset(
    (
        "project_snapshot_id",
        "project_id",
        "created_at_unix",
        "name",
        "audio_upload",
        "zip_upload",
    )
)


def _read_additional_properties(cls: type[ProjectSnapshotResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ProjectSnapshotResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    project_snapshot_id = d.get("project_snapshot_id", MISSING)
    if project_snapshot_id.__class__ is not str:
        project_snapshot_id = _read_project_snapshot_id(cls, d)

    project_id = d.get("project_id", MISSING)
    if project_id.__class__ is not str:
        project_id = _read_project_id(cls, d)

    created_at_unix = d.get("created_at_unix", MISSING)
    if created_at_unix.__class__ is not int:
        created_at_unix = _read_created_at_unix(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    if "audio_upload" in known:
        audio_upload = known["audio_upload"]
    else:
        audio_upload = d.get("audio_upload", UNSET)
        if audio_upload is not UNSET and audio_upload is not None:
            audio_upload = _read_audio_upload(cls, d)

    if "zip_upload" in known:
        zip_upload = known["zip_upload"]
    else:
        zip_upload = d.get("zip_upload", UNSET)
        if zip_upload is not UNSET and zip_upload is not None:
            zip_upload = _read_zip_upload(cls, d)

    return {
        "project_snapshot_id": project_snapshot_id,
        "project_id": project_id,
        "created_at_unix": created_at_unix,
        "name": name,
        "audio_upload": audio_upload,
        "zip_upload": zip_upload,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ProjectSnapshotResponse,
    _all_fields,
    {
        "project_snapshot_id": _read_project_snapshot_id,
        "project_id": _read_project_id,
        "created_at_unix": _read_created_at_unix,
        "name": _read_name,
        "audio_upload": _read_audio_upload,
        "zip_upload": _read_zip_upload,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.project_snapshot_response_audio_upload_type_0 import ProjectSnapshotResponseAudioUploadType0
from ..models.project_snapshot_response_zip_upload_type_0 import ProjectSnapshotResponseZipUploadType0
