from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    deviating_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyUpdateChapterV1StudioProjectsProjectIdChaptersChapterIdPost")


@_attrs_define
class BodyUpdateChapterV1StudioProjectsProjectIdChaptersChapterIdPost:
    """Attributes:
    name (None | str | Unset): The name of the chapter, used for identification only.
    content (ChapterContentInputModel | None | Unset): The chapter content to use.
    """

    name: None | str | Unset = UNSET

    content: ChapterContentInputModel | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not None and name is not UNSET:
            name = unexpected_type(cls, "name", name, "a string or null")

        content_raw = d.pop("content", UNSET)
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

        body_update_chapter_v1_studio_projects_project_id_chapters_chapter_id_post = cls(
            name=name,
            content=content,
        )
        body_update_chapter_v1_studio_projects_project_id_chapters_chapter_id_post.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.chapter_content_input_model import ChapterContentInputModel
