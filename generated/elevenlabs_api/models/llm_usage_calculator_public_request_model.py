from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class LlmUsageCalculatorPublicRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    prompt_length: Length of the prompt in characters.
    number_of_pages: Pages of content in PDF documents or URLs in the agent's knowledge base.
    rag_enabled: Whether RAG is enabled.
    """

    prompt_length: int

    number_of_pages: int

    rag_enabled: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt_length", "prompt_length", INT, required=True),
        Field("number_of_pages", "number_of_pages", INT, required=True),
        Field("rag_enabled", "rag_enabled", BOOL, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
