from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import VoiceCategoryModel
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

T = TypeVar("T", bound="SimilarVoice")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SimilarVoice(Lazy):
    """Attributes:
    voice_id (str):
    name (str):
    category (str | VoiceCategoryModel):
    description (None | str | Unset):
    preview_url (None | str | Unset):
    """

    voice_id: str

    name: str

    category: str | VoiceCategoryModel

    description: None | str | Unset = UNSET

    preview_url: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "voice_id",
        "name",
        "category",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        voice_id = self.voice_id

        name = self.name

        category: Any
        try:
            if isinstance(self.category, str):
                category = self.category
            else:
                category = self.category

        except (AttributeError, TypeError):
            category = self.category

        description: Any
        try:
            description = self.description

        except (AttributeError, TypeError):
            description = self.description

        preview_url: Any
        try:
            preview_url = self.preview_url

        except (AttributeError, TypeError):
            preview_url = self.preview_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if voice_id is not None or "voice_id" not in self._missing_fields:
            field_dict["voice_id"] = voice_id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if category is not None or "category" not in self._missing_fields:
            field_dict["category"] = category
        if description is not UNSET:
            field_dict["description"] = description
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
        similar_voice = cls.__new__(cls)
        similar_voice.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return similar_voice

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


_read_voice_id = plain_reader("voice_id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_category = plain_reader("category", (str,), "a string", True)

_read_description = plain_reader(
    "description",
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
        "voice_id",
        "name",
        "category",
        "description",
        "preview_url",
    )
)


def _read_additional_properties(cls: type[SimilarVoice], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SimilarVoice], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    voice_id = d.get("voice_id", MISSING)
    if voice_id.__class__ is not str:
        voice_id = _read_voice_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    category = d.get("category", MISSING)
    if category.__class__ is not str:
        category = _read_category(cls, d)

    description = d.get("description", UNSET)
    if description.__class__ is not str and description is not None and description is not UNSET:
        description = _read_description(cls, d)

    preview_url = d.get("preview_url", UNSET)
    if preview_url.__class__ is not str and preview_url is not None and preview_url is not UNSET:
        preview_url = _read_preview_url(cls, d)

    return {
        "voice_id": voice_id,
        "name": name,
        "category": category,
        "description": description,
        "preview_url": preview_url,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SimilarVoice,
    _all_fields,
    {
        "voice_id": _read_voice_id,
        "name": _read_name,
        "category": _read_category,
        "description": _read_description,
        "preview_url": _read_preview_url,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
