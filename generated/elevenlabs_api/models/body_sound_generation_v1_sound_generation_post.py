from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sfx_model_id import SFXModelId, check_sfx_model_id
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodySoundGenerationV1SoundGenerationPost")


@_attrs_define
class BodySoundGenerationV1SoundGenerationPost:
    """Attributes:
    text (str): The text that will get converted into a sound effect.
    loop (bool | Unset): Whether to create a sound effect that loops smoothly. Only available for the
        'eleven_text_to_sound_v2 model'. Default: False.
    duration_seconds (float | None | Unset): The duration of the sound which will be generated in seconds. Must be
        at least 0.5 and at most 30. If set to None we will guess the optimal duration using the prompt. Defaults to
        None.
    prompt_influence (float | None | Unset): A higher prompt influence makes your generation follow the prompt more
        closely while also making generations less variable. Must be a value between 0 and 1. Defaults to 0.3. Default:
        0.3.
    model_id (SFXModelId | Unset):
    """

    text: str

    loop: bool | Unset = False

    duration_seconds: float | None | Unset = UNSET

    prompt_influence: float | None | Unset = 0.3

    model_id: SFXModelId | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        loop = self.loop

        duration_seconds: Any
        try:
            duration_seconds = self.duration_seconds

        except (AttributeError, TypeError):
            duration_seconds = self.duration_seconds

        prompt_influence: Any
        try:
            prompt_influence = self.prompt_influence

        except (AttributeError, TypeError):
            prompt_influence = self.prompt_influence

        model_id: Any
        try:
            model_id = UNSET
            if not isinstance(self.model_id, Unset):
                model_id = self.model_id

        except (AttributeError, TypeError):
            model_id = self.model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if loop is not UNSET:
            field_dict["loop"] = loop
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if prompt_influence is not UNSET:
            field_dict["prompt_influence"] = prompt_influence
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        text = d.pop("text", MISSING)
        if text.__class__ is not str:
            if text is MISSING:
                text = missing_field(cls, "text")
                _missing += ("text",)
            else:
                text = unexpected_type(cls, "text", text, "a string")

        loop = d.pop("loop", UNSET)
        if loop.__class__ is not bool and loop is not UNSET:
            loop = unexpected_type(cls, "loop", loop, "a boolean")

        duration_seconds = d.pop("duration_seconds", UNSET)
        if (
            duration_seconds.__class__ is not float
            and duration_seconds.__class__ is not int
            and duration_seconds is not None
            and duration_seconds is not UNSET
        ):
            duration_seconds = unexpected_type(cls, "duration_seconds", duration_seconds, "a number or null")

        prompt_influence = d.pop("prompt_influence", UNSET)
        if (
            prompt_influence.__class__ is not float
            and prompt_influence.__class__ is not int
            and prompt_influence is not None
            and prompt_influence is not UNSET
        ):
            prompt_influence = unexpected_type(cls, "prompt_influence", prompt_influence, "a number or null")

        model_id_raw = d.pop("model_id", UNSET)
        try:
            _model_id = model_id_raw
            model_id: SFXModelId | Unset
            if isinstance(_model_id, Unset):
                model_id = UNSET
            else:
                model_id = check_sfx_model_id(_model_id)
        except (KeyError, TypeError, ValueError, AttributeError):
            model_id = deviating_field(cls, "model_id", model_id_raw)

        body_sound_generation_v1_sound_generation_post = cls(
            text=text,
            loop=loop,
            duration_seconds=duration_seconds,
            prompt_influence=prompt_influence,
            model_id=model_id,
        )
        if _missing:
            body_sound_generation_v1_sound_generation_post._missing_fields = _missing
        body_sound_generation_v1_sound_generation_post.additional_properties = d
        return body_sound_generation_v1_sound_generation_post

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
