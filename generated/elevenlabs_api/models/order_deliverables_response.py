from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
)

T = TypeVar("T", bound="OrderDeliverablesResponse")


@_attrs_define
class OrderDeliverablesResponse:
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        deliverables_raw = d.pop("deliverables", MISSING)
        if deliverables_raw is MISSING:
            deliverables = missing_field(cls, "deliverables")
            _missing += ("deliverables",)
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

        order_deliverables_response = cls(
            deliverables=deliverables,
        )
        if _missing:
            order_deliverables_response._missing_fields = _missing
        order_deliverables_response.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.deliverable_info import DeliverableInfo
