from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.render_type import RenderType, check_render_type
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyRenderAudioOrVideoForTheGivenLanguageV1DubbingResourceDubbingIdRenderLanguagePost")


@_attrs_define
class BodyRenderAudioOrVideoForTheGivenLanguageV1DubbingResourceDubbingIdRenderLanguagePost:
    """Attributes:
    render_type (RenderType):
    normalize_volume (bool | None | Unset): Whether to normalize the volume of the rendered audio. Default: False.
    """

    render_type: RenderType

    normalize_volume: bool | None | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        render_type: Any
        try:
            render_type = self.render_type
        except (AttributeError, TypeError):
            render_type = self.render_type

        normalize_volume: Any
        try:
            normalize_volume = self.normalize_volume

        except (AttributeError, TypeError):
            normalize_volume = self.normalize_volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if render_type is not None or "render_type" not in self._missing_fields:
            field_dict["render_type"] = render_type
        if normalize_volume is not UNSET:
            field_dict["normalize_volume"] = normalize_volume
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        render_type_raw = d.pop("render_type", MISSING)
        if render_type_raw is MISSING:
            render_type = missing_field(cls, "render_type")
            _missing += ("render_type",)
        else:
            try:
                render_type = check_render_type(render_type_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                render_type = deviating_field(cls, "render_type", render_type_raw)

        normalize_volume = d.pop("normalize_volume", UNSET)
        if normalize_volume.__class__ is not bool and normalize_volume is not None and normalize_volume is not UNSET:
            normalize_volume = unexpected_type(cls, "normalize_volume", normalize_volume, "a boolean or null")

        body_render_audio_or_video_for_the_given_language_v1_dubbing_resource_dubbing_id_render_language_post = cls(
            render_type=render_type,
            normalize_volume=normalize_volume,
        )
        if _missing:
            body_render_audio_or_video_for_the_given_language_v1_dubbing_resource_dubbing_id_render_language_post._missing_fields = _missing
        body_render_audio_or_video_for_the_given_language_v1_dubbing_resource_dubbing_id_render_language_post.additional_properties = d
        return body_render_audio_or_video_for_the_given_language_v1_dubbing_resource_dubbing_id_render_language_post

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
