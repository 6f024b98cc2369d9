from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    NULL,
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
class GuardrailsV1Input(Lazy, AdditionalProperties[Any]):
    """Attributes:
    version:  Default: '1'.
    custom: Container for custom guardrails, matching ModerationGuardrail pattern
    """

    version: Literal["1"] | Unset = _attrs_field(
        default="1",
        kw_only=True,
        validator=types.tag("GuardrailsV1Input", "version", "1"),
    )

    focus: FocusGuardrail | Unset = UNSET

    prompt_injection: PromptInjectionGuardrail | Unset = UNSET

    content: ContentGuardrailInput | Unset = UNSET

    moderation: ModerationGuardrailInput | None | Unset = UNSET

    custom: CustomGuardrailInput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("version", "version", const("1")),
        Field("focus", "focus", object_of("FocusGuardrail")),
        Field("prompt_injection", "prompt_injection", object_of("PromptInjectionGuardrail")),
        Field("content", "content", object_of("ContentGuardrailInput")),
        Field("moderation", "moderation", union(object_of("ModerationGuardrailInput"), NULL)),
        Field("custom", "custom", object_of("CustomGuardrailInput")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.content_guardrail_input import ContentGuardrailInput
from ..models.custom_guardrail_input import CustomGuardrailInput
from ..models.focus_guardrail import FocusGuardrail
from ..models.moderation_guardrail_input import ModerationGuardrailInput
from ..models.prompt_injection_guardrail import PromptInjectionGuardrail
