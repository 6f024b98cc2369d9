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
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost(Lazy):
    """Attributes:
    call_name (str):
    agent_id (str):
    recipients (list[OutboundCallRecipient]):
    scheduled_time_unix (int | None | Unset):
    agent_phone_number_id (None | str | Unset):
    whatsapp_params (BatchCallWhatsAppParams | None | Unset):
    timezone (None | str | Unset):
    branch_id (None | str | Unset):
    environment (None | str | Unset):
    telephony_call_config (TelephonyCallConfig | Unset):
    target_concurrency_limit (int | None | Unset): Maximum number of simultaneous calls for this batch. When set,
        dispatch is governed by this limit rather than workspace/agent capacity percentages.
    """

    call_name: str

    agent_id: str

    recipients: list[OutboundCallRecipient]

    scheduled_time_unix: int | None | Unset = UNSET

    agent_phone_number_id: None | str | Unset = UNSET

    whatsapp_params: BatchCallWhatsAppParams | None | Unset = UNSET

    timezone: None | str | Unset = UNSET

    branch_id: None | str | Unset = UNSET

    environment: None | str | Unset = UNSET

    telephony_call_config: TelephonyCallConfig | Unset = UNSET

    target_concurrency_limit: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "call_name",
        "agent_id",
        "recipients",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        call_name = self.call_name

        agent_id = self.agent_id

        recipients: Any
        try:
            recipients = []
            for recipients_item_data in self.recipients:
                recipients_item = recipients_item_data.to_dict()
                recipients.append(recipients_item)

        except (AttributeError, TypeError):
            recipients = self.recipients

        scheduled_time_unix: Any
        try:
            scheduled_time_unix = self.scheduled_time_unix

        except (AttributeError, TypeError):
            scheduled_time_unix = self.scheduled_time_unix

        agent_phone_number_id: Any
        try:
            agent_phone_number_id = self.agent_phone_number_id

        except (AttributeError, TypeError):
            agent_phone_number_id = self.agent_phone_number_id

        whatsapp_params: Any
        try:
            if isinstance(self.whatsapp_params, Unset):
                whatsapp_params = UNSET
            elif isinstance(self.whatsapp_params, BatchCallWhatsAppParams):
                whatsapp_params = self.whatsapp_params.to_dict()
            else:
                whatsapp_params = self.whatsapp_params

        except (AttributeError, TypeError):
            whatsapp_params = self.whatsapp_params

        timezone: Any
        try:
            timezone = self.timezone

        except (AttributeError, TypeError):
            timezone = self.timezone

        branch_id: Any
        try:
            branch_id = self.branch_id

        except (AttributeError, TypeError):
            branch_id = self.branch_id

        environment: Any
        try:
            environment = self.environment

        except (AttributeError, TypeError):
            environment = self.environment

        telephony_call_config: Any
        try:
            telephony_call_config = UNSET
            if not isinstance(self.telephony_call_config, Unset):
                telephony_call_config = self.telephony_call_config.to_dict()
        except (AttributeError, TypeError):
            telephony_call_config = self.telephony_call_config

        target_concurrency_limit: Any
        try:
            target_concurrency_limit = self.target_concurrency_limit

        except (AttributeError, TypeError):
            target_concurrency_limit = self.target_concurrency_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if call_name is not None or "call_name" not in self._missing_fields:
            field_dict["call_name"] = call_name
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if recipients is not None or "recipients" not in self._missing_fields:
            field_dict["recipients"] = recipients
        if scheduled_time_unix is not UNSET:
            field_dict["scheduled_time_unix"] = scheduled_time_unix
        if agent_phone_number_id is not UNSET:
            field_dict["agent_phone_number_id"] = agent_phone_number_id
        if whatsapp_params is not UNSET:
            field_dict["whatsapp_params"] = whatsapp_params
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if environment is not UNSET:
            field_dict["environment"] = environment
        if telephony_call_config is not UNSET:
            field_dict["telephony_call_config"] = telephony_call_config
        if target_concurrency_limit is not UNSET:
            field_dict["target_concurrency_limit"] = target_concurrency_limit
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_submit_a_batch_call_request_v1_convai_batch_calling_submit_post = cls.__new__(cls)
        body_submit_a_batch_call_request_v1_convai_batch_calling_submit_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_submit_a_batch_call_request_v1_convai_batch_calling_submit_post

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


_read_call_name = plain_reader("call_name", (str,), "a string", True)

_read_agent_id = plain_reader("agent_id", (str,), "a string", True)


