from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import StudioClipReferenceClipTypeType0
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="StudioClipReference")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class StudioClipReference(Lazy):
    """Attributes:
    project_id (str):
    chapter_id (str):
    clip_type (str | StudioClipReferenceClipTypeType0):
    clip_id (str):
    block_id (None | str | Unset):
    preview_url (None | str | Unset):
    """

    project_id: str

    chapter_id: str

    clip_type: str | StudioClipReferenceClipTypeType0

    clip_id: str

    block_id: None | str | Unset = UNSET

    preview_url: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "project_id",
        "chapter_id",
        "clip_type",
        "clip_id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        project_id = self.project_id

        chapter_id = self.chapter_id

        clip_type: Any
        try:
            if isinstance(self.clip_type, str):
                clip_type = self.clip_type
            else:
                clip_type = self.clip_type

        except (AttributeError, TypeError):
            clip_type = self.clip_type

        clip_id = self.clip_id

        block_id: Any
        try:
            block_id = self.block_id

        except (AttributeError, TypeError):
            block_id = self.block_id

        preview_url: Any
        try:
            preview_url = self.preview_url

        except (AttributeError, TypeError):
            preview_url = self.preview_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if project_id is not None or "project_id" not in self._missing_fields:
            field_dict["project_id"] = project_id
        if chapter_id is not None or "chapter_id" not in self._missing_fields:
            field_dict["chapter_id"] = chapter_id
        if clip_type is not None or "clip_type" not in self._missing_fields:
            field_dict["clip_type"] = clip_type
        if clip_id is not None or "clip_id" not in self._missing_fields:
            field_dict["clip_id"] = clip_id
        if block_id is not UNSET:
            field_dict["block_id"] = block_id
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        studio_clip_reference = cls.__new__(cls)
        studio_clip_reference.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return studio_clip_reference

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


_read_project_id = plain_reader("project_id", (str,), "a string", True)

_read_chapter_id = plain_reader("chapter_id", (str,), "a string", True)

_read_clip_type = plain_reader("clip_type", (str,), "a string", True)

_read_clip_id = plain_reader("clip_id", (str,), "a string", True)

_read_block_id = plain_reader(
    "block_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_preview_url = plain_reader(
    "preview_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "project_id",
        "chapter_id",
        "clip_type",
        "clip_id",
        "block_id",
        "preview_url",
    )
)


def _read_additional_properties(cls: type[StudioClipReference], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[StudioClipReference], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    project_id = d.get("project_id", MISSING)
    if project_id.__class__ is not str:
        project_id = _read_project_id(cls, d)

    chapter_id = d.get("chapter_id", MISSING)
    if chapter_id.__class__ is not str:
        chapter_id = _read_chapter_id(cls, d)

    clip_type = d.get("clip_type", MISSING)
    if clip_type.__class__ is not str:
        clip_type = _read_clip_type(cls, d)

    clip_id = d.get("clip_id", MISSING)
    if clip_id.__class__ is not str:
        clip_id = _read_clip_id(cls, d)

    block_id = d.get("block_id", UNSET)
    if block_id.__class__ is not str and block_id is not None and block_id is not UNSET:
        block_id = _read_block_id(cls, d)

    preview_url = d.get("preview_url", UNSET)
    if preview_url.__class__ is not str and preview_url is not None and preview_url is not UNSET:
        preview_url = _read_preview_url(cls, d)

    return {
        "project_id": project_id,
        "chapter_id": chapter_id,
        "clip_type": clip_type,
        "clip_id": clip_id,
        "block_id": block_id,
        "preview_url": preview_url,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    StudioClipReference,
    _all_fields,
    {
        "project_id": _read_project_id,
        "chapter_id": _read_chapter_id,
        "clip_type": _read_clip_type,
        "clip_id": _read_clip_id,
        "block_id": _read_block_id,
        "preview_url": _read_preview_url,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
