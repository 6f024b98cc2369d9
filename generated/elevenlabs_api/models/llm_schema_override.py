from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class LlmSchemaOverride(Lazy, AdditionalProperties[Any]):
    """Attributes:
    source:  Default: 'llm'.
    prompt: Prompt override for the LLM. If not provided, the original schema description is used.
    """

    source: Literal["llm"] | Unset = _attrs_field(
        default="llm",
        kw_only=True,
        validator=types.tag("LlmSchemaOverride", "source", "llm"),
    )

    prompt: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("source", "source", const("llm")),
        Field("prompt", "prompt", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
