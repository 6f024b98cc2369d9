from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_conversation_metadata_delivery_status import (
    AsyncConversationMetadataDeliveryStatus,
)
from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="AsyncConversationMetadata")


@_attrs_define
class AsyncConversationMetadata:
    """Attributes:
    delivery_status (AsyncConversationMetadataDeliveryStatus | str):
    delivery_timestamp (int):
    external_system (str):
    external_id (str):
    delivery_error (None | str | Unset):
    retry_count (int | Unset):  Default: 0.
    last_retry_timestamp (int | None | Unset):
    """

    delivery_status: AsyncConversationMetadataDeliveryStatus | str

    delivery_timestamp: int

    external_system: str

    external_id: str

    delivery_error: None | str | Unset = UNSET

    retry_count: int | Unset = 0

    last_retry_timestamp: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        delivery_status: Any
        try:
            if isinstance(self.delivery_status, str):
                delivery_status = self.delivery_status
            else:
                delivery_status = self.delivery_status

        except (AttributeError, TypeError):
            delivery_status = self.delivery_status

        delivery_timestamp = self.delivery_timestamp

        external_system = self.external_system

        external_id = self.external_id

        delivery_error: Any
        try:
            delivery_error = self.delivery_error

        except (AttributeError, TypeError):
            delivery_error = self.delivery_error

        retry_count = self.retry_count

        last_retry_timestamp: Any
        try:
            last_retry_timestamp = self.last_retry_timestamp

        except (AttributeError, TypeError):
            last_retry_timestamp = self.last_retry_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if delivery_status is not None or "delivery_status" not in self._missing_fields:
            field_dict["delivery_status"] = delivery_status
        if delivery_timestamp is not None or "delivery_timestamp" not in self._missing_fields:
            field_dict["delivery_timestamp"] = delivery_timestamp
        if external_system is not None or "external_system" not in self._missing_fields:
            field_dict["external_system"] = external_system
        if external_id is not None or "external_id" not in self._missing_fields:
            field_dict["external_id"] = external_id
        if delivery_error is not UNSET:
            field_dict["delivery_error"] = delivery_error
        if retry_count is not UNSET:
            field_dict["retry_count"] = retry_count
        if last_retry_timestamp is not UNSET:
            field_dict["last_retry_timestamp"] = last_retry_timestamp
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        delivery_status = d.pop("delivery_status", MISSING)
        if delivery_status.__class__ is not str:
            if delivery_status is MISSING:
                delivery_status = missing_field(cls, "delivery_status")
                _missing += ("delivery_status",)
            else:
                delivery_status = unexpected_type(cls, "delivery_status", delivery_status, "a string")

        delivery_timestamp = d.pop("delivery_timestamp", MISSING)
        if delivery_timestamp.__class__ is not int:
            if delivery_timestamp is MISSING:
                delivery_timestamp = missing_field(cls, "delivery_timestamp")
                _missing += ("delivery_timestamp",)
            else:
                delivery_timestamp = unexpected_type(cls, "delivery_timestamp", delivery_timestamp, "an integer")

        external_system = d.pop("external_system", MISSING)
        if external_system.__class__ is not str:
            if external_system is MISSING:
                external_system = missing_field(cls, "external_system")
                _missing += ("external_system",)
            else:
                external_system = unexpected_type(cls, "external_system", external_system, "a string")

        external_id = d.pop("external_id", MISSING)
        if external_id.__class__ is not str:
            if external_id is MISSING:
                external_id = missing_field(cls, "external_id")
                _missing += ("external_id",)
            else:
                external_id = unexpected_type(cls, "external_id", external_id, "a string")

        delivery_error = d.pop("delivery_error", UNSET)
        if delivery_error.__class__ is not str and delivery_error is not None and delivery_error is not UNSET:
            delivery_error = unexpected_type(cls, "delivery_error", delivery_error, "a string or null")

        retry_count = d.pop("retry_count", UNSET)
        if retry_count.__class__ is not int and retry_count is not UNSET:
            retry_count = unexpected_type(cls, "retry_count", retry_count, "an integer")

        last_retry_timestamp = d.pop("last_retry_timestamp", UNSET)
        if (
            last_retry_timestamp.__class__ is not int
            and last_retry_timestamp is not None
            and last_retry_timestamp is not UNSET
        ):
            last_retry_timestamp = unexpected_type(
                cls, "last_retry_timestamp", last_retry_timestamp, "an integer or null"
            )

        async_conversation_metadata = cls(
            delivery_status=delivery_status,
            delivery_timestamp=delivery_timestamp,
            external_system=external_system,
            external_id=external_id,
            delivery_error=delivery_error,
            retry_count=retry_count,
            last_retry_timestamp=last_retry_timestamp,
        )
        if _missing:
            async_conversation_metadata._missing_fields = _missing
        async_conversation_metadata.additional_properties = d
        return async_conversation_metadata

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
