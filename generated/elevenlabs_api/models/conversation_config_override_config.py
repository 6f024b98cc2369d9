from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationConfigOverrideConfig(Lazy, AdditionalProperties[Any]):
    """Attributes:
    text_only: Whether to allow overriding the text_only field. Defaults to False on the server.
    max_duration_seconds: Whether to allow overriding the max_duration_seconds field. Defaults to False on the
        server.
    """

    text_only: bool | Unset = UNSET

    max_duration_seconds: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text_only", "text_only", BOOL),
        Field("max_duration_seconds", "max_duration_seconds", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
