from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="PlayDtmfToolConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PlayDtmfToolConfig(Lazy):
    """Allows the agent to play DTMF tones during a phone call.

    This tool can be used to interact with automated phone systems, such as
    navigating phone menus, entering extensions, or inputting numeric codes.

    Attributes:
        system_tool_type (Literal['play_keypad_touch_tone'] | Unset):  Default: 'play_keypad_touch_tone'.
        use_out_of_band_dtmf (bool | Unset): Send DTMF tones as out-of-band RTP events (RFC 4733) instead of in-band
            audio. Only effective for SIP trunk imported numbers. Defaults to True on the server.
        suppress_turn_after_dtmf (bool | Unset): If true, the agent will not generate further speech after playing DTMF
            tones. This prevents the agent's speech from interfering with IVR systems. Defaults to False on the server.
    """

    system_tool_type: Literal["play_keypad_touch_tone"] | Unset = _attrs_field(
        default="play_keypad_touch_tone",
        kw_only=True,
        validator=types.tag("PlayDtmfToolConfig", "system_tool_type", "play_keypad_touch_tone"),
    )

    use_out_of_band_dtmf: bool | Unset = UNSET

    suppress_turn_after_dtmf: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("system_tool_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("system_tool_type", "play_keypad_touch_tone")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        system_tool_type = self.system_tool_type

        use_out_of_band_dtmf = self.use_out_of_band_dtmf

        suppress_turn_after_dtmf = self.suppress_turn_after_dtmf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if system_tool_type is not UNSET:
            field_dict["system_tool_type"] = system_tool_type
        if use_out_of_band_dtmf is not UNSET:
            field_dict["use_out_of_band_dtmf"] = use_out_of_band_dtmf
        if suppress_turn_after_dtmf is not UNSET:
            field_dict["suppress_turn_after_dtmf"] = suppress_turn_after_dtmf
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        play_dtmf_tool_config = cls.__new__(cls)
        play_dtmf_tool_config.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return play_dtmf_tool_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_system_tool_type(cls: type[PlayDtmfToolConfig], d: Mapping[str, Any]) -> Any:
    system_tool_type_raw = d.get("system_tool_type", UNSET)
    system_tool_type = cast(Literal["play_keypad_touch_tone"] | Unset, system_tool_type_raw)
    if system_tool_type != "play_keypad_touch_tone" and not isinstance(system_tool_type, Unset):
        raise ValueError(f"system_tool_type must match const 'play_keypad_touch_tone', got '{system_tool_type}'")

    return system_tool_type


_read_use_out_of_band_dtmf = plain_reader("use_out_of_band_dtmf", (bool,), "a boolean", False)

_read_suppress_turn_after_dtmf = plain_reader("suppress_turn_after_dtmf", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "system_tool_type",
        "use_out_of_band_dtmf",
        "suppress_turn_after_dtmf",
    )
)


def _read_additional_properties(cls: type[PlayDtmfToolConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[PlayDtmfToolConfig], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "system_tool_type" in known:
        system_tool_type = known["system_tool_type"]
    else:
        system_tool_type = d.get("system_tool_type", UNSET)
        if system_tool_type is not UNSET:
            system_tool_type = _read_system_tool_type(cls, d)

    use_out_of_band_dtmf = d.get("use_out_of_band_dtmf", UNSET)
    if use_out_of_band_dtmf.__class__ is not bool and use_out_of_band_dtmf is not UNSET:
        use_out_of_band_dtmf = _read_use_out_of_band_dtmf(cls, d)

    suppress_turn_after_dtmf = d.get("suppress_turn_after_dtmf", UNSET)
    if suppress_turn_after_dtmf.__class__ is not bool and suppress_turn_after_dtmf is not UNSET:
        suppress_turn_after_dtmf = _read_suppress_turn_after_dtmf(cls, d)

    return {
        "system_tool_type": system_tool_type,
        "use_out_of_band_dtmf": use_out_of_band_dtmf,
        "suppress_turn_after_dtmf": suppress_turn_after_dtmf,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    PlayDtmfToolConfig,
    _all_fields,
    {
        "system_tool_type": _read_system_tool_type,
        "use_out_of_band_dtmf": _read_use_out_of_band_dtmf,
        "suppress_turn_after_dtmf": _read_suppress_turn_after_dtmf,
        "additional_properties": _read_additional_properties,
    },
)
