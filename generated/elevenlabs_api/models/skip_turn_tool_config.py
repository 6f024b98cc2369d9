from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)
from ..types import Unset


@_attrs_define(slots=False)
class SkipTurnToolConfig(Lazy, AdditionalProperties[Any]):
    """Allows the agent to explicitly skip its turn.

    This tool should be invoked by the LLM when the user indicates they would like
    to think or take a short pause before continuing the conversation—e.g. when
    they say: "Give me a second", "Let me think", or "One moment please".  After
    calling this tool, the assistant should not speak until the user speaks
    again, or another normal turn-taking condition is met.  The tool itself has
    no parameters and performs no side-effects other than informing the backend
    that the current turn generation is complete.

    Attributes:
        system_tool_type:  Default: 'skip_turn'.
    """

    system_tool_type: Literal["skip_turn"] | Unset = _attrs_field(
        default="skip_turn",
        kw_only=True,
        validator=types.tag("SkipTurnToolConfig", "system_tool_type", "skip_turn"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("system_tool_type", "system_tool_type", const("skip_turn")),
        Field("additional_properties", None, dict_of(ANY)),
    )
