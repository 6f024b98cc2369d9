from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import BatchCallRecipientStatus
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="OutboundCallRecipientResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class OutboundCallRecipientResponseModel(Lazy):
    """Attributes:
    id (str):
    status (BatchCallRecipientStatus | str):
    created_at_unix (int):
    updated_at_unix (int):
    conversation_id (None | str):
    phone_number (None | str | Unset):
    whatsapp_user_id (None | str | Unset):
    conversation_initiation_client_data (ConversationInitiationClientDataInternal | None | Unset):
    """

    id: str

    status: BatchCallRecipientStatus | str

    created_at_unix: int

    updated_at_unix: int

    conversation_id: None | str = None

    phone_number: None | str | Unset = UNSET

    whatsapp_user_id: None | str | Unset = UNSET

    conversation_initiation_client_data: ConversationInitiationClientDataInternal | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "status",
        "created_at_unix",
        "updated_at_unix",
        "conversation_id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        id = self.id

        status: Any
        try:
            if isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        created_at_unix = self.created_at_unix

        updated_at_unix = self.updated_at_unix

        conversation_id: Any
        try:
            conversation_id = self.conversation_id

        except (AttributeError, TypeError):
            conversation_id = self.conversation_id

        phone_number: Any
        try:
            phone_number = self.phone_number

        except (AttributeError, TypeError):
            phone_number = self.phone_number

        whatsapp_user_id: Any
        try:
            whatsapp_user_id = self.whatsapp_user_id

        except (AttributeError, TypeError):
            whatsapp_user_id = self.whatsapp_user_id

        conversation_initiation_client_data: Any
        try:
            if isinstance(self.conversation_initiation_client_data, Unset):
                conversation_initiation_client_data = UNSET
            elif isinstance(self.conversation_initiation_client_data, ConversationInitiationClientDataInternal):
                conversation_initiation_client_data = self.conversation_initiation_client_data.to_dict()
            else:
                conversation_initiation_client_data = self.conversation_initiation_client_data

        except (AttributeError, TypeError):
            conversation_initiation_client_data = self.conversation_initiation_client_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        if created_at_unix is not None or "created_at_unix" not in self._missing_fields:
            field_dict["created_at_unix"] = created_at_unix
        if updated_at_unix is not None or "updated_at_unix" not in self._missing_fields:
            field_dict["updated_at_unix"] = updated_at_unix
        if conversation_id is not None or "conversation_id" not in self._missing_fields:
            field_dict["conversation_id"] = conversation_id
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if whatsapp_user_id is not UNSET:
            field_dict["whatsapp_user_id"] = whatsapp_user_id
        if conversation_initiation_client_data is not UNSET:
            field_dict["conversation_initiation_client_data"] = conversation_initiation_client_data
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        outbound_call_recipient_response_model = cls.__new__(cls)
        outbound_call_recipient_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return outbound_call_recipient_response_model

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


_read_id = plain_reader("id", (str,), "a string", True)

_read_status = plain_reader("status", (str,), "a string", True)

_read_created_at_unix = plain_reader("created_at_unix", (int,), "an integer", True)

_read_updated_at_unix = plain_reader("updated_at_unix", (int,), "an integer", True)

_read_conversation_id = plain_reader(
    "conversation_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_phone_number = plain_reader(
    "phone_number",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_whatsapp_user_id = plain_reader(
    "whatsapp_user_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_conversation_initiation_client_data(
    cls: type[OutboundCallRecipientResponseModel], d: Mapping[str, Any]
) -> Any:
    conversation_initiation_client_data_raw = d.get("conversation_initiation_client_data", UNSET)
    try:

        def _parse_conversation_initiation_client_data(
            data: object,
        ) -> ConversationInitiationClientDataInternal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            conversation_initiation_client_data_type_0 = ConversationInitiationClientDataInternal.from_dict(data)

            return conversation_initiation_client_data_type_0

        conversation_initiation_client_data = _parse_conversation_initiation_client_data(
            conversation_initiation_client_data_raw
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        conversation_initiation_client_data = deviating_field(
            cls, "conversation_initiation_client_data", conversation_initiation_client_data_raw
        )

    return conversation_initiation_client_data


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "status",
        "created_at_unix",
        "updated_at_unix",
        "conversation_id",
        "phone_number",
        "whatsapp_user_id",
        "conversation_initiation_client_data",
    )
)


def _read_additional_properties(cls: type[OutboundCallRecipientResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[OutboundCallRecipientResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    status = d.get("status", MISSING)
    if status.__class__ is not str:
        status = _read_status(cls, d)

    created_at_unix = d.get("created_at_unix", MISSING)
    if created_at_unix.__class__ is not int:
        created_at_unix = _read_created_at_unix(cls, d)

    updated_at_unix = d.get("updated_at_unix", MISSING)
    if updated_at_unix.__class__ is not int:
        updated_at_unix = _read_updated_at_unix(cls, d)

    conversation_id = d.get("conversation_id", MISSING)
    if conversation_id.__class__ is not str and conversation_id is not None:
        conversation_id = _read_conversation_id(cls, d)

    phone_number = d.get("phone_number", UNSET)
    if phone_number.__class__ is not str and phone_number is not None and phone_number is not UNSET:
        phone_number = _read_phone_number(cls, d)

    whatsapp_user_id = d.get("whatsapp_user_id", UNSET)
    if whatsapp_user_id.__class__ is not str and whatsapp_user_id is not None and whatsapp_user_id is not UNSET:
        whatsapp_user_id = _read_whatsapp_user_id(cls, d)

    if "conversation_initiation_client_data" in known:
        conversation_initiation_client_data = known["conversation_initiation_client_data"]
    else:
        conversation_initiation_client_data = d.get("conversation_initiation_client_data", UNSET)
        if conversation_initiation_client_data is not UNSET and conversation_initiation_client_data is not None:
            conversation_initiation_client_data = _read_conversation_initiation_client_data(cls, d)

    return {
        "id": id,
        "status": status,
        "created_at_unix": created_at_unix,
        "updated_at_unix": updated_at_unix,
        "conversation_id": conversation_id,
        "phone_number": phone_number,
        "whatsapp_user_id": whatsapp_user_id,
        "conversation_initiation_client_data": conversation_initiation_client_data,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    OutboundCallRecipientResponseModel,
    _all_fields,
    {
        "id": _read_id,
        "status": _read_status,
        "created_at_unix": _read_created_at_unix,
        "updated_at_unix": _read_updated_at_unix,
        "conversation_id": _read_conversation_id,
        "phone_number": _read_phone_number,
        "whatsapp_user_id": _read_whatsapp_user_id,
        "conversation_initiation_client_data": _read_conversation_initiation_client_data,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_initiation_client_data_internal import ConversationInitiationClientDataInternal
