from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ProjectSnapshotResponseModel")


@_attrs_define
class ProjectSnapshotResponseModel:
    """Example:
        {'created_at_unix': 1714204800, 'name': 'My Project Snapshot', 'project_id': 'aw1NgEzBg83R7vgmiJt6',
        'project_snapshot_id': 'aw1NgEzBg83R7vgmiJt6'}

    Attributes:
        project_snapshot_id (str): The ID of the project snapshot.
        project_id (str): The ID of the project.
        created_at_unix (int): The creation date of the project snapshot.
        name (str): The name of the project snapshot.
        audio_upload (None | ProjectSnapshotResponseModelAudioUploadType0 | Unset): (Deprecated)
        zip_upload (None | ProjectSnapshotResponseModelZipUploadType0 | Unset): (Deprecated)
    """

    project_snapshot_id: str

    project_id: str

    created_at_unix: int

    name: str

    audio_upload: None | ProjectSnapshotResponseModelAudioUploadType0 | Unset = UNSET

    zip_upload: None | ProjectSnapshotResponseModelZipUploadType0 | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        project_snapshot_id = self.project_snapshot_id

        project_id = self.project_id

        created_at_unix = self.created_at_unix

        name = self.name

        audio_upload: Any
        try:
            if isinstance(self.audio_upload, Unset):
                audio_upload = UNSET
            elif isinstance(self.audio_upload, ProjectSnapshotResponseModelAudioUploadType0):
                audio_upload = self.audio_upload.to_dict()
            else:
                audio_upload = self.audio_upload

        except (AttributeError, TypeError):
            audio_upload = self.audio_upload

        zip_upload: Any
        try:
            if isinstance(self.zip_upload, Unset):
                zip_upload = UNSET
            elif isinstance(self.zip_upload, ProjectSnapshotResponseModelZipUploadType0):
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        project_snapshot_id = d.pop("project_snapshot_id", MISSING)
        if project_snapshot_id.__class__ is not str:
            if project_snapshot_id is MISSING:
                project_snapshot_id = missing_field(cls, "project_snapshot_id")
                _missing += ("project_snapshot_id",)
            else:
                project_snapshot_id = unexpected_type(cls, "project_snapshot_id", project_snapshot_id, "a string")

        project_id = d.pop("project_id", MISSING)
        if project_id.__class__ is not str:
            if project_id is MISSING:
                project_id = missing_field(cls, "project_id")
                _missing += ("project_id",)
            else:
                project_id = unexpected_type(cls, "project_id", project_id, "a string")

        created_at_unix = d.pop("created_at_unix", MISSING)
        if created_at_unix.__class__ is not int:
            if created_at_unix is MISSING:
                created_at_unix = missing_field(cls, "created_at_unix")
                _missing += ("created_at_unix",)
            else:
                created_at_unix = unexpected_type(cls, "created_at_unix", created_at_unix, "an integer")

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        audio_upload_raw = d.pop("audio_upload", UNSET)
        try:

            def _parse_audio_upload(data: object) -> None | ProjectSnapshotResponseModelAudioUploadType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                audio_upload_type_0 = ProjectSnapshotResponseModelAudioUploadType0.from_dict(data)

                return audio_upload_type_0

            audio_upload = _parse_audio_upload(audio_upload_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            audio_upload = deviating_field(cls, "audio_upload", audio_upload_raw)

        zip_upload_raw = d.pop("zip_upload", UNSET)
        try:

            def _parse_zip_upload(data: object) -> None | ProjectSnapshotResponseModelZipUploadType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                zip_upload_type_0 = ProjectSnapshotResponseModelZipUploadType0.from_dict(data)

                return zip_upload_type_0

            zip_upload = _parse_zip_upload(zip_upload_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            zip_upload = deviating_field(cls, "zip_upload", zip_upload_raw)

        project_snapshot_response_model = cls(
            project_snapshot_id=project_snapshot_id,
            project_id=project_id,
            created_at_unix=created_at_unix,
            name=name,
            audio_upload=audio_upload,
            zip_upload=zip_upload,
        )
        if _missing:
            project_snapshot_response_model._missing_fields = _missing
        project_snapshot_response_model.additional_properties = d
        return project_snapshot_response_model

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
from ..models.project_snapshot_response_model_audio_upload_type_0 import ProjectSnapshotResponseModelAudioUploadType0
from ..models.project_snapshot_response_model_zip_upload_type_0 import ProjectSnapshotResponseModelZipUploadType0
