from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    UpdateMusicFinetuneRequestModelVisibilityType0,
    check_update_music_finetune_request_model_visibility_type_0,
)
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="UpdateMusicFinetuneRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UpdateMusicFinetuneRequestModel(Lazy):
    """Attributes:
    name (None | str | Unset): Updated name for the finetune.
    tags (list[str] | None | Unset): Replacement set of tags.
    primary_genre (None | str | Unset): Updated primary musical genre.
    visibility (None | Unset | UpdateMusicFinetuneRequestModelVisibilityType0): Finetune visibility. Only 'private'
        and 'workspace' can be set.
    """

    name: None | str | Unset = UNSET

    tags: list[str] | None | Unset = UNSET

    primary_genre: None | str | Unset = UNSET

    visibility: None | Unset | UpdateMusicFinetuneRequestModelVisibilityType0 = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name: Any
        try:
            name = self.name

        except (AttributeError, TypeError):
            name = self.name

        tags: Any
        try:
            if isinstance(self.tags, Unset):
                tags = UNSET
            elif isinstance(self.tags, list):
                tags = self.tags

            else:
                tags = self.tags

        except (AttributeError, TypeError):
            tags = self.tags

        primary_genre: Any
        try:
            primary_genre = self.primary_genre

        except (AttributeError, TypeError):
            primary_genre = self.primary_genre

        visibility: Any
        try:
            if isinstance(self.visibility, Unset):
                visibility = UNSET
            elif isinstance(self.visibility, str):
                visibility = self.visibility
            else:
                visibility = self.visibility

        except (AttributeError, TypeError):
            visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if primary_genre is not UNSET:
            field_dict["primary_genre"] = primary_genre
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        update_music_finetune_request_model = cls.__new__(cls)
        update_music_finetune_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return update_music_finetune_request_model

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

_read_tags = plain_reader(
    "tags",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)

_read_primary_genre = plain_reader(
    "primary_genre",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_visibility(cls: type[UpdateMusicFinetuneRequestModel], d: Mapping[str, Any]) -> Any:
    visibility_raw = d.get("visibility", UNSET)
    try:

        def _parse_visibility(data: object) -> None | Unset | UpdateMusicFinetuneRequestModelVisibilityType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            visibility_type_0 = check_update_music_finetune_request_model_visibility_type_0(data)

            return visibility_type_0

        visibility = _parse_visibility(visibility_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        visibility = deviating_field(cls, "visibility", visibility_raw)

    return visibility


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "tags",
        "primary_genre",
        "visibility",
    )
)


def _read_additional_properties(cls: type[UpdateMusicFinetuneRequestModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[UpdateMusicFinetuneRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", UNSET)
    if name.__class__ is not str and name is not None and name is not UNSET:
        name = _read_name(cls, d)

    tags = d.get("tags", UNSET)
    if tags.__class__ is not list and tags is not None and tags is not UNSET:
        tags = _read_tags(cls, d)
    elif tags.__class__ is list and tags:
        check_items(cls, "tags", tags, (str,), "a string")

    primary_genre = d.get("primary_genre", UNSET)
    if primary_genre.__class__ is not str and primary_genre is not None and primary_genre is not UNSET:
        primary_genre = _read_primary_genre(cls, d)

    if "visibility" in known:
        visibility = known["visibility"]
    else:
        visibility = d.get("visibility", UNSET)
        if visibility is not UNSET and visibility is not None:
            visibility = _read_visibility(cls, d)

    return {
        "name": name,
        "tags": tags,
        "primary_genre": primary_genre,
        "visibility": visibility,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    UpdateMusicFinetuneRequestModel,
    _all_fields,
    {
        "name": _read_name,
        "tags": _read_tags,
        "primary_genre": _read_primary_genre,
        "visibility": _read_visibility,
        "additional_properties": _read_additional_properties,
    },
)
