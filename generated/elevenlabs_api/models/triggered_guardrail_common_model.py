from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guardrail_type import GuardrailType
from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="TriggeredGuardrailCommonModel")


@_attrs_define
class TriggeredGuardrailCommonModel:
    """Attributes:
    guardrail_type (GuardrailType | str):
    guardrail_name (None | str | Unset):
    """

    guardrail_type: GuardrailType | str

    guardrail_name: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        guardrail_type: Any
        try:
            if isinstance(self.guardrail_type, str):
                guardrail_type = self.guardrail_type
            else:
                guardrail_type = self.guardrail_type

        except (AttributeError, TypeError):
            guardrail_type = self.guardrail_type

        guardrail_name: Any
        try:
            guardrail_name = self.guardrail_name

        except (AttributeError, TypeError):
            guardrail_name = self.guardrail_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if guardrail_type is not None or "guardrail_type" not in self._missing_fields:
            field_dict["guardrail_type"] = guardrail_type
        if guardrail_name is not UNSET:
            field_dict["guardrail_name"] = guardrail_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        guardrail_type = d.pop("guardrail_type", MISSING)
        if guardrail_type.__class__ is not str:
            if guardrail_type is MISSING:
                guardrail_type = missing_field(cls, "guardrail_type")
                _missing += ("guardrail_type",)
            else:
                guardrail_type = unexpected_type(cls, "guardrail_type", guardrail_type, "a string")

        guardrail_name = d.pop("guardrail_name", UNSET)
        if guardrail_name.__class__ is not str and guardrail_name is not None and guardrail_name is not UNSET:
            guardrail_name = unexpected_type(cls, "guardrail_name", guardrail_name, "a string or null")

        triggered_guardrail_common_model = cls(
            guardrail_type=guardrail_type,
            guardrail_name=guardrail_name,
        )
        if _missing:
            triggered_guardrail_common_model._missing_fields = _missing
        triggered_guardrail_common_model.additional_properties = d
        return triggered_guardrail_common_model

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
