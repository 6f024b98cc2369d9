from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm import LLM, check_llm
from ..types import (
    MISSING,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="OpenerConfig")


@_attrs_define
class OpenerConfig:
    """Attributes:
    llm (LLM):
    """

    llm: LLM

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        llm_raw = d.pop("llm", MISSING)
        if llm_raw is MISSING:
            llm = missing_field(cls, "llm")
            _missing += ("llm",)
        else:
            try:
                llm = check_llm(llm_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                llm = deviating_field(cls, "llm", llm_raw)

        opener_config = cls(
            llm=llm,
        )
        if _missing:
            opener_config._missing_fields = _missing
        opener_config.additional_properties = d
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
