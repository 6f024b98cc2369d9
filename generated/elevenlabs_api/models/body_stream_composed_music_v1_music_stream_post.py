from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import MusicGenerationMode, MusicModelId, check_music_generation_mode, check_music_model_id
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyStreamComposedMusicV1MusicStreamPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyStreamComposedMusicV1MusicStreamPost(Lazy):
    """Attributes:
    prompt (None | str | Unset): A simple text prompt to generate a song from. Cannot be used in conjunction with
        `composition_plan`.
    generation_mode (MusicGenerationMode | None | Unset): Optional generation mode hint for prompt-based music
        generation. Can only be used with `prompt`.
    music_prompt (MusicPrompt | None | Unset): A music prompt. Deprecated. Use `composition_plan` instead.
    lyrics_text (None | str | Unset): The lyrics text to use for the generation.
    composition_plan (CompositionPlan | MusicPrompt | None | Unset): A detailed composition plan to guide music
        generation. Cannot be used in conjunction with `prompt`.
    music_length_ms (int | None | Unset): The length of the song to generate in milliseconds. Used only in
        conjunction with `prompt`. Must be between 3000ms and 600000ms. Optional - if not provided, the model will
        choose a length based on the prompt.
    model_id (MusicModelId | Unset):
    seed (int | None | Unset): Random seed to initialize the music generation process. Providing the same seed with
        the same parameters can help achieve more consistent results, but exact reproducibility is not guaranteed and
        outputs may change across system updates. Cannot be used in conjunction with prompt.
    force_instrumental (bool | Unset): If true, guarantees that the generated song will be instrumental. If false,
        the song may or may not be instrumental depending on the `prompt`. Can only be used with `prompt`. Defaults to
        False on the server.
    finetune_id (None | str | Unset): The ID of the finetune to use for the generation
    finetune_strength (float | Unset): How strongly the finetune influences the generation. Defaults to 1.0 (full
        strength). Lower values soften the influence of the finetune, leaving more room for prompt-level steering. Only
        meaningful when `finetune_id` is also provided. Defaults to 1.0 on the server.
    use_phonetic_names (bool | Unset): If true, proper names in the prompt will be phonetically spelled in the
        lyrics for better pronunciation by the music model. The original names will be restored in word timestamps.
        Defaults to False on the server.
    store_for_inpainting (bool | Unset): Whether to store the generated song for inpainting. Defaults to False on
        the server.
    """

    prompt: None | str | Unset = UNSET

    generation_mode: MusicGenerationMode | None | Unset = UNSET

    music_prompt: MusicPrompt | None | Unset = UNSET

    lyrics_text: None | str | Unset = UNSET

    composition_plan: CompositionPlan | MusicPrompt | None | Unset = UNSET

    music_length_ms: int | None | Unset = UNSET

    model_id: MusicModelId | Unset = UNSET

    seed: int | None | Unset = UNSET

    force_instrumental: bool | Unset = UNSET

    finetune_id: None | str | Unset = UNSET

    finetune_strength: float | Unset = UNSET

    use_phonetic_names: bool | Unset = UNSET

    store_for_inpainting: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        prompt: Any
        try:
            prompt = self.prompt

        except (AttributeError, TypeError):
            prompt = self.prompt

        generation_mode: Any
        try:
            if isinstance(self.generation_mode, Unset):
                generation_mode = UNSET
            elif isinstance(self.generation_mode, str):
                generation_mode = self.generation_mode
            else:
                generation_mode = self.generation_mode

        except (AttributeError, TypeError):
            generation_mode = self.generation_mode

        music_prompt: Any
        try:
            if isinstance(self.music_prompt, Unset):
                music_prompt = UNSET
            elif isinstance(self.music_prompt, MusicPrompt):
                music_prompt = self.music_prompt.to_dict()
            else:
                music_prompt = self.music_prompt

        except (AttributeError, TypeError):
            music_prompt = self.music_prompt

        lyrics_text: Any
        try:
            lyrics_text = self.lyrics_text

        except (AttributeError, TypeError):
            lyrics_text = self.lyrics_text

        composition_plan: Any
        try:
            if isinstance(self.composition_plan, Unset):
                composition_plan = UNSET
            elif isinstance(self.composition_plan, MusicPrompt) or isinstance(self.composition_plan, CompositionPlan):
                composition_plan = self.composition_plan.to_dict()
            else:
                composition_plan = self.composition_plan

        except (AttributeError, TypeError):
            composition_plan = self.composition_plan

        music_length_ms: Any
        try:
            music_length_ms = self.music_length_ms

        except (AttributeError, TypeError):
            music_length_ms = self.music_length_ms

        model_id: Any
        try:
            model_id = UNSET
            if not isinstance(self.model_id, Unset):
                model_id = self.model_id

        except (AttributeError, TypeError):
            model_id = self.model_id

        seed: Any
        try:
            seed = self.seed

        except (AttributeError, TypeError):
            seed = self.seed

        force_instrumental = self.force_instrumental

        finetune_id: Any
        try:
            finetune_id = self.finetune_id

        except (AttributeError, TypeError):
            finetune_id = self.finetune_id

        finetune_strength = self.finetune_strength

        use_phonetic_names = self.use_phonetic_names

        store_for_inpainting = self.store_for_inpainting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if generation_mode is not UNSET:
            field_dict["generation_mode"] = generation_mode
        if music_prompt is not UNSET:
            field_dict["music_prompt"] = music_prompt
        if lyrics_text is not UNSET:
            field_dict["lyrics_text"] = lyrics_text
        if composition_plan is not UNSET:
            field_dict["composition_plan"] = composition_plan
        if music_length_ms is not UNSET:
            field_dict["music_length_ms"] = music_length_ms
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if seed is not UNSET:
            field_dict["seed"] = seed
        if force_instrumental is not UNSET:
            field_dict["force_instrumental"] = force_instrumental
        if finetune_id is not UNSET:
            field_dict["finetune_id"] = finetune_id
        if finetune_strength is not UNSET:
            field_dict["finetune_strength"] = finetune_strength
        if use_phonetic_names is not UNSET:
            field_dict["use_phonetic_names"] = use_phonetic_names
        if store_for_inpainting is not UNSET:
            field_dict["store_for_inpainting"] = store_for_inpainting
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_stream_composed_music_v1_music_stream_post = cls.__new__(cls)
        body_stream_composed_music_v1_music_stream_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_stream_composed_music_v1_music_stream_post

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


