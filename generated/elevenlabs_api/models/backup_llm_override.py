from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm import LLM
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
)

T = TypeVar("T", bound="BackupLLMOverride")


@_attrs_define
class BackupLLMOverride:
    """Attributes:
    order (list[LLM | str]):
    preference (Literal['override'] | Unset):  Default: 'override'.
    """

    order: list[LLM | str]

    preference: Literal["override"] | Unset = "override"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("preference", "override")

    def to_dict(self) -> dict[str, Any]:
        order: Any
        try:
            order = []
            for order_item_data in self.order:
                order_item: str
                if isinstance(order_item_data, str):
                    order_item = order_item_data
                else:
                    order_item = order_item_data

                order.append(order_item)

        except (AttributeError, TypeError):
            order = self.order

        preference = self.preference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if order is not None or "order" not in self._missing_fields:
            field_dict["order"] = order
        if preference is not UNSET:
            field_dict["preference"] = preference
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        preference_raw = d.pop("preference", UNSET)
        preference = cast(Literal["override"] | Unset, preference_raw)
        if preference != "override" and not isinstance(preference, Unset):
            raise ValueError(f"preference must match const 'override', got '{preference}'")

        order_raw = d.pop("order", MISSING)
        if order_raw is MISSING:
            order = missing_field(cls, "order")
            _missing += ("order",)
        else:
            try:
                expect_array("order", order_raw)
                order = []
                _order = order_raw
                for order_item_data in _order:
                    order_item = order_item_data

                    order.append(order_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                order = deviating_field(cls, "order", order_raw)

        backup_llm_override = cls(
            order=order,
            preference=preference,
        )
        if _missing:
            backup_llm_override._missing_fields = _missing
        backup_llm_override.additional_properties = d
        return backup_llm_override

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
