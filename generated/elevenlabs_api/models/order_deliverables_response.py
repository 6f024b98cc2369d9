from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="OrderDeliverablesResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class OrderDeliverablesResponse(Lazy):
    """Example:
        {'deliverables': [{'content_type': 'video/mp4', 'name': 'output_fr.mp4', 'signed_url':
        'https://storage.googleapis.com/example-bucket/deliverables/output_fr.mp4?X-Goog-Signature=...', 'version': 1}]}

    Attributes:
        deliverables (list[DeliverableInfo]): The list of delivered files for the order. Empty if the order is not yet
            completed.
    """

    deliverables: list[DeliverableInfo]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("deliverables",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        deliverables: Any
        try:
            deliverables = []
            for deliverables_item_data in self.deliverables:
                deliverables_item = deliverables_item_data.to_dict()
                deliverables.append(deliverables_item)

        except (AttributeError, TypeError):
            deliverables = self.deliverables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if deliverables is not None or "deliverables" not in self._missing_fields:
            field_dict["deliverables"] = deliverables
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        order_deliverables_response = cls.__new__(cls)
        order_deliverables_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return order_deliverables_response

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


def _read_deliverables(cls: type[OrderDeliverablesResponse], d: Mapping[str, Any]) -> Any:
    deliverables_raw = d.get("deliverables", MISSING)
    if deliverables_raw is MISSING:
        deliverables = missing_field(cls, "deliverables")
    else:
        try:
            expect_array("deliverables", deliverables_raw)
            deliverables = []
            _deliverables = deliverables_raw
            for deliverables_item_data in _deliverables:
                deliverables_item = DeliverableInfo.from_dict(deliverables_item_data)

                deliverables.append(deliverables_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            deliverables = deviating_field(cls, "deliverables", deliverables_raw)

    return deliverables


_FIELDS: frozenset[str] = frozenset(("deliverables",))


def _read_additional_properties(cls: type[OrderDeliverablesResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[OrderDeliverablesResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "deliverables" in known:
        deliverables = known["deliverables"]
    else:
        deliverables = _read_deliverables(cls, d)

    return {
        "deliverables": deliverables,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    OrderDeliverablesResponse,
    _all_fields,
    {
        "deliverables": _read_deliverables,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.deliverable_info import DeliverableInfo
