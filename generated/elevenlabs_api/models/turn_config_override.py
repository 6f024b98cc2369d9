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
    deviating_field,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="TurnConfigOverride")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TurnConfigOverride(Lazy):
    """Attributes:
    soft_timeout_config (None | SoftTimeoutConfigOverride | Unset): Configuration for soft timeout functionality.
        Provides immediate feedback during longer LLM responses.
    """

    soft_timeout_config: None | SoftTimeoutConfigOverride | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        soft_timeout_config: Any
        try:
            if isinstance(self.soft_timeout_config, Unset):
                soft_timeout_config = UNSET
            elif isinstance(self.soft_timeout_config, SoftTimeoutConfigOverride):
                soft_timeout_config = self.soft_timeout_config.to_dict()
            else:
                soft_timeout_config = self.soft_timeout_config

        except (AttributeError, TypeError):
            soft_timeout_config = self.soft_timeout_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if soft_timeout_config is not UNSET:
            field_dict["soft_timeout_config"] = soft_timeout_config
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        turn_config_override = cls.__new__(cls)
        turn_config_override.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return turn_config_override

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


def _read_soft_timeout_config(cls: type[TurnConfigOverride], d: Mapping[str, Any]) -> Any:
    soft_timeout_config_raw = d.get("soft_timeout_config", UNSET)
    try:

        def _parse_soft_timeout_config(data: object) -> None | SoftTimeoutConfigOverride | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            soft_timeout_config_type_0 = SoftTimeoutConfigOverride.from_dict(data)

            return soft_timeout_config_type_0

        soft_timeout_config = _parse_soft_timeout_config(soft_timeout_config_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        soft_timeout_config = deviating_field(cls, "soft_timeout_config", soft_timeout_config_raw)

    return soft_timeout_config


_FIELDS: frozenset[str] = frozenset(("soft_timeout_config",))


def _read_additional_properties(cls: type[TurnConfigOverride], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[TurnConfigOverride], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "soft_timeout_config" in known:
        soft_timeout_config = known["soft_timeout_config"]
    else:
        soft_timeout_config = d.get("soft_timeout_config", UNSET)
        if soft_timeout_config is not UNSET and soft_timeout_config is not None:
            soft_timeout_config = _read_soft_timeout_config(cls, d)

    return {
        "soft_timeout_config": soft_timeout_config,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    TurnConfigOverride,
    _all_fields,
    {
        "soft_timeout_config": _read_soft_timeout_config,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.soft_timeout_config_override import SoftTimeoutConfigOverride
