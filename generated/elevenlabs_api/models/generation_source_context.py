from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class GenerationSourceContext(Lazy, AdditionalProperties[Any]):
    """Attributes:
    source_type:  Default: 'generation'.
    """

    generation_id: str

    model_id: str

    source_type: Literal["generation"] | Unset = _attrs_field(
        default="generation",
        kw_only=True,
        validator=types.tag("GenerationSourceContext", "source_type", "generation"),
    )

    prompt: None | str | Unset = UNSET

    model_provider: None | str | Unset = UNSET

    generation_session_id: None | str | Unset = UNSET

    session_iteration_id: None | str | Unset = UNSET

    model_parameters: GenerationSourceContextModelParametersType0 | None | Unset = UNSET

    extend_video: None | ReferenceVideo | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("generation_id", "generation_id", STR, required=True),
        Field("model_id", "model_id", STR, required=True),
        Field("source_type", "source_type", const("generation")),
        Field("prompt", "prompt", union(STR, NULL)),
        Field("model_provider", "model_provider", union(STR, NULL)),
        Field("generation_session_id", "generation_session_id", union(STR, NULL)),
        Field("session_iteration_id", "session_iteration_id", union(STR, NULL)),
        Field(
            "model_parameters",
            "model_parameters",
            union(object_of("GenerationSourceContextModelParametersType0"), NULL),
        ),
        Field("extend_video", "extend_video", union(object_of("ReferenceVideo"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_source_context_model_parameters_type_0 import GenerationSourceContextModelParametersType0
from ..models.reference_video import ReferenceVideo
