from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyCreateChapterV1StudioProjectsProjectIdChaptersPost")


@_attrs_define
class BodyCreateChapterV1StudioProjectsProjectIdChaptersPost:
    """Attributes:
    name (str): The name of the chapter, used for identification only.
    from_url (None | str | Unset): An optional URL from which we will extract content to initialize the Studio
        project. If this is set, 'from_url' and 'from_content' must be null. If neither 'from_url', 'from_document',
        'from_content' are provided we will initialize the Studio project as blank.
    """

    name: str

    from_url: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        from_url: Any
        try:
            from_url = self.from_url

        except (AttributeError, TypeError):
            from_url = self.from_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if from_url is not UNSET:
            field_dict["from_url"] = from_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        from_url = d.pop("from_url", UNSET)
        if from_url.__class__ is not str and from_url is not None and from_url is not UNSET:
            from_url = unexpected_type(cls, "from_url", from_url, "a string or null")

        body_create_chapter_v1_studio_projects_project_id_chapters_post = cls(
            name=name,
            from_url=from_url,
        )
        if _missing:
            body_create_chapter_v1_studio_projects_project_id_chapters_post._missing_fields = _missing
        body_create_chapter_v1_studio_projects_project_id_chapters_post.additional_properties = d
        return body_create_chapter_v1_studio_projects_project_id_chapters_post

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
