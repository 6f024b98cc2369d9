from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class LlmUsageCalculatorRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    prompt_length: Length of the prompt in characters.
    number_of_pages: Pages of content in pdf documents OR urls in agent's Knowledge Base.
    rag_enabled: Whether RAG is enabled.
    """

    prompt_length: int | None | Unset = UNSET

    number_of_pages: int | None | Unset = UNSET

    rag_enabled: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt_length", "prompt_length", union(INT, NULL)),
        Field("number_of_pages", "number_of_pages", union(INT, NULL)),
        Field("rag_enabled", "rag_enabled", union(BOOL, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
