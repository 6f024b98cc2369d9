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

T = TypeVar("T", bound="PreviewAudioDbModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PreviewAudioDbModel(Lazy):
    """Attributes:
    audio_url (str):
    voice_id (None | str | Unset):
    text (None | str | Unset):
    hls_manifest_url (None | str | Unset):
    dash_manifest_url (None | str | Unset):
    is_auto_generated (bool | None | Unset): Defaults to False on the server.
    generated_at_unix (int | None | Unset):
    """

    audio_url: str

    voice_id: None | str | Unset = UNSET

    text: None | str | Unset = UNSET

    hls_manifest_url: None | str | Unset = UNSET

    dash_manifest_url: None | str | Unset = UNSET

    is_auto_generated: bool | None | Unset = UNSET

    generated_at_unix: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("audio_url",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        audio_url = self.audio_url

        voice_id: Any
        try:
            voice_id = self.voice_id

        except (AttributeError, TypeError):
            voice_id = self.voice_id

        text: Any
        try:
            text = self.text

        except (AttributeError, TypeError):
            text = self.text

        hls_manifest_url: Any
        try:
            hls_manifest_url = self.hls_manifest_url

        except (AttributeError, TypeError):
            hls_manifest_url = self.hls_manifest_url

        dash_manifest_url: Any
        try:
            dash_manifest_url = self.dash_manifest_url

        except (AttributeError, TypeError):
            dash_manifest_url = self.dash_manifest_url

        is_auto_generated: Any
        try:
            is_auto_generated = self.is_auto_generated

        except (AttributeError, TypeError):
            is_auto_generated = self.is_auto_generated

        generated_at_unix: Any
        try:
            generated_at_unix = self.generated_at_unix

        except (AttributeError, TypeError):
            generated_at_unix = self.generated_at_unix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if audio_url is not None or "audio_url" not in self._missing_fields:
            field_dict["audio_url"] = audio_url
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if text is not UNSET:
            field_dict["text"] = text
        if hls_manifest_url is not UNSET:
            field_dict["hls_manifest_url"] = hls_manifest_url
        if dash_manifest_url is not UNSET:
            field_dict["dash_manifest_url"] = dash_manifest_url
        if is_auto_generated is not UNSET:
            field_dict["is_auto_generated"] = is_auto_generated
        if generated_at_unix is not UNSET:
            field_dict["generated_at_unix"] = generated_at_unix
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        preview_audio_db_model = cls.__new__(cls)
        preview_audio_db_model.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return preview_audio_db_model

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


_read_audio_url = plain_reader("audio_url", (str,), "a string", True)

_read_voice_id = plain_reader(
    "voice_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_text = plain_reader(
    "text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_hls_manifest_url = plain_reader(
    "hls_manifest_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_dash_manifest_url = plain_reader(
    "dash_manifest_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_is_auto_generated = plain_reader(
    "is_auto_generated",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_generated_at_unix = plain_reader(
    "generated_at_unix",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "audio_url",
        "voice_id",
        "text",
        "hls_manifest_url",
        "dash_manifest_url",
        "is_auto_generated",
        "generated_at_unix",
    )
)


def _read_additional_properties(cls: type[PreviewAudioDbModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[PreviewAudioDbModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    audio_url = d.get("audio_url", MISSING)
    if audio_url.__class__ is not str:
        audio_url = _read_audio_url(cls, d)

    voice_id = d.get("voice_id", UNSET)
    if voice_id.__class__ is not str and voice_id is not None and voice_id is not UNSET:
        voice_id = _read_voice_id(cls, d)

    text = d.get("text", UNSET)
    if text.__class__ is not str and text is not None and text is not UNSET:
        text = _read_text(cls, d)

    hls_manifest_url = d.get("hls_manifest_url", UNSET)
    if hls_manifest_url.__class__ is not str and hls_manifest_url is not None and hls_manifest_url is not UNSET:
        hls_manifest_url = _read_hls_manifest_url(cls, d)

    dash_manifest_url = d.get("dash_manifest_url", UNSET)
    if dash_manifest_url.__class__ is not str and dash_manifest_url is not None and dash_manifest_url is not UNSET:
        dash_manifest_url = _read_dash_manifest_url(cls, d)

    is_auto_generated = d.get("is_auto_generated", UNSET)
    if is_auto_generated.__class__ is not bool and is_auto_generated is not None and is_auto_generated is not UNSET:
        is_auto_generated = _read_is_auto_generated(cls, d)

    generated_at_unix = d.get("generated_at_unix", UNSET)
    if generated_at_unix.__class__ is not int and generated_at_unix is not None and generated_at_unix is not UNSET:
        generated_at_unix = _read_generated_at_unix(cls, d)

    return {
        "audio_url": audio_url,
        "voice_id": voice_id,
        "text": text,
        "hls_manifest_url": hls_manifest_url,
        "dash_manifest_url": dash_manifest_url,
        "is_auto_generated": is_auto_generated,
        "generated_at_unix": generated_at_unix,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    PreviewAudioDbModel,
    _all_fields,
    {
        "audio_url": _read_audio_url,
        "voice_id": _read_voice_id,
        "text": _read_text,
        "hls_manifest_url": _read_hls_manifest_url,
        "dash_manifest_url": _read_dash_manifest_url,
        "is_auto_generated": _read_is_auto_generated,
        "generated_at_unix": _read_generated_at_unix,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
