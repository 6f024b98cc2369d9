from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tts_model_family import TTSModelFamily
from ..models.tts_optimize_streaming_latency import TTSOptimizeStreamingLatency, check_tts_optimize_streaming_latency
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="SupportedVoice")


@_attrs_define
class SupportedVoice:
    """Attributes:
    label (str):
    voice_id (str):
    description (None | str | Unset):
    language (None | str | Unset):
    model_family (None | str | TTSModelFamily | Unset):
    optimize_streaming_latency (int | None | TTSOptimizeStreamingLatency | Unset):
    stability (float | None | Unset):
    speed (float | None | Unset):
    similarity_boost (float | None | Unset):
    """

    label: str

    voice_id: str

    description: None | str | Unset = UNSET

    language: None | str | Unset = UNSET

    model_family: None | str | TTSModelFamily | Unset = UNSET

    optimize_streaming_latency: int | None | TTSOptimizeStreamingLatency | Unset = UNSET

    stability: float | None | Unset = UNSET

    speed: float | None | Unset = UNSET

    similarity_boost: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        label = d.pop("label", MISSING)
        if label.__class__ is not str:
            if label is MISSING:
                label = missing_field(cls, "label")
                _missing += ("label",)
            else:
                label = unexpected_type(cls, "label", label, "a string")

        voice_id = d.pop("voice_id", MISSING)
        if voice_id.__class__ is not str:
            if voice_id is MISSING:
                voice_id = missing_field(cls, "voice_id")
                _missing += ("voice_id",)
            else:
                voice_id = unexpected_type(cls, "voice_id", voice_id, "a string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not None and description is not UNSET:
            description = unexpected_type(cls, "description", description, "a string or null")

        language = d.pop("language", UNSET)
        if language.__class__ is not str and language is not None and language is not UNSET:
            language = unexpected_type(cls, "language", language, "a string or null")

        model_family = d.pop("model_family", UNSET)
        if model_family is not None and model_family.__class__ is not str and model_family is not UNSET:
            model_family = unexpected_type(cls, "model_family", model_family, "null or a string")

        optimize_streaming_latency_raw = d.pop("optimize_streaming_latency", UNSET)
        try:

            def _parse_optimize_streaming_latency(data: object) -> int | None | TTSOptimizeStreamingLatency | Unset:
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
                return cast("int | None | TTSOptimizeStreamingLatency | Unset", data)

            optimize_streaming_latency = _parse_optimize_streaming_latency(optimize_streaming_latency_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            optimize_streaming_latency = deviating_field(
                cls, "optimize_streaming_latency", optimize_streaming_latency_raw
            )

        stability = d.pop("stability", UNSET)
        if (
            stability.__class__ is not float
            and stability.__class__ is not int
            and stability is not None
            and stability is not UNSET
        ):
            stability = unexpected_type(cls, "stability", stability, "a number or null")

        speed = d.pop("speed", UNSET)
        if speed.__class__ is not float and speed.__class__ is not int and speed is not None and speed is not UNSET:
            speed = unexpected_type(cls, "speed", speed, "a number or null")

        similarity_boost = d.pop("similarity_boost", UNSET)
        if (
            similarity_boost.__class__ is not float
            and similarity_boost.__class__ is not int
            and similarity_boost is not None
            and similarity_boost is not UNSET
        ):
            similarity_boost = unexpected_type(cls, "similarity_boost", similarity_boost, "a number or null")

        supported_voice = cls(
            label=label,
            voice_id=voice_id,
            description=description,
            language=language,
            model_family=model_family,
            optimize_streaming_latency=optimize_streaming_latency,
            stability=stability,
            speed=speed,
            similarity_boost=similarity_boost,
        )
        if _missing:
            supported_voice._missing_fields = _missing
        supported_voice.additional_properties = d
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
