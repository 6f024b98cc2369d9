from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import Llm
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="LlmUsageCalculatorLlmResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class LlmUsageCalculatorLlmResponseModel(Lazy):
    """Attributes:
    llm (Llm | str):
    price_per_minute (float):
    """

    llm: Llm | str

    price_per_minute: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "llm",
        "price_per_minute",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        llm: Any
        try:
            if isinstance(self.llm, str):
                llm = self.llm
            else:
                llm = self.llm

        except (AttributeError, TypeError):
            llm = self.llm

        price_per_minute = self.price_per_minute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if llm is not None or "llm" not in self._missing_fields:
            field_dict["llm"] = llm
        if price_per_minute is not None or "price_per_minute" not in self._missing_fields:
            field_dict["price_per_minute"] = price_per_minute
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        llm_usage_calculator_llm_response_model = cls.__new__(cls)
        llm_usage_calculator_llm_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return llm_usage_calculator_llm_response_model

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


_read_llm = plain_reader("llm", (str,), "a string", True)

_read_price_per_minute = plain_reader(
    "price_per_minute",
    (
        float,
        int,
    ),
    "a number",
    True,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "llm",
        "price_per_minute",
    )
)


def _read_additional_properties(cls: type[LlmUsageCalculatorLlmResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[LlmUsageCalculatorLlmResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    llm = d.get("llm", MISSING)
    if llm.__class__ is not str:
        llm = _read_llm(cls, d)

    price_per_minute = d.get("price_per_minute", MISSING)
    if price_per_minute.__class__ is not float and price_per_minute.__class__ is not int:
        price_per_minute = _read_price_per_minute(cls, d)

    return {
        "llm": llm,
        "price_per_minute": price_per_minute,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    LlmUsageCalculatorLlmResponseModel,
    _all_fields,
    {
        "llm": _read_llm,
        "price_per_minute": _read_price_per_minute,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
