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
class PlayDtmfToolConfig(Lazy, AdditionalProperties[Any]):
    """Allows the agent to play DTMF tones during a phone call.

    This tool can be used to interact with automated phone systems, such as
    navigating phone menus, entering extensions, or inputting numeric codes.

    Attributes:
        system_tool_type:  Default: 'play_keypad_touch_tone'.
        use_out_of_band_dtmf: Send DTMF tones as out-of-band RTP events (RFC 4733) instead of in-band audio. Only
            effective for SIP trunk imported numbers. Defaults to True on the server.
        suppress_turn_after_dtmf: If true, the agent will not generate further speech after playing DTMF tones. This
            prevents the agent's speech from interfering with IVR systems. Defaults to False on the server.
    """

    system_tool_type: Literal["play_keypad_touch_tone"] | Unset = _attrs_field(
        default="play_keypad_touch_tone",
        kw_only=True,
        validator=types.tag("PlayDtmfToolConfig", "system_tool_type", "play_keypad_touch_tone"),
    )

    use_out_of_band_dtmf: bool | Unset = UNSET

    suppress_turn_after_dtmf: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("system_tool_type", "system_tool_type", const("play_keypad_touch_tone")),
        Field("use_out_of_band_dtmf", "use_out_of_band_dtmf", BOOL),
        Field("suppress_turn_after_dtmf", "suppress_turn_after_dtmf", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
