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

T = TypeVar("T", bound="ConversationHistoryMultivoiceMessageModel")


@_attrs_define
class ConversationHistoryMultivoiceMessageModel:
    """Attributes:
    parts (list[ConversationHistoryMultivoiceMessagePartModel]):
    """

    parts: list[ConversationHistoryMultivoiceMessagePartModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        parts: Any
        try:
            parts = []
            for parts_item_data in self.parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

        except (AttributeError, TypeError):
            parts = self.parts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if parts is not None or "parts" not in self._missing_fields:
            field_dict["parts"] = parts
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        parts_raw = d.pop("parts", MISSING)
        if parts_raw is MISSING:
            parts = missing_field(cls, "parts")
            _missing += ("parts",)
        else:
            try:
                expect_array("parts", parts_raw)
                parts = []
                _parts = parts_raw
                for parts_item_data in _parts:
                    parts_item = ConversationHistoryMultivoiceMessagePartModel.from_dict(parts_item_data)

                    parts.append(parts_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                parts = deviating_field(cls, "parts", parts_raw)

        conversation_history_multivoice_message_model = cls(
            parts=parts,
        )
        if _missing:
            conversation_history_multivoice_message_model._missing_fields = _missing
        conversation_history_multivoice_message_model.additional_properties = d
        return conversation_history_multivoice_message_model

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
from ..models.conversation_history_multivoice_message_part_model import ConversationHistoryMultivoiceMessagePartModel
