from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
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
from ..models._literals import MusicModelId
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyGenerateCompositionPlanV1MusicPlanPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    prompt: A simple text prompt to compose a plan from.
    music_length_ms: The length of the composition plan to generate in milliseconds. Must be between 3000ms and
        600000ms. Optional - if not provided, the model will choose a length based on the prompt.
    source_composition_plan: An optional composition plan to use as a source for the new composition plan.
    """

    prompt: str

    music_length_ms: int | None | Unset = UNSET

    source_composition_plan: CompositionPlan | MusicPrompt | None | Unset = UNSET

    model_id: MusicModelId | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt", "prompt", STR, required=True),
        Field("music_length_ms", "music_length_ms", union(INT, NULL)),
        Field(
            "source_composition_plan",
            "source_composition_plan",
            union(object_of("MusicPrompt"), object_of("CompositionPlan"), NULL),
        ),
        Field("model_id", "model_id", literal("MusicModelId")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.composition_plan import CompositionPlan
from ..models.music_prompt import MusicPrompt
