from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import AudioFormatEnum, CommitStrategy, check_audio_format_enum, check_commit_strategy
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

T = TypeVar("T", bound="SessionStartedPayloadConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SessionStartedPayloadConfig(Lazy):
    """The configuration the session runs with.

    Attributes:
        sample_rate (int | Unset): The audio's sample rate in Hz.
        audio_format (AudioFormatEnum | Unset): The audio's encoding and sample rate.
        language_code (str | Unset): The language (ISO 639-1 or ISO 639-3).
        commit_strategy (CommitStrategy | Unset): Who commits a segment; the client (manual) or voice activity detection
            (vad).
        vad_silence_threshold_secs (float | Unset): Seconds of silence that end a segment.
        vad_threshold (float | Unset): The voice activity detection threshold.
        min_speech_duration_ms (int | Unset): The shortest speech that counts, in milliseconds.
        min_silence_duration_ms (int | Unset): The shortest silence that counts, in milliseconds.
        model_id (str | Unset): The transcription model.
        enable_logging (bool | Unset): Whether the session is logged (false is zero retention mode).
        include_timestamps (bool | Unset): Whether committed segments come with word timings too.
        include_language_detection (bool | Unset): Whether committed transcripts say the detected language.
        keyterms (list[str] | Unset): The words and phrases the model favours.
        no_verbatim (bool | Unset): Whether filler words and disfluencies are left out.
    """

    sample_rate: int | Unset = UNSET

    audio_format: AudioFormatEnum | Unset = UNSET

    language_code: str | Unset = UNSET

    commit_strategy: CommitStrategy | Unset = UNSET

    vad_silence_threshold_secs: float | Unset = UNSET

    vad_threshold: float | Unset = UNSET

    min_speech_duration_ms: int | Unset = UNSET

    min_silence_duration_ms: int | Unset = UNSET

    model_id: str | Unset = UNSET

    enable_logging: bool | Unset = UNSET

    include_timestamps: bool | Unset = UNSET

    include_language_detection: bool | Unset = UNSET

    keyterms: list[str] | Unset = UNSET

    no_verbatim: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        sample_rate = self.sample_rate

        audio_format: Any
        try:
            audio_format = UNSET
            if not isinstance(self.audio_format, Unset):
                audio_format = self.audio_format

        except (AttributeError, TypeError):
            audio_format = self.audio_format

        language_code = self.language_code

        commit_strategy: Any
        try:
            commit_strategy = UNSET
            if not isinstance(self.commit_strategy, Unset):
                commit_strategy = self.commit_strategy

        except (AttributeError, TypeError):
            commit_strategy = self.commit_strategy

        vad_silence_threshold_secs = self.vad_silence_threshold_secs

        vad_threshold = self.vad_threshold

        min_speech_duration_ms = self.min_speech_duration_ms

        min_silence_duration_ms = self.min_silence_duration_ms

        model_id = self.model_id

        enable_logging = self.enable_logging

        include_timestamps = self.include_timestamps

        include_language_detection = self.include_language_detection

        keyterms: Any
        try:
            keyterms = UNSET
            if not isinstance(self.keyterms, Unset):
                keyterms = self.keyterms

        except (AttributeError, TypeError):
            keyterms = self.keyterms

        no_verbatim = self.no_verbatim

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if audio_format is not UNSET:
            field_dict["audio_format"] = audio_format
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if commit_strategy is not UNSET:
            field_dict["commit_strategy"] = commit_strategy
        if vad_silence_threshold_secs is not UNSET:
            field_dict["vad_silence_threshold_secs"] = vad_silence_threshold_secs
        if vad_threshold is not UNSET:
            field_dict["vad_threshold"] = vad_threshold
        if min_speech_duration_ms is not UNSET:
            field_dict["min_speech_duration_ms"] = min_speech_duration_ms
        if min_silence_duration_ms is not UNSET:
            field_dict["min_silence_duration_ms"] = min_silence_duration_ms
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if enable_logging is not UNSET:
            field_dict["enable_logging"] = enable_logging
        if include_timestamps is not UNSET:
            field_dict["include_timestamps"] = include_timestamps
        if include_language_detection is not UNSET:
            field_dict["include_language_detection"] = include_language_detection
        if keyterms is not UNSET:
            field_dict["keyterms"] = keyterms
        if no_verbatim is not UNSET:
            field_dict["no_verbatim"] = no_verbatim
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        session_started_payload_config = cls.__new__(cls)
        session_started_payload_config.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return session_started_payload_config

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


_read_sample_rate = plain_reader("sample_rate", (int,), "an integer", False)


def _read_audio_format(cls: type[SessionStartedPayloadConfig], d: Mapping[str, Any]) -> Any:
    audio_format_raw = d.get("audio_format", UNSET)
    try:
        _audio_format = audio_format_raw
        audio_format: AudioFormatEnum | Unset
        if isinstance(_audio_format, Unset):
            audio_format = UNSET
        else:
            audio_format = check_audio_format_enum(_audio_format)
    except (KeyError, TypeError, ValueError, AttributeError):
        audio_format = deviating_field(cls, "audio_format", audio_format_raw)

    return audio_format


_read_language_code = plain_reader("language_code", (str,), "a string", False)


def _read_commit_strategy(cls: type[SessionStartedPayloadConfig], d: Mapping[str, Any]) -> Any:
    commit_strategy_raw = d.get("commit_strategy", UNSET)
    try:
        _commit_strategy = commit_strategy_raw
        commit_strategy: CommitStrategy | Unset
        if isinstance(_commit_strategy, Unset):
            commit_strategy = UNSET
        else:
            commit_strategy = check_commit_strategy(_commit_strategy)
    except (KeyError, TypeError, ValueError, AttributeError):
        commit_strategy = deviating_field(cls, "commit_strategy", commit_strategy_raw)

    return commit_strategy


_read_vad_silence_threshold_secs = plain_reader(
    "vad_silence_threshold_secs",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_vad_threshold = plain_reader(
    "vad_threshold",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_min_speech_duration_ms = plain_reader("min_speech_duration_ms", (int,), "an integer", False)

_read_min_silence_duration_ms = plain_reader("min_silence_duration_ms", (int,), "an integer", False)

_read_model_id = plain_reader("model_id", (str,), "a string", False)

_read_enable_logging = plain_reader("enable_logging", (bool,), "a boolean", False)

_read_include_timestamps = plain_reader("include_timestamps", (bool,), "a boolean", False)

_read_include_language_detection = plain_reader("include_language_detection", (bool,), "a boolean", False)

_read_keyterms = plain_reader("keyterms", (list,), "an array", False, ((str,), "a string"))

_read_no_verbatim = plain_reader("no_verbatim", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "sample_rate",
        "audio_format",
        "language_code",
        "commit_strategy",
        "vad_silence_threshold_secs",
        "vad_threshold",
        "min_speech_duration_ms",
        "min_silence_duration_ms",
        "model_id",
        "enable_logging",
        "include_timestamps",
        "include_language_detection",
        "keyterms",
        "no_verbatim",
    )
)


def _read_additional_properties(cls: type[SessionStartedPayloadConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[SessionStartedPayloadConfig], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    sample_rate = d.get("sample_rate", UNSET)
    if sample_rate.__class__ is not int and sample_rate is not UNSET:
        sample_rate = _read_sample_rate(cls, d)

    if "audio_format" in known:
        audio_format = known["audio_format"]
    else:
        audio_format = d.get("audio_format", UNSET)
        if audio_format is not UNSET:
            audio_format = _read_audio_format(cls, d)

    language_code = d.get("language_code", UNSET)
    if language_code.__class__ is not str and language_code is not UNSET:
        language_code = _read_language_code(cls, d)

    if "commit_strategy" in known:
        commit_strategy = known["commit_strategy"]
    else:
        commit_strategy = d.get("commit_strategy", UNSET)
        if commit_strategy is not UNSET:
            commit_strategy = _read_commit_strategy(cls, d)

    vad_silence_threshold_secs = d.get("vad_silence_threshold_secs", UNSET)
    if (
        vad_silence_threshold_secs.__class__ is not float
        and vad_silence_threshold_secs.__class__ is not int
        and vad_silence_threshold_secs is not UNSET
    ):
        vad_silence_threshold_secs = _read_vad_silence_threshold_secs(cls, d)

    vad_threshold = d.get("vad_threshold", UNSET)
    if vad_threshold.__class__ is not float and vad_threshold.__class__ is not int and vad_threshold is not UNSET:
        vad_threshold = _read_vad_threshold(cls, d)

    min_speech_duration_ms = d.get("min_speech_duration_ms", UNSET)
    if min_speech_duration_ms.__class__ is not int and min_speech_duration_ms is not UNSET:
        min_speech_duration_ms = _read_min_speech_duration_ms(cls, d)

    min_silence_duration_ms = d.get("min_silence_duration_ms", UNSET)
    if min_silence_duration_ms.__class__ is not int and min_silence_duration_ms is not UNSET:
        min_silence_duration_ms = _read_min_silence_duration_ms(cls, d)

    model_id = d.get("model_id", UNSET)
    if model_id.__class__ is not str and model_id is not UNSET:
        model_id = _read_model_id(cls, d)

    enable_logging = d.get("enable_logging", UNSET)
    if enable_logging.__class__ is not bool and enable_logging is not UNSET:
        enable_logging = _read_enable_logging(cls, d)

    include_timestamps = d.get("include_timestamps", UNSET)
    if include_timestamps.__class__ is not bool and include_timestamps is not UNSET:
        include_timestamps = _read_include_timestamps(cls, d)

    include_language_detection = d.get("include_language_detection", UNSET)
    if include_language_detection.__class__ is not bool and include_language_detection is not UNSET:
        include_language_detection = _read_include_language_detection(cls, d)

    keyterms = d.get("keyterms", UNSET)
    if keyterms.__class__ is not list and keyterms is not UNSET:
        keyterms = _read_keyterms(cls, d)
    elif keyterms.__class__ is list and keyterms:
        check_items(cls, "keyterms", keyterms, (str,), "a string")

    no_verbatim = d.get("no_verbatim", UNSET)
    if no_verbatim.__class__ is not bool and no_verbatim is not UNSET:
        no_verbatim = _read_no_verbatim(cls, d)

    return {
        "sample_rate": sample_rate,
        "audio_format": audio_format,
        "language_code": language_code,
        "commit_strategy": commit_strategy,
        "vad_silence_threshold_secs": vad_silence_threshold_secs,
        "vad_threshold": vad_threshold,
        "min_speech_duration_ms": min_speech_duration_ms,
        "min_silence_duration_ms": min_silence_duration_ms,
        "model_id": model_id,
        "enable_logging": enable_logging,
        "include_timestamps": include_timestamps,
        "include_language_detection": include_language_detection,
        "keyterms": keyterms,
        "no_verbatim": no_verbatim,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    SessionStartedPayloadConfig,
    _all_fields,
    {
        "sample_rate": _read_sample_rate,
        "audio_format": _read_audio_format,
        "language_code": _read_language_code,
        "commit_strategy": _read_commit_strategy,
        "vad_silence_threshold_secs": _read_vad_silence_threshold_secs,
        "vad_threshold": _read_vad_threshold,
        "min_speech_duration_ms": _read_min_speech_duration_ms,
        "min_silence_duration_ms": _read_min_silence_duration_ms,
        "model_id": _read_model_id,
        "enable_logging": _read_enable_logging,
        "include_timestamps": _read_include_timestamps,
        "include_language_detection": _read_include_language_detection,
        "keyterms": _read_keyterms,
        "no_verbatim": _read_no_verbatim,
        "additional_properties": _read_additional_properties,
    },
)
