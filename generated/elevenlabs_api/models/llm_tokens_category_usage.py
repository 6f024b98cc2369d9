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

T = TypeVar("T", bound="LlmTokensCategoryUsage")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class LlmTokensCategoryUsage(Lazy):
    """Attributes:
    tokens (int | Unset): Defaults to 0 on the server.
    price (float | Unset): Defaults to 0 on the server.
    """

    tokens: int | Unset = UNSET

    price: float | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        tokens = self.tokens

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if price is not UNSET:
            field_dict["price"] = price
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        llm_tokens_category_usage = cls.__new__(cls)
        llm_tokens_category_usage.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return llm_tokens_category_usage

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


_read_tokens = plain_reader("tokens", (int,), "an integer", False)

_read_price = plain_reader(
    "price",
    (
        float,
        int,
    ),
    "a number",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "tokens",
        "price",
    )
)


def _read_additional_properties(cls: type[LlmTokensCategoryUsage], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[LlmTokensCategoryUsage], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    tokens = d.get("tokens", UNSET)
    if tokens.__class__ is not int and tokens is not UNSET:
        tokens = _read_tokens(cls, d)

    price = d.get("price", UNSET)
    if price.__class__ is not float and price.__class__ is not int and price is not UNSET:
        price = _read_price(cls, d)

    return {
        "tokens": tokens,
        "price": price,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    LlmTokensCategoryUsage,
    _all_fields,
    {
        "tokens": _read_tokens,
        "price": _read_price,
        "additional_properties": _read_additional_properties,
    },
)
