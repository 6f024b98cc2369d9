from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ChapterSnapshotResponseModel")


@_attrs_define
class ChapterSnapshotResponseModel:
    """Example:
        {'chapter_id': 'aw1NgEzBg83R7vgmiJt3', 'chapter_snapshot_id': 'aw1NgEzBg83R7vgmiJt1', 'created_at_unix':
        1714204800, 'name': 'My Chapter Snapshot', 'project_id': 'aw1NgEzBg83R7vgmiJt2'}

    Attributes:
        chapter_snapshot_id (str): The ID of the chapter snapshot.
        project_id (str): The ID of the project.
        chapter_id (str): The ID of the chapter.
        created_at_unix (int): The creation date of the chapter snapshot.
        name (str): The name of the chapter snapshot.
    """

    chapter_snapshot_id: str

    project_id: str

    chapter_id: str

    created_at_unix: int

    name: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        chapter_snapshot_id = self.chapter_snapshot_id

        project_id = self.project_id

        chapter_id = self.chapter_id

        created_at_unix = self.created_at_unix

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if chapter_snapshot_id is not None or "chapter_snapshot_id" not in self._missing_fields:
            field_dict["chapter_snapshot_id"] = chapter_snapshot_id
        if project_id is not None or "project_id" not in self._missing_fields:
            field_dict["project_id"] = project_id
        if chapter_id is not None or "chapter_id" not in self._missing_fields:
            field_dict["chapter_id"] = chapter_id
        if created_at_unix is not None or "created_at_unix" not in self._missing_fields:
            field_dict["created_at_unix"] = created_at_unix
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        chapter_snapshot_id = d.pop("chapter_snapshot_id", MISSING)
        if chapter_snapshot_id.__class__ is not str:
            if chapter_snapshot_id is MISSING:
                chapter_snapshot_id = missing_field(cls, "chapter_snapshot_id")
                _missing += ("chapter_snapshot_id",)
            else:
                chapter_snapshot_id = unexpected_type(cls, "chapter_snapshot_id", chapter_snapshot_id, "a string")

        project_id = d.pop("project_id", MISSING)
        if project_id.__class__ is not str:
            if project_id is MISSING:
                project_id = missing_field(cls, "project_id")
                _missing += ("project_id",)
            else:
                project_id = unexpected_type(cls, "project_id", project_id, "a string")

        chapter_id = d.pop("chapter_id", MISSING)
        if chapter_id.__class__ is not str:
            if chapter_id is MISSING:
                chapter_id = missing_field(cls, "chapter_id")
                _missing += ("chapter_id",)
            else:
                chapter_id = unexpected_type(cls, "chapter_id", chapter_id, "a string")

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

        chapter_snapshot_response_model = cls(
            chapter_snapshot_id=chapter_snapshot_id,
            project_id=project_id,
            chapter_id=chapter_id,
            created_at_unix=created_at_unix,
            name=name,
        )
        if _missing:
            chapter_snapshot_response_model._missing_fields = _missing
        chapter_snapshot_response_model.additional_properties = d
        return chapter_snapshot_response_model

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
