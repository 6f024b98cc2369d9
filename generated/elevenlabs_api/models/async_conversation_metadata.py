from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    AsyncConversationMetadataDeliveryStatus,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AsyncConversationMetadata")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AsyncConversationMetadata(Lazy):
    """Attributes:
    delivery_status (AsyncConversationMetadataDeliveryStatus | str):
    delivery_timestamp (int):
    external_system (str):
    external_id (str):
    delivery_error (None | str | Unset):
    retry_count (int | Unset): Defaults to 0 on the server.
    last_retry_timestamp (int | None | Unset):
    """

    delivery_status: AsyncConversationMetadataDeliveryStatus | str

    delivery_timestamp: int

    external_system: str

    external_id: str

    delivery_error: None | str | Unset = UNSET

    retry_count: int | Unset = UNSET

    last_retry_timestamp: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "delivery_status",
        "delivery_timestamp",
        "external_system",
        "external_id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        async_conversation_metadata = cls.__new__(cls)
        async_conversation_metadata.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_delivery_status = plain_reader("delivery_status", (str,), "a string", True)

_read_delivery_timestamp = plain_reader("delivery_timestamp", (int,), "an integer", True)

_read_external_system = plain_reader("external_system", (str,), "a string", True)

_read_external_id = plain_reader("external_id", (str,), "a string", True)

_read_delivery_error = plain_reader(
    "delivery_error",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_retry_count = plain_reader("retry_count", (int,), "an integer", False)

_read_last_retry_timestamp = plain_reader(
    "last_retry_timestamp",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "delivery_status",
        "delivery_timestamp",
        "external_system",
        "external_id",
        "delivery_error",
        "retry_count",
        "last_retry_timestamp",
    )
)


def _read_additional_properties(cls: type[AsyncConversationMetadata], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AsyncConversationMetadata], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    delivery_status = d.get("delivery_status", MISSING)
    if delivery_status.__class__ is not str:
        delivery_status = _read_delivery_status(cls, d)

    delivery_timestamp = d.get("delivery_timestamp", MISSING)
    if delivery_timestamp.__class__ is not int:
        delivery_timestamp = _read_delivery_timestamp(cls, d)

    external_system = d.get("external_system", MISSING)
    if external_system.__class__ is not str:
        external_system = _read_external_system(cls, d)

    external_id = d.get("external_id", MISSING)
    if external_id.__class__ is not str:
        external_id = _read_external_id(cls, d)

    delivery_error = d.get("delivery_error", UNSET)
    if delivery_error.__class__ is not str and delivery_error is not None and delivery_error is not UNSET:
        delivery_error = _read_delivery_error(cls, d)

    retry_count = d.get("retry_count", UNSET)
    if retry_count.__class__ is not int and retry_count is not UNSET:
        retry_count = _read_retry_count(cls, d)

    last_retry_timestamp = d.get("last_retry_timestamp", UNSET)
    if (
        last_retry_timestamp.__class__ is not int
        and last_retry_timestamp is not None
        and last_retry_timestamp is not UNSET
    ):
        last_retry_timestamp = _read_last_retry_timestamp(cls, d)

    return {
        "delivery_status": delivery_status,
        "delivery_timestamp": delivery_timestamp,
        "external_system": external_system,
        "external_id": external_id,
        "delivery_error": delivery_error,
        "retry_count": retry_count,
        "last_retry_timestamp": last_retry_timestamp,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AsyncConversationMetadata,
    _all_fields,
    {
        "delivery_status": _read_delivery_status,
        "delivery_timestamp": _read_delivery_timestamp,
        "external_system": _read_external_system,
        "external_id": _read_external_id,
        "delivery_error": _read_delivery_error,
        "retry_count": _read_retry_count,
        "last_retry_timestamp": _read_last_retry_timestamp,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
