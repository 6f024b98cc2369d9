from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    FLOAT,
    INT,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
)


@_attrs_define(slots=False)
class ConversationInitiationClientDataCustomLlmExtraBody(Lazy, AdditionalProperties[Any]):
    """Additional LLM configuration parameters

    Attributes:
        temperature: Temperature parameter controlling response randomness.
        max_tokens: Maximum number of tokens allowed in LLM responses.
    """

    temperature: float | Unset = UNSET

    max_tokens: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("temperature", "temperature", FLOAT),
        Field("max_tokens", "max_tokens", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )
