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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ChapterSnapshotResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ChapterSnapshotResponse(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "chapter_snapshot_id",
        "project_id",
        "chapter_id",
        "created_at_unix",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        chapter_snapshot_response = cls.__new__(cls)
        chapter_snapshot_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return chapter_snapshot_response

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


_read_chapter_snapshot_id = plain_reader("chapter_snapshot_id", (str,), "a string", True)

_read_project_id = plain_reader("project_id", (str,), "a string", True)

_read_chapter_id = plain_reader("chapter_id", (str,), "a string", True)

_read_created_at_unix = plain_reader("created_at_unix", (int,), "an integer", True)

_read_name = plain_reader("name", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "chapter_snapshot_id",
        "project_id",
        "chapter_id",
        "created_at_unix",
        "name",
    )
)


def _read_additional_properties(cls: type[ChapterSnapshotResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ChapterSnapshotResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    chapter_snapshot_id = d.get("chapter_snapshot_id", MISSING)
    if chapter_snapshot_id.__class__ is not str:
        chapter_snapshot_id = _read_chapter_snapshot_id(cls, d)

    project_id = d.get("project_id", MISSING)
    if project_id.__class__ is not str:
        project_id = _read_project_id(cls, d)

    chapter_id = d.get("chapter_id", MISSING)
    if chapter_id.__class__ is not str:
        chapter_id = _read_chapter_id(cls, d)

    created_at_unix = d.get("created_at_unix", MISSING)
    if created_at_unix.__class__ is not int:
        created_at_unix = _read_created_at_unix(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    return {
        "chapter_snapshot_id": chapter_snapshot_id,
        "project_id": project_id,
        "chapter_id": chapter_id,
        "created_at_unix": created_at_unix,
        "name": name,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ChapterSnapshotResponse,
    _all_fields,
    {
        "chapter_snapshot_id": _read_chapter_snapshot_id,
        "project_id": _read_project_id,
        "chapter_id": _read_chapter_id,
        "created_at_unix": _read_created_at_unix,
        "name": _read_name,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
