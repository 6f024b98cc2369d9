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
    literal,
    object_of,
    union,
)
from ..models._literals import MusicGenerationMode, MusicModelId
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyStreamComposedMusicWithADetailedResponseV1MusicDetailedStreamPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    prompt: A simple text prompt to generate a song from. Cannot be used in conjunction with `composition_plan`.
    generation_mode: Optional generation mode hint for prompt-based music generation. Can only be used with
        `prompt`.
    music_prompt: A music prompt. Deprecated. Use `composition_plan` instead.
    lyrics_text: The lyrics text to use for the generation.
    composition_plan: A detailed composition plan to guide music generation. Cannot be used in conjunction with
        `prompt`.
    music_length_ms: The length of the song to generate in milliseconds. Used only in conjunction with `prompt`.
        Must be between 3000ms and 600000ms. Optional - if not provided, the model will choose a length based on the
        prompt.
    seed: Random seed to initialize the music generation process. Providing the same seed with the same parameters
        can help achieve more consistent results, but exact reproducibility is not guaranteed and outputs may change
        across system updates. Cannot be used in conjunction with prompt.
    force_instrumental: If true, guarantees that the generated song will be instrumental. If false, the song may or
        may not be instrumental depending on the `prompt`. Can only be used with `prompt`. Defaults to False on the
        server.
    finetune_id: The ID of the finetune to use for the generation
    finetune_strength: How strongly the finetune influences the generation. Defaults to 1.0 (full strength). Lower
        values soften the influence of the finetune, leaving more room for prompt-level steering. Only meaningful when
        `finetune_id` is also provided. Defaults to 1.0 on the server.
    use_phonetic_names: If true, proper names in the prompt will be phonetically spelled in the lyrics for better
        pronunciation by the music model. The original names will be restored in word timestamps. Defaults to False on
        the server.
    store_for_inpainting: Whether to store the generated song for inpainting. Defaults to False on the server.
    with_timestamps: Whether to return the timestamps of the words in the generated song. Defaults to False on the
        server.
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

    with_timestamps: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt", "prompt", union(STR, NULL)),
        Field("generation_mode", "generation_mode", union(literal("MusicGenerationMode"), NULL)),
        Field("music_prompt", "music_prompt", union(object_of("MusicPrompt"), NULL)),
        Field("lyrics_text", "lyrics_text", union(STR, NULL)),
        Field(
            "composition_plan", "composition_plan", union(object_of("MusicPrompt"), object_of("CompositionPlan"), NULL)
        ),
        Field("music_length_ms", "music_length_ms", union(INT, NULL)),
        Field("model_id", "model_id", literal("MusicModelId")),
        Field("seed", "seed", union(INT, NULL)),
        Field("force_instrumental", "force_instrumental", BOOL),
        Field("finetune_id", "finetune_id", union(STR, NULL)),
        Field("finetune_strength", "finetune_strength", FLOAT),
        Field("use_phonetic_names", "use_phonetic_names", BOOL),
        Field("store_for_inpainting", "store_for_inpainting", BOOL),
        Field("with_timestamps", "with_timestamps", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.composition_plan import CompositionPlan
from ..models.music_prompt import MusicPrompt
