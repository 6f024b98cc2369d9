from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import RenderType, check_render_type
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyRenderAudioOrVideoForTheGivenLanguageV1DubbingResourceDubbingIdRenderLanguagePost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyRenderAudioOrVideoForTheGivenLanguageV1DubbingResourceDubbingIdRenderLanguagePost(Lazy):
    """Attributes:
    render_type (RenderType):
    normalize_volume (bool | None | Unset): Whether to normalize the volume of the rendered audio. Defaults to False
        on the server.
    """

    render_type: RenderType

    normalize_volume: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("render_type",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_render_audio_or_video_for_the_given_language_v1_dubbing_resource_dubbing_id_render_language_post = (
            cls.__new__(cls)
        )
        body_render_audio_or_video_for_the_given_language_v1_dubbing_resource_dubbing_id_render_language_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_render_type(
    cls: type[BodyRenderAudioOrVideoForTheGivenLanguageV1DubbingResourceDubbingIdRenderLanguagePost],
    d: Mapping[str, Any],
) -> Any:
    render_type_raw = d.get("render_type", MISSING)
    if render_type_raw is MISSING:
        render_type = missing_field(cls, "render_type")
    else:
        try:
            render_type = check_render_type(render_type_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            render_type = deviating_field(cls, "render_type", render_type_raw)

    return render_type


_read_normalize_volume = plain_reader(
    "normalize_volume",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "render_type",
        "normalize_volume",
    )
)


def _read_additional_properties(
    cls: type[BodyRenderAudioOrVideoForTheGivenLanguageV1DubbingResourceDubbingIdRenderLanguagePost],
    d: Mapping[str, Any],
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyRenderAudioOrVideoForTheGivenLanguageV1DubbingResourceDubbingIdRenderLanguagePost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "render_type" in known:
        render_type = known["render_type"]
    else:
        render_type = _read_render_type(cls, d)

    normalize_volume = d.get("normalize_volume", UNSET)
    if normalize_volume.__class__ is not bool and normalize_volume is not None and normalize_volume is not UNSET:
        normalize_volume = _read_normalize_volume(cls, d)

    return {
        "render_type": render_type,
        "normalize_volume": normalize_volume,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyRenderAudioOrVideoForTheGivenLanguageV1DubbingResourceDubbingIdRenderLanguagePost,
    _all_fields,
    {
        "render_type": _read_render_type,
        "normalize_volume": _read_normalize_volume,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