_read_prompt = plain_reader(
    "prompt",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_generation_mode(cls: type[BodyStreamComposedMusicV1MusicStreamPost], d: Mapping[str, Any]) -> Any:
    generation_mode_raw = d.get("generation_mode", UNSET)
    try:

        def _parse_generation_mode(data: object) -> MusicGenerationMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            generation_mode_type_0 = check_music_generation_mode(data)

            return generation_mode_type_0

        generation_mode = _parse_generation_mode(generation_mode_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        generation_mode = deviating_field(cls, "generation_mode", generation_mode_raw)

    return generation_mode


def _read_music_prompt(cls: type[BodyStreamComposedMusicV1MusicStreamPost], d: Mapping[str, Any]) -> Any:
    music_prompt_raw = d.get("music_prompt", UNSET)
    try:

        def _parse_music_prompt(data: object) -> MusicPrompt | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            music_prompt_type_0 = MusicPrompt.from_dict(data)

            return music_prompt_type_0

        music_prompt = _parse_music_prompt(music_prompt_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        music_prompt = deviating_field(cls, "music_prompt", music_prompt_raw)

    return music_prompt


_read_lyrics_text = plain_reader(
    "lyrics_text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_composition_plan(cls: type[BodyStreamComposedMusicV1MusicStreamPost], d: Mapping[str, Any]) -> Any:
    composition_plan_raw = d.get("composition_plan", UNSET)
    try:

        def _parse_composition_plan(data: object) -> CompositionPlan | MusicPrompt | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_composition_plan_member, data)

        def _parse_composition_plan_member(data: object) -> CompositionPlan | MusicPrompt | None | Unset:
            if isinstance(data, dict):
                for known in (
                    MusicPrompt,
                    CompositionPlan,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                composition_plan_type_0_type_0 = MusicPrompt.from_dict(data)

                return composition_plan_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            composition_plan_type_0_type_1 = CompositionPlan.from_dict(data)

            return composition_plan_type_0_type_1

        composition_plan = _parse_composition_plan(composition_plan_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        composition_plan = deviating_field(cls, "composition_plan", composition_plan_raw)

    return composition_plan


_read_music_length_ms = plain_reader(
    "music_length_ms",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


def _read_model_id(cls: type[BodyStreamComposedMusicV1MusicStreamPost], d: Mapping[str, Any]) -> Any:
    model_id_raw = d.get("model_id", UNSET)
    try:
        _model_id = model_id_raw
        model_id: MusicModelId | Unset
        if isinstance(_model_id, Unset):
            model_id = UNSET
        else:
            model_id = check_music_model_id(_model_id)
    except (KeyError, TypeError, ValueError, AttributeError):
        model_id = deviating_field(cls, "model_id", model_id_raw)

    return model_id


_read_seed = plain_reader(
    "seed",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_force_instrumental = plain_reader("force_instrumental", (bool,), "a boolean", False)

_read_finetune_id = plain_reader(
    "finetune_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_finetune_strength = plain_reader(
    "finetune_strength",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_use_phonetic_names = plain_reader("use_phonetic_names", (bool,), "a boolean", False)

_read_store_for_inpainting = plain_reader("store_for_inpainting", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "prompt",
        "generation_mode",
        "music_prompt",
        "lyrics_text",
        "composition_plan",
        "music_length_ms",
        "model_id",
        "seed",
        "force_instrumental",
        "finetune_id",
        "finetune_strength",
        "use_phonetic_names",
        "store_for_inpainting",
    )
)


def _read_additional_properties(
    cls: type[BodyStreamComposedMusicV1MusicStreamPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyStreamComposedMusicV1MusicStreamPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    prompt = d.get("prompt", UNSET)
    if prompt.__class__ is not str and prompt is not None and prompt is not UNSET:
        prompt = _read_prompt(cls, d)

    if "generation_mode" in known:
        generation_mode = known["generation_mode"]
    else:
        generation_mode = d.get("generation_mode", UNSET)
        if generation_mode is not UNSET and generation_mode is not None:
            generation_mode = _read_generation_mode(cls, d)

    if "music_prompt" in known:
        music_prompt = known["music_prompt"]
    else:
        music_prompt = d.get("music_prompt", UNSET)
        if music_prompt is not UNSET and music_prompt is not None:
            music_prompt = _read_music_prompt(cls, d)

    lyrics_text = d.get("lyrics_text", UNSET)
    if lyrics_text.__class__ is not str and lyrics_text is not None and lyrics_text is not UNSET:
        lyrics_text = _read_lyrics_text(cls, d)

    if "composition_plan" in known:
        composition_plan = known["composition_plan"]
    else:
        composition_plan = d.get("composition_plan", UNSET)
        if composition_plan is not UNSET and composition_plan is not None:
            composition_plan = _read_composition_plan(cls, d)

    music_length_ms = d.get("music_length_ms", UNSET)
    if music_length_ms.__class__ is not int and music_length_ms is not None and music_length_ms is not UNSET:
        music_length_ms = _read_music_length_ms(cls, d)

    if "model_id" in known:
        model_id = known["model_id"]
    else:
        model_id = d.get("model_id", UNSET)
        if model_id is not UNSET:
            model_id = _read_model_id(cls, d)

    seed = d.get("seed", UNSET)
    if seed.__class__ is not int and seed is not None and seed is not UNSET:
        seed = _read_seed(cls, d)

    force_instrumental = d.get("force_instrumental", UNSET)
    if force_instrumental.__class__ is not bool and force_instrumental is not UNSET:
        force_instrumental = _read_force_instrumental(cls, d)

    finetune_id = d.get("finetune_id", UNSET)
    if finetune_id.__class__ is not str and finetune_id is not None and finetune_id is not UNSET:
        finetune_id = _read_finetune_id(cls, d)

    finetune_strength = d.get("finetune_strength", UNSET)
    if (
        finetune_strength.__class__ is not float
        and finetune_strength.__class__ is not int
        and finetune_strength is not UNSET
    ):
        finetune_strength = _read_finetune_strength(cls, d)

    use_phonetic_names = d.get("use_phonetic_names", UNSET)
    if use_phonetic_names.__class__ is not bool and use_phonetic_names is not UNSET:
        use_phonetic_names = _read_use_phonetic_names(cls, d)

    store_for_inpainting = d.get("store_for_inpainting", UNSET)
    if store_for_inpainting.__class__ is not bool and store_for_inpainting is not UNSET:
        store_for_inpainting = _read_store_for_inpainting(cls, d)

    return {
        "prompt": prompt,
        "generation_mode": generation_mode,
        "music_prompt": music_prompt,
        "lyrics_text": lyrics_text,
        "composition_plan": composition_plan,
        "music_length_ms": music_length_ms,
        "model_id": model_id,
        "seed": seed,
        "force_instrumental": force_instrumental,
        "finetune_id": finetune_id,
        "finetune_strength": finetune_strength,
        "use_phonetic_names": use_phonetic_names,
        "store_for_inpainting": store_for_inpainting,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    BodyStreamComposedMusicV1MusicStreamPost,
    _all_fields,
    {
        "prompt": _read_prompt,
        "generation_mode": _read_generation_mode,
        "music_prompt": _read_music_prompt,
        "lyrics_text": _read_lyrics_text,
        "composition_plan": _read_composition_plan,
        "music_length_ms": _read_music_length_ms,
        "model_id": _read_model_id,
        "seed": _read_seed,
        "force_instrumental": _read_force_instrumental,
        "finetune_id": _read_finetune_id,
        "finetune_strength": _read_finetune_strength,
        "use_phonetic_names": _read_use_phonetic_names,
        "store_for_inpainting": _read_store_for_inpainting,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.composition_plan import CompositionPlan
from ..models.music_prompt import MusicPrompt
