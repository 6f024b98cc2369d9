from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import Llm
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BackupLlmOverride")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BackupLlmOverride(Lazy):
    """Attributes:
    order (list[Llm | str]):
    preference (Literal['override'] | Unset):  Default: 'override'.
    """

    order: list[Llm | str]

    preference: Literal["override"] | Unset = _attrs_field(
        default="override",
        kw_only=True,
        validator=types.tag("BackupLlmOverride", "preference", "override"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("order",)
    _tags: ClassVar[tuple[str, ...]] = ("preference",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("preference", "override")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        backup_llm_override = cls.__new__(cls)
        backup_llm_override.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


def _read_preference(cls: type[BackupLlmOverride], d: Mapping[str, Any]) -> Any:
    preference_raw = d.get("preference", UNSET)
    preference = cast(Literal["override"] | Unset, preference_raw)
    if preference != "override" and not isinstance(preference, Unset):
        raise ValueError(f"preference must match const 'override', got '{preference}'")

    return preference


def _read_order(cls: type[BackupLlmOverride], d: Mapping[str, Any]) -> Any:
    order_raw = d.get("order", MISSING)
    if order_raw is MISSING:
        order = missing_field(cls, "order")
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

    return order


_FIELDS: frozenset[str] = frozenset(
    (
        "order",
        "preference",
    )
)


def _read_additional_properties(cls: type[BackupLlmOverride], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[BackupLlmOverride], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "preference" in known:
        preference = known["preference"]
    else:
        preference = d.get("preference", UNSET)
        if preference is not UNSET:
            preference = _read_preference(cls, d)

    if "order" in known:
        order = known["order"]
    else:
        order = _read_order(cls, d)

    return {
        "order": order,
        "preference": preference,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BackupLlmOverride,
    _all_fields,
    {
        "order": _read_order,
        "preference": _read_preference,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
