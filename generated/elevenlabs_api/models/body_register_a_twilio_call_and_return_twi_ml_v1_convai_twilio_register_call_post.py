from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import TelephonyDirection, check_telephony_direction
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

T = TypeVar("T", bound="BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost(Lazy):
    """Attributes:
    agent_id (str):
    from_number (str):
    to_number (str):
    direction (TelephonyDirection | Unset):
    conversation_initiation_client_data (ConversationInitiationClientDataRequestInput | None | Unset):
    """

    agent_id: str

    from_number: str

    to_number: str

    direction: TelephonyDirection | Unset = UNSET

    conversation_initiation_client_data: ConversationInitiationClientDataRequestInput | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "agent_id",
        "from_number",
        "to_number",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        agent_id = self.agent_id

        from_number = self.from_number

        to_number = self.to_number

        direction: Any
        try:
            direction = UNSET
            if not isinstance(self.direction, Unset):
                direction = self.direction

        except (AttributeError, TypeError):
            direction = self.direction

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
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if from_number is not None or "from_number" not in self._missing_fields:
            field_dict["from_number"] = from_number
        if to_number is not None or "to_number" not in self._missing_fields:
            field_dict["to_number"] = to_number
        if direction is not UNSET:
            field_dict["direction"] = direction
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
        body_register_a_twilio_call_and_return_twi_ml_v1_convai_twilio_register_call_post = cls.__new__(cls)
        body_register_a_twilio_call_and_return_twi_ml_v1_convai_twilio_register_call_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_register_a_twilio_call_and_return_twi_ml_v1_convai_twilio_register_call_post

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


_read_agent_id = plain_reader("agent_id", (str,), "a string", True)

_read_from_number = plain_reader("from_number", (str,), "a string", True)

_read_to_number = plain_reader("to_number", (str,), "a string", True)


def _read_direction(
    cls: type[BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost], d: Mapping[str, Any]
) -> Any:
    direction_raw = d.get("direction", UNSET)
    try:
        _direction = direction_raw
        direction: TelephonyDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = check_telephony_direction(_direction)
    except (KeyError, TypeError, ValueError, AttributeError):
        direction = deviating_field(cls, "direction", direction_raw)

    return direction


def _read_conversation_initiation_client_data(
    cls: type[BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost], d: Mapping[str, Any]
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
        "agent_id",
        "from_number",
        "to_number",
        "direction",
        "conversation_initiation_client_data",
    )
)


def _read_additional_properties(
    cls: type[BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str:
        agent_id = _read_agent_id(cls, d)

    from_number = d.get("from_number", MISSING)
    if from_number.__class__ is not str:
        from_number = _read_from_number(cls, d)

    to_number = d.get("to_number", MISSING)
    if to_number.__class__ is not str:
        to_number = _read_to_number(cls, d)

    if "direction" in known:
        direction = known["direction"]
    else:
        direction = d.get("direction", UNSET)
        if direction is not UNSET:
            direction = _read_direction(cls, d)

    if "conversation_initiation_client_data" in known:
        conversation_initiation_client_data = known["conversation_initiation_client_data"]
    else:
        conversation_initiation_client_data = d.get("conversation_initiation_client_data", UNSET)
        if conversation_initiation_client_data is not UNSET and conversation_initiation_client_data is not None:
            conversation_initiation_client_data = _read_conversation_initiation_client_data(cls, d)

    return {
        "agent_id": agent_id,
        "from_number": from_number,
        "to_number": to_number,
        "direction": direction,
        "conversation_initiation_client_data": conversation_initiation_client_data,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost,
    _all_fields,
    {
        "agent_id": _read_agent_id,
        "from_number": _read_from_number,
        "to_number": _read_to_number,
        "direction": _read_direction,
        "conversation_initiation_client_data": _read_conversation_initiation_client_data,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_initiation_client_data_request_input import ConversationInitiationClientDataRequestInput
