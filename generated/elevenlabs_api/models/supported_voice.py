from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    TtsModelFamily,
    TtsOptimizeStreamingLatency,
    check_tts_optimize_streaming_latency,
)
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

T = TypeVar("T", bound="SupportedVoice")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SupportedVoice(Lazy):
    """Attributes:
    label (str):
    voice_id (str):
    description (None | str | Unset):
    language (None | str | Unset):
    model_family (None | str | TtsModelFamily | Unset):
    optimize_streaming_latency (int | None | TtsOptimizeStreamingLatency | Unset):
    stability (float | None | Unset):
    speed (float | None | Unset):
    similarity_boost (float | None | Unset):
    """

    label: str

    voice_id: str

    description: None | str | Unset = UNSET

    language: None | str | Unset = UNSET

    model_family: None | str | TtsModelFamily | Unset = UNSET

    optimize_streaming_latency: int | None | TtsOptimizeStreamingLatency | Unset = UNSET

    stability: float | None | Unset = UNSET

    speed: float | None | Unset = UNSET

    similarity_boost: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "label",
        "voice_id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        label = self.label

        voice_id = self.voice_id

        description: Any
        try:
            description = self.description

        except (AttributeError, TypeError):
            description = self.description

        language: Any
        try:
            language = self.language

        except (AttributeError, TypeError):
            language = self.language

        model_family: Any
        try:
            if isinstance(self.model_family, Unset):
                model_family = UNSET
            elif isinstance(self.model_family, str):
                model_family = self.model_family
            else:
                model_family = self.model_family

        except (AttributeError, TypeError):
            model_family = self.model_family

        optimize_streaming_latency: Any
        try:
            if isinstance(self.optimize_streaming_latency, Unset):
                optimize_streaming_latency = UNSET
            elif isinstance(self.optimize_streaming_latency, int):
                optimize_streaming_latency = self.optimize_streaming_latency
            else:
                optimize_streaming_latency = self.optimize_streaming_latency

        except (AttributeError, TypeError):
            optimize_streaming_latency = self.optimize_streaming_latency

        stability: Any
        try:
            stability = self.stability

        except (AttributeError, TypeError):
            stability = self.stability

        speed: Any
        try:
            speed = self.speed

        except (AttributeError, TypeError):
            speed = self.speed

        similarity_boost: Any
        try:
            similarity_boost = self.similarity_boost

        except (AttributeError, TypeError):
            similarity_boost = self.similarity_boost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if label is not None or "label" not in self._missing_fields:
            field_dict["label"] = label
        if voice_id is not None or "voice_id" not in self._missing_fields:
            field_dict["voice_id"] = voice_id
        if description is not UNSET:
            field_dict["description"] = description
        if language is not UNSET:
            field_dict["language"] = language
        if model_family is not UNSET:
            field_dict["model_family"] = model_family
        if optimize_streaming_latency is not UNSET:
            field_dict["optimize_streaming_latency"] = optimize_streaming_latency
        if stability is not UNSET:
            field_dict["stability"] = stability
        if speed is not UNSET:
            field_dict["speed"] = speed
        if similarity_boost is not UNSET:
            field_dict["similarity_boost"] = similarity_boost
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        supported_voice = cls.__new__(cls)
        supported_voice.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return supported_voice

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


_read_label = plain_reader("label", (str,), "a string", True)

_read_voice_id = plain_reader("voice_id", (str,), "a string", True)

_read_description = plain_reader(
    "description",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_language = plain_reader(
    "language",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_model_family = plain_reader(
    "model_family",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)


def _read_optimize_streaming_latency(cls: type[SupportedVoice], d: Mapping[str, Any]) -> Any:
    optimize_streaming_latency_raw = d.get("optimize_streaming_latency", UNSET)
    try:

        def _parse_optimize_streaming_latency(data: object) -> int | None | TtsOptimizeStreamingLatency | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            try:
                if not isinstance(data, int):
                    raise TypeError(f"got {type(data).__name__}")
                optimize_streaming_latency_type_0 = check_tts_optimize_streaming_latency(data)

                return optimize_streaming_latency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("int | None | TtsOptimizeStreamingLatency | Unset", data)

        optimize_streaming_latency = _parse_optimize_streaming_latency(optimize_streaming_latency_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        optimize_streaming_latency = deviating_field(cls, "optimize_streaming_latency", optimize_streaming_latency_raw)

    return optimize_streaming_latency


_read_stability = plain_reader(
    "stability",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_speed = plain_reader(
    "speed",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_similarity_boost = plain_reader(
    "similarity_boost",
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
        "label",
        "voice_id",
        "description",
        "language",
        "model_family",
        "optimize_streaming_latency",
        "stability",
        "speed",
        "similarity_boost",
    )
)


def _read_additional_properties(cls: type[SupportedVoice], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SupportedVoice], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    label = d.get("label", MISSING)
    if label.__class__ is not str:
        label = _read_label(cls, d)

    voice_id = d.get("voice_id", MISSING)
    if voice_id.__class__ is not str:
        voice_id = _read_voice_id(cls, d)

    description = d.get("description", UNSET)
    if description.__class__ is not str and description is not None and description is not UNSET:
        description = _read_description(cls, d)

    language = d.get("language", UNSET)
    if language.__class__ is not str and language is not None and language is not UNSET:
        language = _read_language(cls, d)

    model_family = d.get("model_family", UNSET)
    if model_family is not None and model_family.__class__ is not str and model_family is not UNSET:
        model_family = _read_model_family(cls, d)

    if "optimize_streaming_latency" in known:
        optimize_streaming_latency = known["optimize_streaming_latency"]
    else:
        optimize_streaming_latency = d.get("optimize_streaming_latency", UNSET)
        if optimize_streaming_latency is not UNSET and optimize_streaming_latency is not None:
            optimize_streaming_latency = _read_optimize_streaming_latency(cls, d)

    stability = d.get("stability", UNSET)
    if (
        stability.__class__ is not float
        and stability.__class__ is not int
        and stability is not None
        and stability is not UNSET
    ):
        stability = _read_stability(cls, d)

    speed = d.get("speed", UNSET)
    if speed.__class__ is not float and speed.__class__ is not int and speed is not None and speed is not UNSET:
        speed = _read_speed(cls, d)

    similarity_boost = d.get("similarity_boost", UNSET)
    if (
        similarity_boost.__class__ is not float
        and similarity_boost.__class__ is not int
        and similarity_boost is not None
        and similarity_boost is not UNSET
    ):
        similarity_boost = _read_similarity_boost(cls, d)

    return {
        "label": label,
        "voice_id": voice_id,
        "description": description,
        "language": language,
        "model_family": model_family,
        "optimize_streaming_latency": optimize_streaming_latency,
        "stability": stability,
        "speed": speed,
        "similarity_boost": similarity_boost,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SupportedVoice,
    _all_fields,
    {
        "label": _read_label,
        "voice_id": _read_voice_id,
        "description": _read_description,
        "language": _read_language,
        "model_family": _read_model_family,
        "optimize_streaming_latency": _read_optimize_streaming_latency,
        "stability": _read_stability,
        "speed": _read_speed,
        "similarity_boost": _read_similarity_boost,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
