from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class VoiceRemixRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    voice_description: Description of the changes to make to the voice.
    text: Text to generate, text length has to be between 100 and 1000.
    auto_generate_text: Whether to automatically generate a text suitable for the voice description. Defaults to
        False on the server.
    loudness: Controls the volume level of the generated voice. -1 is quietest, 1 is loudest, 0 corresponds to
        roughly -24 LUFS. Defaults to 0.5 on the server.
    seed: Random number that controls the voice generation. Same seed with same inputs produces same voice.
    guidance_scale: Controls how closely the AI follows the prompt. Lower numbers give the AI more freedom to be
        creative, while higher numbers force it to stick more to the prompt. High numbers can cause voice to sound
        artificial or robotic. We recommend to use longer, more detailed prompts at lower Guidance Scale. Defaults to 2
        on the server.
    stream_previews: Determines whether the Text to Voice previews should be included in the response. If true, only
        the generated IDs will be returned which can then be streamed via the /v1/text-to-
        voice/:generated_voice_id/stream endpoint. Defaults to False on the server.
    remixing_session_id: The remixing session id.
    remixing_session_iteration_id: The id of the remixing session iteration where these generations should be
        attached to. If not provided, a new iteration will be created.
    prompt_strength: Controls the balance of prompt versus reference audio when generating voice samples. 0 means
        almost no prompt influence, 1 means almost no reference audio influence. Only supported when using the
        eleven_ttv_v3 model.
    """

    voice_description: str

    text: None | str | Unset = UNSET

    auto_generate_text: bool | Unset = UNSET

    loudness: float | Unset = UNSET

    seed: int | None | Unset = UNSET

    guidance_scale: float | Unset = UNSET

    stream_previews: bool | Unset = UNSET

    remixing_session_id: None | str | Unset = UNSET

    remixing_session_iteration_id: None | str | Unset = UNSET

    prompt_strength: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("voice_description", "voice_description", STR, required=True),
        Field("text", "text", union(STR, NULL)),
        Field("auto_generate_text", "auto_generate_text", BOOL),
        Field("loudness", "loudness", FLOAT),
        Field("seed", "seed", union(INT, NULL)),
        Field("guidance_scale", "guidance_scale", FLOAT),
        Field("stream_previews", "stream_previews", BOOL),
        Field("remixing_session_id", "remixing_session_id", union(STR, NULL)),
        Field("remixing_session_iteration_id", "remixing_session_iteration_id", union(STR, NULL)),
        Field("prompt_strength", "prompt_strength", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
