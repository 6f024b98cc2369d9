from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import VoiceDesignRequestModelModelId, check_voice_design_request_model_model_id
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

T = TypeVar("T", bound="VoiceDesignRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VoiceDesignRequestModel(Lazy):
    """Attributes:
    voice_description (str): Description to use for the created voice.
    model_id (VoiceDesignRequestModelModelId | Unset): Model to use for the voice generation. Possible values:
        eleven_multilingual_ttv_v2, eleven_ttv_v3. Defaults to 'eleven_multilingual_ttv_v2' on the server.
    text (None | str | Unset): Text to generate, text length has to be between 100 and 1000.
    auto_generate_text (bool | Unset): Whether to automatically generate a text suitable for the voice description.
        Defaults to False on the server.
    loudness (float | Unset): Controls the volume level of the generated voice. -1 is quietest, 1 is loudest, 0
        corresponds to roughly -24 LUFS. Defaults to 0.5 on the server.
    seed (int | None | Unset): Random number that controls the voice generation. Same seed with same inputs produces
        same voice.
    guidance_scale (float | Unset): Controls how closely the AI follows the prompt. Lower numbers give the AI more
        freedom to be creative, while higher numbers force it to stick more to the prompt. High numbers can cause voice
        to sound artificial or robotic. We recommend to use longer, more detailed prompts at lower Guidance Scale.
        Defaults to 5 on the server.
    stream_previews (bool | Unset): Determines whether the Text to Voice previews should be included in the
        response. If true, only the generated IDs will be returned which can then be streamed via the /v1/text-to-
        voice/:generated_voice_id/stream endpoint. Defaults to False on the server.
    should_enhance (bool | Unset): Whether to enhance the voice description using AI to add more detail and improve
        voice generation quality. When enabled, the system will automatically expand simple prompts into more detailed
        voice descriptions. Defaults to False Defaults to False on the server.
    remixing_session_id (None | str | Unset): The remixing session id.
    remixing_session_iteration_id (None | str | Unset): The id of the remixing session iteration where these
        generations should be attached to. If not provided, a new iteration will be created.
    quality (float | None | Unset): Higher quality results in better voice output but less variety.
    reference_audio_base64 (None | str | Unset): Reference audio to use for the voice generation. The audio should
        be base64 encoded. Only supported when using the  eleven_ttv_v3 model.
    prompt_strength (float | None | Unset): Controls the balance of prompt versus reference audio when generating
        voice samples. 0 means almost no prompt influence, 1 means almost no reference audio influence. Only supported
        when using the eleven_ttv_v3 model.
    """

    voice_description: str

    model_id: VoiceDesignRequestModelModelId | Unset = UNSET

    text: None | str | Unset = UNSET

    auto_generate_text: bool | Unset = UNSET

    loudness: float | Unset = UNSET

    seed: int | None | Unset = UNSET

    guidance_scale: float | Unset = UNSET

    stream_previews: bool | Unset = UNSET

    should_enhance: bool | Unset = UNSET

    remixing_session_id: None | str | Unset = UNSET

    remixing_session_iteration_id: None | str | Unset = UNSET

    quality: float | None | Unset = UNSET

    reference_audio_base64: None | str | Unset = UNSET

    prompt_strength: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("voice_description",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        voice_description = self.voice_description

        model_id: Any
        try:
            model_id = UNSET
            if not isinstance(self.model_id, Unset):
                model_id = self.model_id

        except (AttributeError, TypeError):
            model_id = self.model_id

        text: Any
        try:
            text = self.text

        except (AttributeError, TypeError):
            text = self.text

        auto_generate_text = self.auto_generate_text

        loudness = self.loudness

        seed: Any
        try:
            seed = self.seed

        except (AttributeError, TypeError):
            seed = self.seed

        guidance_scale = self.guidance_scale

        stream_previews = self.stream_previews

        should_enhance = self.should_enhance

        remixing_session_id: Any
        try:
            remixing_session_id = self.remixing_session_id

        except (AttributeError, TypeError):
            remixing_session_id = self.remixing_session_id

        remixing_session_iteration_id: Any
        try:
            remixing_session_iteration_id = self.remixing_session_iteration_id

        except (AttributeError, TypeError):
            remixing_session_iteration_id = self.remixing_session_iteration_id

        quality: Any
        try:
            quality = self.quality

        except (AttributeError, TypeError):
            quality = self.quality

        reference_audio_base64: Any
        try:
            reference_audio_base64 = self.reference_audio_base64

        except (AttributeError, TypeError):
            reference_audio_base64 = self.reference_audio_base64

        prompt_strength: Any
        try:
            prompt_strength = self.prompt_strength

        except (AttributeError, TypeError):
            prompt_strength = self.prompt_strength

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if voice_description is not None or "voice_description" not in self._missing_fields:
            field_dict["voice_description"] = voice_description
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if text is not UNSET:
            field_dict["text"] = text
        if auto_generate_text is not UNSET:
            field_dict["auto_generate_text"] = auto_generate_text
        if loudness is not UNSET:
            field_dict["loudness"] = loudness
        if seed is not UNSET:
            field_dict["seed"] = seed
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if stream_previews is not UNSET:
            field_dict["stream_previews"] = stream_previews
        if should_enhance is not UNSET:
            field_dict["should_enhance"] = should_enhance
        if remixing_session_id is not UNSET:
            field_dict["remixing_session_id"] = remixing_session_id
        if remixing_session_iteration_id is not UNSET:
            field_dict["remixing_session_iteration_id"] = remixing_session_iteration_id
        if quality is not UNSET:
            field_dict["quality"] = quality
        if reference_audio_base64 is not UNSET:
            field_dict["reference_audio_base64"] = reference_audio_base64
        if prompt_strength is not UNSET:
            field_dict["prompt_strength"] = prompt_strength
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        voice_design_request_model = cls.__new__(cls)
        voice_design_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return voice_design_request_model

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


_read_voice_description = plain_reader("voice_description", (str,), "a string", True)


def _read_model_id(cls: type[VoiceDesignRequestModel], d: Mapping[str, Any]) -> Any:
    model_id_raw = d.get("model_id", UNSET)
    try:
        _model_id = model_id_raw
        model_id: VoiceDesignRequestModelModelId | Unset
        if isinstance(_model_id, Unset):
            model_id = UNSET
        else:
            model_id = check_voice_design_request_model_model_id(_model_id)
    except (KeyError, TypeError, ValueError, AttributeError):
        model_id = deviating_field(cls, "model_id", model_id_raw)

    return model_id


_read_text = plain_reader(
    "text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_auto_generate_text = plain_reader("auto_generate_text", (bool,), "a boolean", False)

_read_loudness = plain_reader(
    "loudness",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_seed = plain_reader(
    "seed",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_guidance_scale = plain_reader(
    "guidance_scale",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_stream_previews = plain_reader("stream_previews", (bool,), "a boolean", False)

_read_should_enhance = plain_reader("should_enhance", (bool,), "a boolean", False)

_read_remixing_session_id = plain_reader(
    "remixing_session_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_remixing_session_iteration_id = plain_reader(
    "remixing_session_iteration_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_quality = plain_reader(
    "quality",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_reference_audio_base64 = plain_reader(
    "reference_audio_base64",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_prompt_strength = plain_reader(
    "prompt_strength",
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
        "voice_description",
        "model_id",
        "text",
        "auto_generate_text",
        "loudness",
        "seed",
        "guidance_scale",
        "stream_previews",
        "should_enhance",
        "remixing_session_id",
        "remixing_session_iteration_id",
        "quality",
        "reference_audio_base64",
        "prompt_strength",
    )
)


def _read_additional_properties(cls: type[VoiceDesignRequestModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[VoiceDesignRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    voice_description = d.get("voice_description", MISSING)
    if voice_description.__class__ is not str:
        voice_description = _read_voice_description(cls, d)

    if "model_id" in known:
        model_id = known["model_id"]
    else:
        model_id = d.get("model_id", UNSET)
        if model_id is not UNSET:
            model_id = _read_model_id(cls, d)

    text = d.get("text", UNSET)
    if text.__class__ is not str and text is not None and text is not UNSET:
        text = _read_text(cls, d)

    auto_generate_text = d.get("auto_generate_text", UNSET)
    if auto_generate_text.__class__ is not bool and auto_generate_text is not UNSET:
        auto_generate_text = _read_auto_generate_text(cls, d)

    loudness = d.get("loudness", UNSET)
    if loudness.__class__ is not float and loudness.__class__ is not int and loudness is not UNSET:
        loudness = _read_loudness(cls, d)

    seed = d.get("seed", UNSET)
    if seed.__class__ is not int and seed is not None and seed is not UNSET:
        seed = _read_seed(cls, d)

    guidance_scale = d.get("guidance_scale", UNSET)
    if guidance_scale.__class__ is not float and guidance_scale.__class__ is not int and guidance_scale is not UNSET:
        guidance_scale = _read_guidance_scale(cls, d)

    stream_previews = d.get("stream_previews", UNSET)
    if stream_previews.__class__ is not bool and stream_previews is not UNSET:
        stream_previews = _read_stream_previews(cls, d)

    should_enhance = d.get("should_enhance", UNSET)
    if should_enhance.__class__ is not bool and should_enhance is not UNSET:
        should_enhance = _read_should_enhance(cls, d)

    remixing_session_id = d.get("remixing_session_id", UNSET)
    if (
        remixing_session_id.__class__ is not str
        and remixing_session_id is not None
        and remixing_session_id is not UNSET
    ):
        remixing_session_id = _read_remixing_session_id(cls, d)

    remixing_session_iteration_id = d.get("remixing_session_iteration_id", UNSET)
    if (
        remixing_session_iteration_id.__class__ is not str
        and remixing_session_iteration_id is not None
        and remixing_session_iteration_id is not UNSET
    ):
        remixing_session_iteration_id = _read_remixing_session_iteration_id(cls, d)

    quality = d.get("quality", UNSET)
    if quality.__class__ is not float and quality.__class__ is not int and quality is not None and quality is not UNSET:
        quality = _read_quality(cls, d)

    reference_audio_base64 = d.get("reference_audio_base64", UNSET)
    if (
        reference_audio_base64.__class__ is not str
        and reference_audio_base64 is not None
        and reference_audio_base64 is not UNSET
    ):
        reference_audio_base64 = _read_reference_audio_base64(cls, d)

    prompt_strength = d.get("prompt_strength", UNSET)
    if (
        prompt_strength.__class__ is not float
        and prompt_strength.__class__ is not int
        and prompt_strength is not None
        and prompt_strength is not UNSET
    ):
        prompt_strength = _read_prompt_strength(cls, d)

    return {
        "voice_description": voice_description,
        "model_id": model_id,
        "text": text,
        "auto_generate_text": auto_generate_text,
        "loudness": loudness,
        "seed": seed,
        "guidance_scale": guidance_scale,
        "stream_previews": stream_previews,
        "should_enhance": should_enhance,
        "remixing_session_id": remixing_session_id,
        "remixing_session_iteration_id": remixing_session_iteration_id,
        "quality": quality,
        "reference_audio_base64": reference_audio_base64,
        "prompt_strength": prompt_strength,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    VoiceDesignRequestModel,
    _all_fields,
    {
        "voice_description": _read_voice_description,
        "model_id": _read_model_id,
        "text": _read_text,
        "auto_generate_text": _read_auto_generate_text,
        "loudness": _read_loudness,
        "seed": _read_seed,
        "guidance_scale": _read_guidance_scale,
        "stream_previews": _read_stream_previews,
        "should_enhance": _read_should_enhance,
        "remixing_session_id": _read_remixing_session_id,
        "remixing_session_iteration_id": _read_remixing_session_iteration_id,
        "quality": _read_quality,
        "reference_audio_base64": _read_reference_audio_base64,
        "prompt_strength": _read_prompt_strength,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
