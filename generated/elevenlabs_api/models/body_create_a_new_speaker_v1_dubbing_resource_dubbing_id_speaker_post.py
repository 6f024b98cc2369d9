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
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost(Lazy):
    """Attributes:
    speaker_name (None | str | Unset): Name to attribute to this speaker.
    voice_id (None | str | Unset): Either the identifier of a voice from the ElevenLabs voice library, or one of
        ['track-clone', 'clip-clone'].
    voice_stability (float | None | Unset): For models that support it, the voice similarity value to use. This will
        default to 0.65, with a valid range of [0.0, 1.0].
    voice_similarity (float | None | Unset): For models that support it, the voice similarity value to use. This
        will default to 1.0, with a valid range of [0.0, 1.0].
    voice_style (float | None | Unset): For models that support it, the voice style value to use. This will default
        to 1.0, with a valid range of [0.0, 1.0].
    """

    speaker_name: None | str | Unset = UNSET

    voice_id: None | str | Unset = UNSET

    voice_stability: float | None | Unset = UNSET

    voice_similarity: float | None | Unset = UNSET

    voice_style: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        speaker_name: Any
        try:
            speaker_name = self.speaker_name

        except (AttributeError, TypeError):
            speaker_name = self.speaker_name

        voice_id: Any
        try:
            voice_id = self.voice_id

        except (AttributeError, TypeError):
            voice_id = self.voice_id

        voice_stability: Any
        try:
            voice_stability = self.voice_stability

        except (AttributeError, TypeError):
            voice_stability = self.voice_stability

        voice_similarity: Any
        try:
            voice_similarity = self.voice_similarity

        except (AttributeError, TypeError):
            voice_similarity = self.voice_similarity

        voice_style: Any
        try:
            voice_style = self.voice_style

        except (AttributeError, TypeError):
            voice_style = self.voice_style

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if speaker_name is not UNSET:
            field_dict["speaker_name"] = speaker_name
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if voice_stability is not UNSET:
            field_dict["voice_stability"] = voice_stability
        if voice_similarity is not UNSET:
            field_dict["voice_similarity"] = voice_similarity
        if voice_style is not UNSET:
            field_dict["voice_style"] = voice_style
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_create_a_new_speaker_v1_dubbing_resource_dubbing_id_speaker_post = cls.__new__(cls)
        body_create_a_new_speaker_v1_dubbing_resource_dubbing_id_speaker_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_create_a_new_speaker_v1_dubbing_resource_dubbing_id_speaker_post

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


_read_speaker_name = plain_reader(
    "speaker_name",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_voice_id = plain_reader(
    "voice_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_voice_stability = plain_reader(
    "voice_stability",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_voice_similarity = plain_reader(
    "voice_similarity",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_voice_style = plain_reader(
    "voice_style",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "speaker_name",
        "voice_id",
        "voice_stability",
        "voice_similarity",
        "voice_style",
    )
)


def _read_additional_properties(
    cls: type[BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    speaker_name = d.get("speaker_name", UNSET)
    if speaker_name.__class__ is not str and speaker_name is not None and speaker_name is not UNSET:
        speaker_name = _read_speaker_name(cls, d)

    voice_id = d.get("voice_id", UNSET)
    if voice_id.__class__ is not str and voice_id is not None and voice_id is not UNSET:
        voice_id = _read_voice_id(cls, d)

    voice_stability = d.get("voice_stability", UNSET)
    if (
        voice_stability.__class__ is not float
        and voice_stability.__class__ is not int
        and voice_stability is not None
        and voice_stability is not UNSET
    ):
        voice_stability = _read_voice_stability(cls, d)

    voice_similarity = d.get("voice_similarity", UNSET)
    if (
        voice_similarity.__class__ is not float
        and voice_similarity.__class__ is not int
        and voice_similarity is not None
        and voice_similarity is not UNSET
    ):
        voice_similarity = _read_voice_similarity(cls, d)

    voice_style = d.get("voice_style", UNSET)
    if (
        voice_style.__class__ is not float
        and voice_style.__class__ is not int
        and voice_style is not None
        and voice_style is not UNSET
    ):
        voice_style = _read_voice_style(cls, d)

    return {
        "speaker_name": speaker_name,
        "voice_id": voice_id,
        "voice_stability": voice_stability,
        "voice_similarity": voice_similarity,
        "voice_style": voice_style,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost,
    _all_fields,
    {
        "speaker_name": _read_speaker_name,
        "voice_id": _read_voice_id,
        "voice_stability": _read_voice_stability,
        "voice_similarity": _read_voice_similarity,
        "voice_style": _read_voice_style,
        "additional_properties": _read_additional_properties,
    },
)
