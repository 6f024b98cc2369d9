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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyUpdateStudioProjectV1StudioProjectsProjectIdPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyUpdateStudioProjectV1StudioProjectsProjectIdPost(Lazy):
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
        postprocessing in order to make it compliant with audiobook normalized volume requirements Defaults to False on
        the server.
    """

    name: str

    default_title_voice_id: str

    default_paragraph_voice_id: str

    title: None | str | Unset = UNSET

    author: None | str | Unset = UNSET

    isbn_number: None | str | Unset = UNSET

    volume_normalization: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "default_title_voice_id",
        "default_paragraph_voice_id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_update_studio_project_v1_studio_projects_project_id_post = cls.__new__(cls)
        body_update_studio_project_v1_studio_projects_project_id_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_name = plain_reader("name", (str,), "a string", True)

_read_default_title_voice_id = plain_reader("default_title_voice_id", (str,), "a string", True)

_read_default_paragraph_voice_id = plain_reader("default_paragraph_voice_id", (str,), "a string", True)

_read_title = plain_reader(
    "title",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_author = plain_reader(
    "author",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_isbn_number = plain_reader(
    "isbn_number",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_volume_normalization = plain_reader("volume_normalization", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "default_title_voice_id",
        "default_paragraph_voice_id",
        "title",
        "author",
        "isbn_number",
        "volume_normalization",
    )
)


def _read_additional_properties(
    cls: type[BodyUpdateStudioProjectV1StudioProjectsProjectIdPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyUpdateStudioProjectV1StudioProjectsProjectIdPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    default_title_voice_id = d.get("default_title_voice_id", MISSING)
    if default_title_voice_id.__class__ is not str:
        default_title_voice_id = _read_default_title_voice_id(cls, d)

    default_paragraph_voice_id = d.get("default_paragraph_voice_id", MISSING)
    if default_paragraph_voice_id.__class__ is not str:
        default_paragraph_voice_id = _read_default_paragraph_voice_id(cls, d)

    title = d.get("title", UNSET)
    if title.__class__ is not str and title is not None and title is not UNSET:
        title = _read_title(cls, d)

    author = d.get("author", UNSET)
    if author.__class__ is not str and author is not None and author is not UNSET:
        author = _read_author(cls, d)

    isbn_number = d.get("isbn_number", UNSET)
    if isbn_number.__class__ is not str and isbn_number is not None and isbn_number is not UNSET:
        isbn_number = _read_isbn_number(cls, d)

    volume_normalization = d.get("volume_normalization", UNSET)
    if volume_normalization.__class__ is not bool and volume_normalization is not UNSET:
        volume_normalization = _read_volume_normalization(cls, d)

    return {
        "name": name,
        "default_title_voice_id": default_title_voice_id,
        "default_paragraph_voice_id": default_paragraph_voice_id,
        "title": title,
        "author": author,
        "isbn_number": isbn_number,
        "volume_normalization": volume_normalization,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyUpdateStudioProjectV1StudioProjectsProjectIdPost,
    _all_fields,
    {
        "name": _read_name,
        "default_title_voice_id": _read_default_title_voice_id,
        "default_paragraph_voice_id": _read_default_paragraph_voice_id,
        "title": _read_title,
        "author": _read_author,
        "isbn_number": _read_isbn_number,
        "volume_normalization": _read_volume_normalization,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
