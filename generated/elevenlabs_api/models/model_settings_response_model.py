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

T = TypeVar("T", bound="ModelSettingsResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ModelSettingsResponseModel(Lazy):
    """Example:
        {'stability': 0.5}

    Attributes:
        stability (float | None | Unset): Determines how stable the voice is and the randomness between each generation.
            Lower values introduce broader emotional range for the voice. Higher values can result in a monotonous voice
            with limited emotion. Defaults to 0.5 on the server.
    """

    stability: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        stability: Any
        try:
            stability = self.stability

        except (AttributeError, TypeError):
            stability = self.stability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if stability is not UNSET:
            field_dict["stability"] = stability
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        model_settings_response_model = cls.__new__(cls)
        model_settings_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return model_settings_response_model

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


_read_stability = plain_reader(
    "stability",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(("stability",))


def _read_additional_properties(cls: type[ModelSettingsResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ModelSettingsResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    stability = d.get("stability", UNSET)
    if (
        stability.__class__ is not float
        and stability.__class__ is not int
        and stability is not None
        and stability is not UNSET
    ):
        stability = _read_stability(cls, d)

    return {
        "stability": stability,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ModelSettingsResponseModel,
    _all_fields,
    {
        "stability": _read_stability,
        "additional_properties": _read_additional_properties,
    },
)
