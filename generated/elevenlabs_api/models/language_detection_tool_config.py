from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class LanguageDetectionToolConfig(Lazy, AdditionalProperties[Any]):
    """Attributes:
    system_tool_type:  Default: 'language_detection'.
    only_at_conversation_start: If no language switch happens in the first 2 user turns, later attempts fail and the
        conversation stays in the current language. If the language switches during those turns, later switching stays
        available. Enable to reduce the possibility of false switching. Defaults to False on the server.
    """

    system_tool_type: Literal["language_detection"] | Unset = _attrs_field(
        default="language_detection",
        kw_only=True,
        validator=types.tag("LanguageDetectionToolConfig", "system_tool_type", "language_detection"),
    )

    only_at_conversation_start: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("system_tool_type", "system_tool_type", const("language_detection")),
        Field("only_at_conversation_start", "only_at_conversation_start", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