def _read_recipients(cls: type[BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost], d: Mapping[str, Any]) -> Any:
    recipients_raw = d.get("recipients", MISSING)
    if recipients_raw is MISSING:
        recipients = missing_field(cls, "recipients")
    else:
        try:
            expect_array("recipients", recipients_raw)
            recipients = []
            _recipients = recipients_raw
            for recipients_item_data in _recipients:
                recipients_item = OutboundCallRecipient.from_dict(recipients_item_data)

                recipients.append(recipients_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            recipients = deviating_field(cls, "recipients", recipients_raw)

    return recipients


_read_scheduled_time_unix = plain_reader(
    "scheduled_time_unix",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_agent_phone_number_id = plain_reader(
    "agent_phone_number_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_whatsapp_params(
    cls: type[BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost], d: Mapping[str, Any]
) -> Any:
    whatsapp_params_raw = d.get("whatsapp_params", UNSET)
    try:

        def _parse_whatsapp_params(data: object) -> BatchCallWhatsAppParams | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            whatsapp_params_type_0 = BatchCallWhatsAppParams.from_dict(data)

            return whatsapp_params_type_0

        whatsapp_params = _parse_whatsapp_params(whatsapp_params_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        whatsapp_params = deviating_field(cls, "whatsapp_params", whatsapp_params_raw)

    return whatsapp_params


_read_timezone = plain_reader(
    "timezone",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_branch_id = plain_reader(
    "branch_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_environment = plain_reader(
    "environment",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_telephony_call_config(
    cls: type[BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost], d: Mapping[str, Any]
) -> Any:
    telephony_call_config_raw = d.get("telephony_call_config", UNSET)
    try:
        _telephony_call_config = telephony_call_config_raw
        telephony_call_config: TelephonyCallConfig | Unset
        if isinstance(_telephony_call_config, Unset):
            telephony_call_config = UNSET
        else:
            telephony_call_config = TelephonyCallConfig.from_dict(_telephony_call_config)
    except (KeyError, TypeError, ValueError, AttributeError):
        telephony_call_config = deviating_field(cls, "telephony_call_config", telephony_call_config_raw)

    return telephony_call_config


_read_target_concurrency_limit = plain_reader(
    "target_concurrency_limit",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "call_name",
        "agent_id",
        "recipients",
        "scheduled_time_unix",
        "agent_phone_number_id",
        "whatsapp_params",
        "timezone",
        "branch_id",
        "environment",
        "telephony_call_config",
        "target_concurrency_limit",
    )
)


def _read_additional_properties(
    cls: type[BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    call_name = d.get("call_name", MISSING)
    if call_name.__class__ is not str:
        call_name = _read_call_name(cls, d)

    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str:
        agent_id = _read_agent_id(cls, d)

    if "recipients" in known:
        recipients = known["recipients"]
    else:
        recipients = _read_recipients(cls, d)

    scheduled_time_unix = d.get("scheduled_time_unix", UNSET)
    if (
        scheduled_time_unix.__class__ is not int
        and scheduled_time_unix is not None
        and scheduled_time_unix is not UNSET
    ):
        scheduled_time_unix = _read_scheduled_time_unix(cls, d)

    agent_phone_number_id = d.get("agent_phone_number_id", UNSET)
    if (
        agent_phone_number_id.__class__ is not str
        and agent_phone_number_id is not None
        and agent_phone_number_id is not UNSET
    ):
        agent_phone_number_id = _read_agent_phone_number_id(cls, d)

    if "whatsapp_params" in known:
        whatsapp_params = known["whatsapp_params"]
    else:
        whatsapp_params = d.get("whatsapp_params", UNSET)
        if whatsapp_params is not UNSET and whatsapp_params is not None:
            whatsapp_params = _read_whatsapp_params(cls, d)

    timezone = d.get("timezone", UNSET)
    if timezone.__class__ is not str and timezone is not None and timezone is not UNSET:
        timezone = _read_timezone(cls, d)

    branch_id = d.get("branch_id", UNSET)
    if branch_id.__class__ is not str and branch_id is not None and branch_id is not UNSET:
        branch_id = _read_branch_id(cls, d)

    environment = d.get("environment", UNSET)
    if environment.__class__ is not str and environment is not None and environment is not UNSET:
        environment = _read_environment(cls, d)

    if "telephony_call_config" in known:
        telephony_call_config = known["telephony_call_config"]
    else:
        telephony_call_config = d.get("telephony_call_config", UNSET)
        if telephony_call_config is not UNSET:
            telephony_call_config = _read_telephony_call_config(cls, d)

    target_concurrency_limit = d.get("target_concurrency_limit", UNSET)
    if (
        target_concurrency_limit.__class__ is not int
        and target_concurrency_limit is not None
        and target_concurrency_limit is not UNSET
    ):
        target_concurrency_limit = _read_target_concurrency_limit(cls, d)

    return {
        "call_name": call_name,
        "agent_id": agent_id,
        "recipients": recipients,
        "scheduled_time_unix": scheduled_time_unix,
        "agent_phone_number_id": agent_phone_number_id,
        "whatsapp_params": whatsapp_params,
        "timezone": timezone,
        "branch_id": branch_id,
        "environment": environment,
        "telephony_call_config": telephony_call_config,
        "target_concurrency_limit": target_concurrency_limit,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost,
    _all_fields,
    {
        "call_name": _read_call_name,
        "agent_id": _read_agent_id,
        "recipients": _read_recipients,
        "scheduled_time_unix": _read_scheduled_time_unix,
        "agent_phone_number_id": _read_agent_phone_number_id,
        "whatsapp_params": _read_whatsapp_params,
        "timezone": _read_timezone,
        "branch_id": _read_branch_id,
        "environment": _read_environment,
        "telephony_call_config": _read_telephony_call_config,
        "target_concurrency_limit": _read_target_concurrency_limit,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.batch_call_whats_app_params import BatchCallWhatsAppParams
from ..models.outbound_call_recipient import OutboundCallRecipient
from ..models.telephony_call_config import TelephonyCallConfig
