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
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="UpdateCalendarEventParams")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UpdateCalendarEventParams(Lazy):
    """Attributes:
    smb_tool_type (Literal['update_calendar_event'] | Unset):  Default: 'update_calendar_event'.
    """

    smb_tool_type: Literal["update_calendar_event"] | Unset = _attrs_field(
        default="update_calendar_event",
        kw_only=True,
        validator=types.tag("UpdateCalendarEventParams", "smb_tool_type", "update_calendar_event"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("smb_tool_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("smb_tool_type", "update_calendar_event")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        smb_tool_type = self.smb_tool_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if smb_tool_type is not UNSET:
            field_dict["smb_tool_type"] = smb_tool_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        update_calendar_event_params = cls.__new__(cls)
        update_calendar_event_params.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return update_calendar_event_params

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


def _read_smb_tool_type(cls: type[UpdateCalendarEventParams], d: Mapping[str, Any]) -> Any:
    smb_tool_type_raw = d.get("smb_tool_type", UNSET)
    smb_tool_type = cast(Literal["update_calendar_event"] | Unset, smb_tool_type_raw)
    if smb_tool_type != "update_calendar_event" and not isinstance(smb_tool_type, Unset):
        raise ValueError(f"smb_tool_type must match const 'update_calendar_event', got '{smb_tool_type}'")

    return smb_tool_type


_FIELDS: frozenset[str] = frozenset(("smb_tool_type",))


def _read_additional_properties(cls: type[UpdateCalendarEventParams], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[UpdateCalendarEventParams], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "smb_tool_type" in known:
        smb_tool_type = known["smb_tool_type"]
    else:
        smb_tool_type = d.get("smb_tool_type", UNSET)
        if smb_tool_type is not UNSET:
            smb_tool_type = _read_smb_tool_type(cls, d)

    return {
        "smb_tool_type": smb_tool_type,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    UpdateCalendarEventParams,
    _all_fields,
    {
        "smb_tool_type": _read_smb_tool_type,
        "additional_properties": _read_additional_properties,
    },
)
