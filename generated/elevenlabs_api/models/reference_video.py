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

T = TypeVar("T", bound="ReferenceVideo")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ReferenceVideo(Lazy):
    """Attributes:
    generation_id (None | str | Unset):
    content_asset_id (None | str | Unset):
    template_node_id (None | str | Unset):
    studio_clip (None | StudioClipReference | Unset):
    """

    generation_id: None | str | Unset = UNSET

    content_asset_id: None | str | Unset = UNSET

    template_node_id: None | str | Unset = UNSET

    studio_clip: None | StudioClipReference | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        generation_id: Any
        try:
            generation_id = self.generation_id

        except (AttributeError, TypeError):
            generation_id = self.generation_id

        content_asset_id: Any
        try:
            content_asset_id = self.content_asset_id

        except (AttributeError, TypeError):
            content_asset_id = self.content_asset_id

        template_node_id: Any
        try:
            template_node_id = self.template_node_id

        except (AttributeError, TypeError):
            template_node_id = self.template_node_id

        studio_clip: Any
        try:
            if isinstance(self.studio_clip, Unset):
                studio_clip = UNSET
            elif isinstance(self.studio_clip, StudioClipReference):
                studio_clip = self.studio_clip.to_dict()
            else:
                studio_clip = self.studio_clip

        except (AttributeError, TypeError):
            studio_clip = self.studio_clip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if generation_id is not UNSET:
            field_dict["generation_id"] = generation_id
        if content_asset_id is not UNSET:
            field_dict["content_asset_id"] = content_asset_id
        if template_node_id is not UNSET:
            field_dict["template_node_id"] = template_node_id
        if studio_clip is not UNSET:
            field_dict["studio_clip"] = studio_clip
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        reference_video = cls.__new__(cls)
        reference_video.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return reference_video

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


_read_generation_id = plain_reader(
    "generation_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_content_asset_id = plain_reader(
    "content_asset_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_template_node_id = plain_reader(
    "template_node_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_studio_clip(cls: type[ReferenceVideo], d: Mapping[str, Any]) -> Any:
    studio_clip_raw = d.get("studio_clip", UNSET)
    try:

        def _parse_studio_clip(data: object) -> None | StudioClipReference | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            studio_clip_type_0 = StudioClipReference.from_dict(data)

            return studio_clip_type_0

        studio_clip = _parse_studio_clip(studio_clip_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        studio_clip = deviating_field(cls, "studio_clip", studio_clip_raw)

    return studio_clip


_FIELDS: frozenset[str] = frozenset(
    (
        "generation_id",
        "content_asset_id",
        "template_node_id",
        "studio_clip",
    )
)


def _read_additional_properties(cls: type[ReferenceVideo], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ReferenceVideo], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    generation_id = d.get("generation_id", UNSET)
    if generation_id.__class__ is not str and generation_id is not None and generation_id is not UNSET:
        generation_id = _read_generation_id(cls, d)

    content_asset_id = d.get("content_asset_id", UNSET)
    if content_asset_id.__class__ is not str and content_asset_id is not None and content_asset_id is not UNSET:
        content_asset_id = _read_content_asset_id(cls, d)

    template_node_id = d.get("template_node_id", UNSET)
    if template_node_id.__class__ is not str and template_node_id is not None and template_node_id is not UNSET:
        template_node_id = _read_template_node_id(cls, d)

    if "studio_clip" in known:
        studio_clip = known["studio_clip"]
    else:
        studio_clip = d.get("studio_clip", UNSET)
        if studio_clip is not UNSET and studio_clip is not None:
            studio_clip = _read_studio_clip(cls, d)

    return {
        "generation_id": generation_id,
        "content_asset_id": content_asset_id,
        "template_node_id": template_node_id,
        "studio_clip": studio_clip,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ReferenceVideo,
    _all_fields,
    {
        "generation_id": _read_generation_id,
        "content_asset_id": _read_content_asset_id,
        "template_node_id": _read_template_node_id,
        "studio_clip": _read_studio_clip,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.studio_clip_reference import StudioClipReference
