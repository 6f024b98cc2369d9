from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="StudioAgentToolSettingsModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class StudioAgentToolSettingsModel(Lazy):
    """Attributes:
    skip_confirmation (bool | Unset): Defaults to False on the server.
    """

    skip_confirmation: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        skip_confirmation = self.skip_confirmation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if skip_confirmation is not UNSET:
            field_dict["skip_confirmation"] = skip_confirmation
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        studio_agent_tool_settings_model = cls.__new__(cls)
        studio_agent_tool_settings_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return studio_agent_tool_settings_model

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


_read_skip_confirmation = plain_reader("skip_confirmation", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(("skip_confirmation",))


def _read_additional_properties(cls: type[StudioAgentToolSettingsModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[StudioAgentToolSettingsModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    skip_confirmation = d.get("skip_confirmation", UNSET)
    if skip_confirmation.__class__ is not bool and skip_confirmation is not UNSET:
        skip_confirmation = _read_skip_confirmation(cls, d)

    return {
        "skip_confirmation": skip_confirmation,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    StudioAgentToolSettingsModel,
    _all_fields,
    {
        "skip_confirmation": _read_skip_confirmation,
        "additional_properties": _read_additional_properties,
    },
)
