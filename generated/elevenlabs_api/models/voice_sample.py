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
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="VoiceSample")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VoiceSample(Lazy):
    """Example:
        {'file_name': 'sample.mp3', 'hash': '1234567890', 'mime_type': 'audio/mpeg', 'sample_id':
        'DCwhRBWXzGAHq8TQ4Fs18', 'size_bytes': 1000000}

    Attributes:
        sample_id (str): The ID of the sample.
        file_name (str): The name of the sample file.
        mime_type (str): The MIME type of the sample file.
        size_bytes (int): The size of the sample file in bytes.
        hash_ (str): The hash of the sample file.
        duration_secs (float | None | Unset):
        remove_background_noise (bool | None | Unset):
        has_isolated_audio (bool | None | Unset):
        has_isolated_audio_preview (bool | None | Unset):
        speaker_separation (None | SpeakerSeparationResponseModel | Unset):
        trim_start (int | None | Unset):
        trim_end (int | None | Unset):
    """

    sample_id: str

    file_name: str

    mime_type: str

    size_bytes: int

    hash_: str

    duration_secs: float | None | Unset = UNSET

    remove_background_noise: bool | None | Unset = UNSET

    has_isolated_audio: bool | None | Unset = UNSET

    has_isolated_audio_preview: bool | None | Unset = UNSET

    speaker_separation: None | SpeakerSeparationResponseModel | Unset = UNSET

    trim_start: int | None | Unset = UNSET

    trim_end: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "sample_id",
        "file_name",
        "mime_type",
        "size_bytes",
        "hash",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        sample_id = self.sample_id

        file_name = self.file_name

        mime_type = self.mime_type

        size_bytes = self.size_bytes

        hash_ = self.hash_

        duration_secs: Any
        try:
            duration_secs = self.duration_secs

        except (AttributeError, TypeError):
            duration_secs = self.duration_secs

        remove_background_noise: Any
        try:
            remove_background_noise = self.remove_background_noise

        except (AttributeError, TypeError):
            remove_background_noise = self.remove_background_noise

        has_isolated_audio: Any
        try:
            has_isolated_audio = self.has_isolated_audio

        except (AttributeError, TypeError):
            has_isolated_audio = self.has_isolated_audio

        has_isolated_audio_preview: Any
        try:
            has_isolated_audio_preview = self.has_isolated_audio_preview

        except (AttributeError, TypeError):
            has_isolated_audio_preview = self.has_isolated_audio_preview

        speaker_separation: Any
        try:
            if isinstance(self.speaker_separation, Unset):
                speaker_separation = UNSET
            elif isinstance(self.speaker_separation, SpeakerSeparationResponseModel):
                speaker_separation = self.speaker_separation.to_dict()
            else:
                speaker_separation = self.speaker_separation

        except (AttributeError, TypeError):
            speaker_separation = self.speaker_separation

        trim_start: Any
        try:
            trim_start = self.trim_start

        except (AttributeError, TypeError):
            trim_start = self.trim_start

        trim_end: Any
        try:
            trim_end = self.trim_end

        except (AttributeError, TypeError):
            trim_end = self.trim_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if sample_id is not None or "sample_id" not in self._missing_fields:
            field_dict["sample_id"] = sample_id
        if file_name is not None or "file_name" not in self._missing_fields:
            field_dict["file_name"] = file_name
        if mime_type is not None or "mime_type" not in self._missing_fields:
            field_dict["mime_type"] = mime_type
        if size_bytes is not None or "size_bytes" not in self._missing_fields:
            field_dict["size_bytes"] = size_bytes
        if hash_ is not None or "hash" not in self._missing_fields:
            field_dict["hash"] = hash_
        if duration_secs is not UNSET:
            field_dict["duration_secs"] = duration_secs
        if remove_background_noise is not UNSET:
            field_dict["remove_background_noise"] = remove_background_noise
        if has_isolated_audio is not UNSET:
            field_dict["has_isolated_audio"] = has_isolated_audio
        if has_isolated_audio_preview is not UNSET:
            field_dict["has_isolated_audio_preview"] = has_isolated_audio_preview
        if speaker_separation is not UNSET:
            field_dict["speaker_separation"] = speaker_separation
        if trim_start is not UNSET:
            field_dict["trim_start"] = trim_start
        if trim_end is not UNSET:
            field_dict["trim_end"] = trim_end
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        voice_sample = cls.__new__(cls)
        voice_sample.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return voice_sample

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


_read_sample_id = plain_reader("sample_id", (str,), "a string", True)

_read_file_name = plain_reader("file_name", (str,), "a string", True)

_read_mime_type = plain_reader("mime_type", (str,), "a string", True)

_read_size_bytes = plain_reader("size_bytes", (int,), "an integer", True)

_read_hash_ = plain_reader("hash", (str,), "a string", True)

