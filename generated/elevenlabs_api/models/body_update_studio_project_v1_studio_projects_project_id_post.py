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

T = TypeVar("T", bound="BodyUpdateStudioProjectV1StudioProjectsProjectIdPost")


@_attrs_define
class BodyUpdateStudioProjectV1StudioProjectsProjectIdPost:
    """Attributes:
    name (str): The name of the Studio project, used for identification only.
    default_title_voice_id (str): The voice_id that corresponds to the default voice used for new titles.
    default_paragraph_voice_id (str): The voice_id that corresponds to the default voice used for new paragraphs.
    title (None | str | Unset): An optional name of the author of the Studio project, this will be added as metadata
        to the mp3 file on Studio project or chapter download.
    author (None | str | Unset): An optional name of the author of the Studio project, this will be added as
        metadata to the mp3 file on Studio project or chapter download.
    isbn_number (None | str | Unset): An optional ISBN number of the Studio project you want to create, this will be
        added as metadata to the mp3 file on Studio project or chapter download.
    volume_normalization (bool | Unset): When the Studio project is downloaded, should the returned audio have
        postprocessing in order to make it compliant with audiobook normalized volume requirements Default: False.
    """

    name: str

    default_title_voice_id: str

    default_paragraph_voice_id: str

    title: None | str | Unset = UNSET

    author: None | str | Unset = UNSET

    isbn_number: None | str | Unset = UNSET

    volume_normalization: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        default_title_voice_id = self.default_title_voice_id

        default_paragraph_voice_id = self.default_paragraph_voice_id

        title: Any
        try:
            title = self.title

        except (AttributeError, TypeError):
            title = self.title

        author: Any
        try:
            author = self.author

        except (AttributeError, TypeError):
            author = self.author

        isbn_number: Any
        try:
            isbn_number = self.isbn_number

        except (AttributeError, TypeError):
            isbn_number = self.isbn_number

        volume_normalization = self.volume_normalization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if default_title_voice_id is not None or "default_title_voice_id" not in self._missing_fields:
            field_dict["default_title_voice_id"] = default_title_voice_id
        if default_paragraph_voice_id is not None or "default_paragraph_voice_id" not in self._missing_fields:
            field_dict["default_paragraph_voice_id"] = default_paragraph_voice_id
        if title is not UNSET:
            field_dict["title"] = title
        if author is not UNSET:
            field_dict["author"] = author
        if isbn_number is not UNSET:
            field_dict["isbn_number"] = isbn_number
        if volume_normalization is not UNSET:
            field_dict["volume_normalization"] = volume_normalization
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

        default_title_voice_id = d.pop("default_title_voice_id", MISSING)
        if default_title_voice_id.__class__ is not str:
            if default_title_voice_id is MISSING:
                default_title_voice_id = missing_field(cls, "default_title_voice_id")
                _missing += ("default_title_voice_id",)
            else:
                default_title_voice_id = unexpected_type(
                    cls, "default_title_voice_id", default_title_voice_id, "a string"
                )

        default_paragraph_voice_id = d.pop("default_paragraph_voice_id", MISSING)
        if default_paragraph_voice_id.__class__ is not str:
            if default_paragraph_voice_id is MISSING:
                default_paragraph_voice_id = missing_field(cls, "default_paragraph_voice_id")
                _missing += ("default_paragraph_voice_id",)
            else:
                default_paragraph_voice_id = unexpected_type(
                    cls, "default_paragraph_voice_id", default_paragraph_voice_id, "a string"
                )

        title = d.pop("title", UNSET)
        if title.__class__ is not str and title is not None and title is not UNSET:
            title = unexpected_type(cls, "title", title, "a string or null")

        author = d.pop("author", UNSET)
        if author.__class__ is not str and author is not None and author is not UNSET:
            author = unexpected_type(cls, "author", author, "a string or null")

        isbn_number = d.pop("isbn_number", UNSET)
        if isbn_number.__class__ is not str and isbn_number is not None and isbn_number is not UNSET:
            isbn_number = unexpected_type(cls, "isbn_number", isbn_number, "a string or null")

        volume_normalization = d.pop("volume_normalization", UNSET)
        if volume_normalization.__class__ is not bool and volume_normalization is not UNSET:
            volume_normalization = unexpected_type(cls, "volume_normalization", volume_normalization, "a boolean")

        body_update_studio_project_v1_studio_projects_project_id_post = cls(
            name=name,
            default_title_voice_id=default_title_voice_id,
            default_paragraph_voice_id=default_paragraph_voice_id,
            title=title,
            author=author,
            isbn_number=isbn_number,
            volume_normalization=volume_normalization,
        )
        if _missing:
            body_update_studio_project_v1_studio_projects_project_id_post._missing_fields = _missing
        body_update_studio_project_v1_studio_projects_project_id_post.additional_properties = d
        return body_update_studio_project_v1_studio_projects_project_id_post

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
