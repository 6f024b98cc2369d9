from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import Llm, check_llm
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="OpenerConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class OpenerConfig(Lazy):
    """Attributes:
    llm (Llm):
    """

    llm: Llm

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("llm",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        llm: Any
        try:
            llm = self.llm
        except (AttributeError, TypeError):
            llm = self.llm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if llm is not None or "llm" not in self._missing_fields:
            field_dict["llm"] = llm
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        opener_config = cls.__new__(cls)
        opener_config.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return opener_config

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


def _read_llm(cls: type[OpenerConfig], d: Mapping[str, Any]) -> Any:
    llm_raw = d.get("llm", MISSING)
    if llm_raw is MISSING:
        llm = missing_field(cls, "llm")
    else:
        try:
            llm = check_llm(llm_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            llm = deviating_field(cls, "llm", llm_raw)

    return llm


_FIELDS: frozenset[str] = frozenset(("llm",))


def _read_additional_properties(cls: type[OpenerConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[OpenerConfig], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "llm" in known:
        llm = known["llm"]
    else:
        llm = _read_llm(cls, d)

    return {
        "llm": llm,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    OpenerConfig,
    _all_fields,
    {
        "llm": _read_llm,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
