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

T = TypeVar("T", bound="ConversationInitiationClientDataCustomLlmExtraBody")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationInitiationClientDataCustomLlmExtraBody(Lazy):
    """Additional LLM configuration parameters

    Attributes:
        temperature (float | Unset): Temperature parameter controlling response randomness.
        max_tokens (int | Unset): Maximum number of tokens allowed in LLM responses.
    """

    temperature: float | Unset = UNSET

    max_tokens: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        temperature = self.temperature

        max_tokens = self.max_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_initiation_client_data_custom_llm_extra_body = cls.__new__(cls)
        conversation_initiation_client_data_custom_llm_extra_body.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_initiation_client_data_custom_llm_extra_body

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


_read_temperature = plain_reader(
    "temperature",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_max_tokens = plain_reader("max_tokens", (int,), "an integer", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "temperature",
        "max_tokens",
    )
)


def _read_additional_properties(
    cls: type[ConversationInitiationClientDataCustomLlmExtraBody], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationInitiationClientDataCustomLlmExtraBody], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    temperature = d.get("temperature", UNSET)
    if temperature.__class__ is not float and temperature.__class__ is not int and temperature is not UNSET:
        temperature = _read_temperature(cls, d)

    max_tokens = d.get("max_tokens", UNSET)
    if max_tokens.__class__ is not int and max_tokens is not UNSET:
        max_tokens = _read_max_tokens(cls, d)

    return {
        "temperature": temperature,
        "max_tokens": max_tokens,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConversationInitiationClientDataCustomLlmExtraBody,
    _all_fields,
    {
        "temperature": _read_temperature,
        "max_tokens": _read_max_tokens,
        "additional_properties": _read_additional_properties,
    },
)
