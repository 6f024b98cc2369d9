from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyUpdateChapterV1StudioProjectsProjectIdChaptersChapterIdPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyUpdateChapterV1StudioProjectsProjectIdChaptersChapterIdPost(Lazy):
    """Attributes:
    name (None | str | Unset): The name of the chapter, used for identification only.
    content (ChapterContentInputModel | None | Unset): The chapter content to use.
    """

    name: None | str | Unset = UNSET

    content: ChapterContentInputModel | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name: Any
        try:
            name = self.name

        except (AttributeError, TypeError):
            name = self.name

        content: Any
        try:
            if isinstance(self.content, Unset):
                content = UNSET
            elif isinstance(self.content, ChapterContentInputModel):
                content = self.content.to_dict()
            else:
                content = self.content

        except (AttributeError, TypeError):
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if content is not UNSET:
            field_dict["content"] = content
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_update_chapter_v1_studio_projects_project_id_chapters_chapter_id_post = cls.__new__(cls)
        body_update_chapter_v1_studio_projects_project_id_chapters_chapter_id_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_update_chapter_v1_studio_projects_project_id_chapters_chapter_id_post

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


_read_name = plain_reader(
    "name",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_content(
    cls: type[BodyUpdateChapterV1StudioProjectsProjectIdChaptersChapterIdPost], d: Mapping[str, Any]
) -> Any:
    content_raw = d.get("content", UNSET)
    try:

        def _parse_content(data: object) -> ChapterContentInputModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            content_type_0 = ChapterContentInputModel.from_dict(data)

            return content_type_0

        content = _parse_content(content_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        content = deviating_field(cls, "content", content_raw)

    return content


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "content",
    )
)


def _read_additional_properties(
    cls: type[BodyUpdateChapterV1StudioProjectsProjectIdChaptersChapterIdPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyUpdateChapterV1StudioProjectsProjectIdChaptersChapterIdPost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", UNSET)
    if name.__class__ is not str and name is not None and name is not UNSET:
        name = _read_name(cls, d)

    if "content" in known:
        content = known["content"]
    else:
        content = d.get("content", UNSET)
        if content is not UNSET and content is not None:
            content = _read_content(cls, d)

    return {
        "name": name,
        "content": content,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    BodyUpdateChapterV1StudioProjectsProjectIdChaptersChapterIdPost,
    _all_fields,
    {
        "name": _read_name,
        "content": _read_content,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.chapter_content_input_model import ChapterContentInputModel
