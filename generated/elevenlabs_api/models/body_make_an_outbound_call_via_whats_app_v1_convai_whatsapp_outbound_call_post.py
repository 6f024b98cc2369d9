from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="BodyMakeAnOutboundCallViaWhatsAppV1ConvaiWhatsappOutboundCallPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyMakeAnOutboundCallViaWhatsAppV1ConvaiWhatsappOutboundCallPost(Lazy):
    """Attributes:
    whatsapp_phone_number_id (str):
    whatsapp_user_id (str):
    whatsapp_call_permission_request_template_name (str):
    whatsapp_call_permission_request_template_language_code (str):
    agent_id (str):
    conversation_initiation_client_data (ConversationInitiationClientDataRequestInput | None | Unset):
    """

    whatsapp_phone_number_id: str

    whatsapp_user_id: str

    whatsapp_call_permission_request_template_name: str

    whatsapp_call_permission_request_template_language_code: str

    agent_id: str

    conversation_initiation_client_data: ConversationInitiationClientDataRequestInput | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "whatsapp_phone_number_id",
        "whatsapp_user_id",
        "whatsapp_call_permission_request_template_name",
        "whatsapp_call_permission_request_template_language_code",
        "agent_id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        whatsapp_phone_number_id = self.whatsapp_phone_number_id

        whatsapp_user_id = self.whatsapp_user_id

        whatsapp_call_permission_request_template_name = self.whatsapp_call_permission_request_template_name

        whatsapp_call_permission_request_template_language_code = (
            self.whatsapp_call_permission_request_template_language_code
        )

        agent_id = self.agent_id

        conversation_initiation_client_data: Any
        try:
            if isinstance(self.conversation_initiation_client_data, Unset):
                conversation_initiation_client_data = UNSET
            elif isinstance(self.conversation_initiation_client_data, ConversationInitiationClientDataRequestInput):
                conversation_initiation_client_data = self.conversation_initiation_client_data.to_dict()
            else:
                conversation_initiation_client_data = self.conversation_initiation_client_data

        except (AttributeError, TypeError):
            conversation_initiation_client_data = self.conversation_initiation_client_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if whatsapp_phone_number_id is not None or "whatsapp_phone_number_id" not in self._missing_fields:
            field_dict["whatsapp_phone_number_id"] = whatsapp_phone_number_id
        if whatsapp_user_id is not None or "whatsapp_user_id" not in self._missing_fields:
            field_dict["whatsapp_user_id"] = whatsapp_user_id
        if (
            whatsapp_call_permission_request_template_name is not None
            or "whatsapp_call_permission_request_template_name" not in self._missing_fields
        ):
            field_dict["whatsapp_call_permission_request_template_name"] = (
                whatsapp_call_permission_request_template_name
            )
        if (
            whatsapp_call_permission_request_template_language_code is not None
            or "whatsapp_call_permission_request_template_language_code" not in self._missing_fields
        ):
            field_dict["whatsapp_call_permission_request_template_language_code"] = (
                whatsapp_call_permission_request_template_language_code
            )
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
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
        body_make_an_outbound_call_via_whats_app_v1_convai_whatsapp_outbound_call_post = cls.__new__(cls)
        body_make_an_outbound_call_via_whats_app_v1_convai_whatsapp_outbound_call_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_make_an_outbound_call_via_whats_app_v1_convai_whatsapp_outbound_call_post

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


_read_whatsapp_phone_number_id = plain_reader("whatsapp_phone_number_id", (str,), "a string", True)

_read_whatsapp_user_id = plain_reader("whatsapp_user_id", (str,), "a string", True)

_read_whatsapp_call_permission_request_template_name = plain_reader(
    "whatsapp_call_permission_request_template_name", (str,), "a string", True
)

_read_whatsapp_call_permission_request_template_language_code = plain_reader(
    "whatsapp_call_permission_request_template_language_code", (str,), "a string", True
)

_read_agent_id = plain_reader("agent_id", (str,), "a string", True)


def _read_conversation_initiation_client_data(
    cls: type[BodyMakeAnOutboundCallViaWhatsAppV1ConvaiWhatsappOutboundCallPost], d: Mapping[str, Any]
) -> Any:
    conversation_initiation_client_data_raw = d.get("conversation_initiation_client_data", UNSET)
    try:

        def _parse_conversation_initiation_client_data(
            data: object,
        ) -> ConversationInitiationClientDataRequestInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            conversation_initiation_client_data_type_0 = ConversationInitiationClientDataRequestInput.from_dict(data)

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
        "whatsapp_phone_number_id",
        "whatsapp_user_id",
        "whatsapp_call_permission_request_template_name",
        "whatsapp_call_permission_request_template_language_code",
        "agent_id",
        "conversation_initiation_client_data",
    )
)


def _read_additional_properties(
    cls: type[BodyMakeAnOutboundCallViaWhatsAppV1ConvaiWhatsappOutboundCallPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyMakeAnOutboundCallViaWhatsAppV1ConvaiWhatsappOutboundCallPost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    whatsapp_phone_number_id = d.get("whatsapp_phone_number_id", MISSING)
    if whatsapp_phone_number_id.__class__ is not str:
        whatsapp_phone_number_id = _read_whatsapp_phone_number_id(cls, d)

    whatsapp_user_id = d.get("whatsapp_user_id", MISSING)
    if whatsapp_user_id.__class__ is not str:
        whatsapp_user_id = _read_whatsapp_user_id(cls, d)

    whatsapp_call_permission_request_template_name = d.get("whatsapp_call_permission_request_template_name", MISSING)
    if whatsapp_call_permission_request_template_name.__class__ is not str:
        whatsapp_call_permission_request_template_name = _read_whatsapp_call_permission_request_template_name(cls, d)

    whatsapp_call_permission_request_template_language_code = d.get(
        "whatsapp_call_permission_request_template_language_code", MISSING
    )
    if whatsapp_call_permission_request_template_language_code.__class__ is not str:
        whatsapp_call_permission_request_template_language_code = (
            _read_whatsapp_call_permission_request_template_language_code(cls, d)
        )

    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str:
        agent_id = _read_agent_id(cls, d)

    if "conversation_initiation_client_data" in known:
        conversation_initiation_client_data = known["conversation_initiation_client_data"]
    else:
        conversation_initiation_client_data = d.get("conversation_initiation_client_data", UNSET)
        if conversation_initiation_client_data is not UNSET and conversation_initiation_client_data is not None:
            conversation_initiation_client_data = _read_conversation_initiation_client_data(cls, d)

    return {
        "whatsapp_phone_number_id": whatsapp_phone_number_id,
        "whatsapp_user_id": whatsapp_user_id,
        "whatsapp_call_permission_request_template_name": whatsapp_call_permission_request_template_name,
        "whatsapp_call_permission_request_template_language_code": whatsapp_call_permission_request_template_language_code,
        "agent_id": agent_id,
        "conversation_initiation_client_data": conversation_initiation_client_data,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyMakeAnOutboundCallViaWhatsAppV1ConvaiWhatsappOutboundCallPost,
    _all_fields,
    {
        "whatsapp_phone_number_id": _read_whatsapp_phone_number_id,
        "whatsapp_user_id": _read_whatsapp_user_id,
        "whatsapp_call_permission_request_template_name": _read_whatsapp_call_permission_request_template_name,
        "whatsapp_call_permission_request_template_language_code": _read_whatsapp_call_permission_request_template_language_code,
        "agent_id": _read_agent_id,
        "conversation_initiation_client_data": _read_conversation_initiation_client_data,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_initiation_client_data_request_input import ConversationInitiationClientDataRequestInput
