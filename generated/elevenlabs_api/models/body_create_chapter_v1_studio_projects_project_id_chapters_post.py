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

T = TypeVar("T", bound="BodyCreateChapterV1StudioProjectsProjectIdChaptersPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyCreateChapterV1StudioProjectsProjectIdChaptersPost(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("name",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_create_chapter_v1_studio_projects_project_id_chapters_post = cls.__new__(cls)
        body_create_chapter_v1_studio_projects_project_id_chapters_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_name = plain_reader("name", (str,), "a string", True)

_read_from_url = plain_reader(
    "from_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "from_url",
    )
)


def _read_additional_properties(
    cls: type[BodyCreateChapterV1StudioProjectsProjectIdChaptersPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyCreateChapterV1StudioProjectsProjectIdChaptersPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    from_url = d.get("from_url", UNSET)
    if from_url.__class__ is not str and from_url is not None and from_url is not UNSET:
        from_url = _read_from_url(cls, d)

    return {
        "name": name,
        "from_url": from_url,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyCreateChapterV1StudioProjectsProjectIdChaptersPost,
    _all_fields,
    {
        "name": _read_name,
        "from_url": _read_from_url,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
