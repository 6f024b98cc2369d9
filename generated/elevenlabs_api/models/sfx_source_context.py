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
class SfxSourceContext(Lazy, AdditionalProperties[Any]):
    """Context for sound effect clips.

    Attributes:
        source_type:  Default: 'sfx'.
    """

    source_type: Literal["sfx"] | Unset = _attrs_field(
        default="sfx",
        kw_only=True,
        validator=types.tag("SfxSourceContext", "source_type", "sfx"),
    )

    sound_generation_history_item_id: None | str | Unset = UNSET

    text: None | str | Unset = UNSET

    generation_config: None | SfxSourceContextGenerationConfigType0 | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("source_type", "source_type", const("sfx")),
        Field("sound_generation_history_item_id", "sound_generation_history_item_id", union(STR, NULL)),
        Field("text", "text", union(STR, NULL)),
        Field(
            "generation_config", "generation_config", union(object_of("SfxSourceContextGenerationConfigType0"), NULL)
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.sfx_source_context_generation_config_type_0 import SfxSourceContextGenerationConfigType0
