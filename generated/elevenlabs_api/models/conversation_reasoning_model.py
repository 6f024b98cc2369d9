from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationReasoningModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    provider_redact: Defaults to False on the server.
    """

    summary: None | str | Unset = UNSET

    provider_redact: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("summary", "summary", union(STR, NULL)),
        Field("provider_redact", "provider_redact", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
