from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ConversationHistoryBatchCallModel")


@_attrs_define
class ConversationHistoryBatchCallModel:
    """Attributes:
    batch_call_id (str):
    batch_call_recipient_id (str):
    """

    batch_call_id: str

    batch_call_recipient_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        batch_call_id = self.batch_call_id

        batch_call_recipient_id = self.batch_call_recipient_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if batch_call_id is not None or "batch_call_id" not in self._missing_fields:
            field_dict["batch_call_id"] = batch_call_id
        if batch_call_recipient_id is not None or "batch_call_recipient_id" not in self._missing_fields:
            field_dict["batch_call_recipient_id"] = batch_call_recipient_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        batch_call_id = d.pop("batch_call_id", MISSING)
        if batch_call_id.__class__ is not str:
            if batch_call_id is MISSING:
                batch_call_id = missing_field(cls, "batch_call_id")
                _missing += ("batch_call_id",)
            else:
                batch_call_id = unexpected_type(cls, "batch_call_id", batch_call_id, "a string")

        batch_call_recipient_id = d.pop("batch_call_recipient_id", MISSING)
        if batch_call_recipient_id.__class__ is not str:
            if batch_call_recipient_id is MISSING:
                batch_call_recipient_id = missing_field(cls, "batch_call_recipient_id")
                _missing += ("batch_call_recipient_id",)
            else:
                batch_call_recipient_id = unexpected_type(
                    cls, "batch_call_recipient_id", batch_call_recipient_id, "a string"
                )

        conversation_history_batch_call_model = cls(
            batch_call_id=batch_call_id,
            batch_call_recipient_id=batch_call_recipient_id,
        )
        if _missing:
            conversation_history_batch_call_model._missing_fields = _missing
        conversation_history_batch_call_model.additional_properties = d
        return conversation_history_batch_call_model

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
