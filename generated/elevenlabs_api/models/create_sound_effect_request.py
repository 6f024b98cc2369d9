from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import SfxModelId
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class CreateSoundEffectRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    text: The text that will get converted into a sound effect.
    loop: Whether to create a sound effect that loops smoothly. Only available for the 'eleven_text_to_sound_v2
        model'. Defaults to False on the server.
    duration_seconds: The duration of the sound which will be generated in seconds. Must be at least 0.5 and at most
        30. If set to None we will guess the optimal duration using the prompt. Defaults to None.
    prompt_influence: A higher prompt influence makes your generation follow the prompt more closely while also
        making generations less variable. Must be a value between 0 and 1. Defaults to 0.3. Defaults to 0.3 on the
        server.
    """

    text: str

    loop: bool | Unset = UNSET

    duration_seconds: float | None | Unset = UNSET

    prompt_influence: float | None | Unset = UNSET

    model_id: SfxModelId | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR, required=True),
        Field("loop", "loop", BOOL),
        Field("duration_seconds", "duration_seconds", union(FLOAT, NULL)),
        Field("prompt_influence", "prompt_influence", union(FLOAT, NULL)),
        Field("model_id", "model_id", literal("SfxModelId")),
        Field("additional_properties", None, dict_of(ANY)),
    )