_read_duration_secs = plain_reader(
    "duration_secs",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_remove_background_noise = plain_reader(
    "remove_background_noise",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_has_isolated_audio = plain_reader(
    "has_isolated_audio",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_has_isolated_audio_preview = plain_reader(
    "has_isolated_audio_preview",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


def _read_speaker_separation(cls: type[VoiceSample], d: Mapping[str, Any]) -> Any:
    speaker_separation_raw = d.get("speaker_separation", UNSET)
    try:

        def _parse_speaker_separation(data: object) -> None | SpeakerSeparationResponseModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            speaker_separation_type_0 = SpeakerSeparationResponseModel.from_dict(data)

            return speaker_separation_type_0

        speaker_separation = _parse_speaker_separation(speaker_separation_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        speaker_separation = deviating_field(cls, "speaker_separation", speaker_separation_raw)

    return speaker_separation


_read_trim_start = plain_reader(
    "trim_start",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_trim_end = plain_reader(
    "trim_end",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "sample_id",
        "file_name",
        "mime_type",
        "size_bytes",
        "hash",
        "duration_secs",
        "remove_background_noise",
        "has_isolated_audio",
        "has_isolated_audio_preview",
        "speaker_separation",
        "trim_start",
        "trim_end",
    )
)


def _read_additional_properties(cls: type[VoiceSample], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[VoiceSample], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    sample_id = d.get("sample_id", MISSING)
    if sample_id.__class__ is not str:
        sample_id = _read_sample_id(cls, d)

    file_name = d.get("file_name", MISSING)
    if file_name.__class__ is not str:
        file_name = _read_file_name(cls, d)

    mime_type = d.get("mime_type", MISSING)
    if mime_type.__class__ is not str:
        mime_type = _read_mime_type(cls, d)

    size_bytes = d.get("size_bytes", MISSING)
    if size_bytes.__class__ is not int:
        size_bytes = _read_size_bytes(cls, d)

    hash_ = d.get("hash", MISSING)
    if hash_.__class__ is not str:
        hash_ = _read_hash_(cls, d)

    duration_secs = d.get("duration_secs", UNSET)
    if (
        duration_secs.__class__ is not float
        and duration_secs.__class__ is not int
        and duration_secs is not None
        and duration_secs is not UNSET
    ):
        duration_secs = _read_duration_secs(cls, d)

    remove_background_noise = d.get("remove_background_noise", UNSET)
    if (
        remove_background_noise.__class__ is not bool
        and remove_background_noise is not None
        and remove_background_noise is not UNSET
    ):
        remove_background_noise = _read_remove_background_noise(cls, d)

    has_isolated_audio = d.get("has_isolated_audio", UNSET)
    if has_isolated_audio.__class__ is not bool and has_isolated_audio is not None and has_isolated_audio is not UNSET:
        has_isolated_audio = _read_has_isolated_audio(cls, d)

    has_isolated_audio_preview = d.get("has_isolated_audio_preview", UNSET)
    if (
        has_isolated_audio_preview.__class__ is not bool
        and has_isolated_audio_preview is not None
        and has_isolated_audio_preview is not UNSET
    ):
        has_isolated_audio_preview = _read_has_isolated_audio_preview(cls, d)

    if "speaker_separation" in known:
        speaker_separation = known["speaker_separation"]
    else:
        speaker_separation = d.get("speaker_separation", UNSET)
        if speaker_separation is not UNSET and speaker_separation is not None:
            speaker_separation = _read_speaker_separation(cls, d)

    trim_start = d.get("trim_start", UNSET)
    if trim_start.__class__ is not int and trim_start is not None and trim_start is not UNSET:
        trim_start = _read_trim_start(cls, d)

    trim_end = d.get("trim_end", UNSET)
    if trim_end.__class__ is not int and trim_end is not None and trim_end is not UNSET:
        trim_end = _read_trim_end(cls, d)

    return {
        "sample_id": sample_id,
        "file_name": file_name,
        "mime_type": mime_type,
        "size_bytes": size_bytes,
        "hash_": hash_,
        "duration_secs": duration_secs,
        "remove_background_noise": remove_background_noise,
        "has_isolated_audio": has_isolated_audio,
        "has_isolated_audio_preview": has_isolated_audio_preview,
        "speaker_separation": speaker_separation,
        "trim_start": trim_start,
        "trim_end": trim_end,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    VoiceSample,
    _all_fields,
    {
        "sample_id": _read_sample_id,
        "file_name": _read_file_name,
        "mime_type": _read_mime_type,
        "size_bytes": _read_size_bytes,
        "hash_": _read_hash_,
        "duration_secs": _read_duration_secs,
        "remove_background_noise": _read_remove_background_noise,
        "has_isolated_audio": _read_has_isolated_audio,
        "has_isolated_audio_preview": _read_has_isolated_audio_preview,
        "speaker_separation": _read_speaker_separation,
        "trim_start": _read_trim_start,
        "trim_end": _read_trim_end,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.speaker_separation_response_model import SpeakerSeparationResponseModel
