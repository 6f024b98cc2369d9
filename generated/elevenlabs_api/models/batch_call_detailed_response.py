from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import BatchCallStatus, TelephonyProvider
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BatchCallDetailedResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BatchCallDetailedResponse(Lazy):
    """Detailed response model for a batch call including all recipients.

    Attributes:
        id (str):
        phone_number_id (None | str):
        phone_provider (None | str | TelephonyProvider):
        whatsapp_params (BatchCallWhatsAppParams | None):
        name (str):
        agent_id (str):
        branch_id (None | str):
        environment (None | str):
        created_at_unix (int):
        scheduled_time_unix (int):
        timezone (None | str):
        total_calls_dispatched (int):  Default: 0.
        total_calls_scheduled (int):  Default: 0.
        total_calls_finished (int):  Default: 0.
        last_updated_at_unix (int):
        status (BatchCallStatus | str):
        retry_count (int):  Default: 0.
        telephony_call_config (TelephonyCallConfig):
        target_concurrency_limit (int | None): Maximum number of simultaneous calls for this batch. When set, dispatch
            is governed by this limit rather than workspace/agent capacity percentages.
        agent_name (str):
        branch_name (None | str):
        recipients (list[OutboundCallRecipientResponseModel]):
    """

    id: str

    phone_number_id: None | str = _attrs_field(default=None, kw_only=True)

    phone_provider: None | str | TelephonyProvider = _attrs_field(default=None, kw_only=True)

    whatsapp_params: BatchCallWhatsAppParams | None = _attrs_field(default=None, kw_only=True)

    name: str

    agent_id: str

    branch_id: None | str = _attrs_field(default=None, kw_only=True)

    environment: None | str = _attrs_field(default=None, kw_only=True)

    created_at_unix: int

    scheduled_time_unix: int

    timezone: None | str = _attrs_field(default=None, kw_only=True)

    last_updated_at_unix: int

    status: BatchCallStatus | str

    telephony_call_config: TelephonyCallConfig

    target_concurrency_limit: int | None = _attrs_field(default=None, kw_only=True)

    agent_name: str

    branch_name: None | str = _attrs_field(default=None, kw_only=True)

    recipients: list[OutboundCallRecipientResponseModel]

    total_calls_dispatched: int = 0

    total_calls_scheduled: int = 0

    total_calls_finished: int = 0

    retry_count: int = 0

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "phone_number_id",
        "phone_provider",
        "whatsapp_params",
        "name",
        "agent_id",
        "branch_id",
        "environment",
        "created_at_unix",
        "scheduled_time_unix",
        "timezone",
        "total_calls_dispatched",
        "total_calls_scheduled",
        "total_calls_finished",
        "last_updated_at_unix",
        "status",
        "retry_count",
        "telephony_call_config",
        "target_concurrency_limit",
        "agent_name",
        "branch_name",
        "recipients",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        id = self.id

        phone_number_id: Any
        try:
            phone_number_id = self.phone_number_id

        except (AttributeError, TypeError):
            phone_number_id = self.phone_number_id

        phone_provider: Any
        try:
            if isinstance(self.phone_provider, str):
                phone_provider = self.phone_provider
            else:
                phone_provider = self.phone_provider

        except (AttributeError, TypeError):
            phone_provider = self.phone_provider

        whatsapp_params: Any
        try:
            if isinstance(self.whatsapp_params, BatchCallWhatsAppParams):
                whatsapp_params = self.whatsapp_params.to_dict()
            else:
                whatsapp_params = self.whatsapp_params

        except (AttributeError, TypeError):
            whatsapp_params = self.whatsapp_params

        name = self.name

        agent_id = self.agent_id

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

        created_at_unix = self.created_at_unix

        scheduled_time_unix = self.scheduled_time_unix

        timezone: Any
        try:
            timezone = self.timezone

        except (AttributeError, TypeError):
            timezone = self.timezone

        total_calls_dispatched = self.total_calls_dispatched

        total_calls_scheduled = self.total_calls_scheduled

        total_calls_finished = self.total_calls_finished

        last_updated_at_unix = self.last_updated_at_unix

        status: Any
        try:
            if isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        retry_count = self.retry_count

        telephony_call_config: Any
        try:
            telephony_call_config = self.telephony_call_config.to_dict()
        except (AttributeError, TypeError):
            telephony_call_config = self.telephony_call_config

        target_concurrency_limit: Any
        try:
            target_concurrency_limit = self.target_concurrency_limit

        except (AttributeError, TypeError):
            target_concurrency_limit = self.target_concurrency_limit

        agent_name = self.agent_name

        branch_name: Any
        try:
            branch_name = self.branch_name

        except (AttributeError, TypeError):
            branch_name = self.branch_name

        recipients: Any
        try:
            recipients = []
            for recipients_item_data in self.recipients:
                recipients_item = recipients_item_data.to_dict()
                recipients.append(recipients_item)

        except (AttributeError, TypeError):
            recipients = self.recipients

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if phone_number_id is not None or "phone_number_id" not in self._missing_fields:
            field_dict["phone_number_id"] = phone_number_id
        if phone_provider is not None or "phone_provider" not in self._missing_fields:
            field_dict["phone_provider"] = phone_provider
        if whatsapp_params is not None or "whatsapp_params" not in self._missing_fields:
            field_dict["whatsapp_params"] = whatsapp_params
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if branch_id is not None or "branch_id" not in self._missing_fields:
            field_dict["branch_id"] = branch_id
        if environment is not None or "environment" not in self._missing_fields:
            field_dict["environment"] = environment
        if created_at_unix is not None or "created_at_unix" not in self._missing_fields:
            field_dict["created_at_unix"] = created_at_unix
        if scheduled_time_unix is not None or "scheduled_time_unix" not in self._missing_fields:
            field_dict["scheduled_time_unix"] = scheduled_time_unix
        if timezone is not None or "timezone" not in self._missing_fields:
            field_dict["timezone"] = timezone
        if total_calls_dispatched is not None or "total_calls_dispatched" not in self._missing_fields:
            field_dict["total_calls_dispatched"] = total_calls_dispatched
        if total_calls_scheduled is not None or "total_calls_scheduled" not in self._missing_fields:
            field_dict["total_calls_scheduled"] = total_calls_scheduled
        if total_calls_finished is not None or "total_calls_finished" not in self._missing_fields:
            field_dict["total_calls_finished"] = total_calls_finished
        if last_updated_at_unix is not None or "last_updated_at_unix" not in self._missing_fields:
            field_dict["last_updated_at_unix"] = last_updated_at_unix
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        if retry_count is not None or "retry_count" not in self._missing_fields:
            field_dict["retry_count"] = retry_count
        if telephony_call_config is not None or "telephony_call_config" not in self._missing_fields:
            field_dict["telephony_call_config"] = telephony_call_config
        if target_concurrency_limit is not None or "target_concurrency_limit" not in self._missing_fields:
            field_dict["target_concurrency_limit"] = target_concurrency_limit
        if agent_name is not None or "agent_name" not in self._missing_fields:
            field_dict["agent_name"] = agent_name
        if branch_name is not None or "branch_name" not in self._missing_fields:
            field_dict["branch_name"] = branch_name
        if recipients is not None or "recipients" not in self._missing_fields:
            field_dict["recipients"] = recipients
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        batch_call_detailed_response = cls.__new__(cls)
        batch_call_detailed_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return batch_call_detailed_response

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

_read_phone_number_id = plain_reader(
    "phone_number_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_phone_provider = plain_reader(
    "phone_provider",
    (
        type(None),
        str,
    ),
    "null or a string",
    True,
)


def _read_whatsapp_params(cls: type[BatchCallDetailedResponse], d: Mapping[str, Any]) -> Any:
    whatsapp_params_raw = d.get("whatsapp_params", MISSING)
    if whatsapp_params_raw is MISSING:
        whatsapp_params = missing_field(cls, "whatsapp_params")
    else:
        try:

            def _parse_whatsapp_params(data: object) -> BatchCallWhatsAppParams | None:
                if data is None:
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                whatsapp_params_type_0 = BatchCallWhatsAppParams.from_dict(data)

                return whatsapp_params_type_0

            whatsapp_params = _parse_whatsapp_params(whatsapp_params_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            whatsapp_params = deviating_field(cls, "whatsapp_params", whatsapp_params_raw)

    return whatsapp_params


_read_name = plain_reader("name", (str,), "a string", True)

_read_agent_id = plain_reader("agent_id", (str,), "a string", True)

_read_branch_id = plain_reader(
    "branch_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_environment = plain_reader(
    "environment",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_created_at_unix = plain_reader("created_at_unix", (int,), "an integer", True)

_read_scheduled_time_unix = plain_reader("scheduled_time_unix", (int,), "an integer", True)

_read_timezone = plain_reader(
    "timezone",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_total_calls_dispatched = plain_reader("total_calls_dispatched", (int,), "an integer", True)

_read_total_calls_scheduled = plain_reader("total_calls_scheduled", (int,), "an integer", True)

_read_total_calls_finished = plain_reader("total_calls_finished", (int,), "an integer", True)

_read_last_updated_at_unix = plain_reader("last_updated_at_unix", (int,), "an integer", True)

_read_status = plain_reader("status", (str,), "a string", True)

_read_retry_count = plain_reader("retry_count", (int,), "an integer", True)


def _read_telephony_call_config(cls: type[BatchCallDetailedResponse], d: Mapping[str, Any]) -> Any:
    telephony_call_config_raw = d.get("telephony_call_config", MISSING)
    if telephony_call_config_raw is MISSING:
        telephony_call_config = missing_field(cls, "telephony_call_config")
    else:
        try:
            telephony_call_config = TelephonyCallConfig.from_dict(telephony_call_config_raw)
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
    True,
)

_read_agent_name = plain_reader("agent_name", (str,), "a string", True)

_read_branch_name = plain_reader(
    "branch_name",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)


def _read_recipients(cls: type[BatchCallDetailedResponse], d: Mapping[str, Any]) -> Any:
    recipients_raw = d.get("recipients", MISSING)
    if recipients_raw is MISSING:
        recipients = missing_field(cls, "recipients")
    else:
        try:
            expect_array("recipients", recipients_raw)
            recipients = []
            _recipients = recipients_raw
            for recipients_item_data in _recipients:
                recipients_item = OutboundCallRecipientResponseModel.from_dict(recipients_item_data)

                recipients.append(recipients_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            recipients = deviating_field(cls, "recipients", recipients_raw)

    return recipients


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "phone_number_id",
        "phone_provider",
        "whatsapp_params",
        "name",
        "agent_id",
        "branch_id",
        "environment",
        "created_at_unix",
        "scheduled_time_unix",
        "timezone",
        "total_calls_dispatched",
        "total_calls_scheduled",
        "total_calls_finished",
        "last_updated_at_unix",
        "status",
        "retry_count",
        "telephony_call_config",
        "target_concurrency_limit",
        "agent_name",
        "branch_name",
        "recipients",
    )
)


def _read_additional_properties(cls: type[BatchCallDetailedResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[BatchCallDetailedResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    phone_number_id = d.get("phone_number_id", MISSING)
    if phone_number_id.__class__ is not str and phone_number_id is not None:
        phone_number_id = _read_phone_number_id(cls, d)

    phone_provider = d.get("phone_provider", MISSING)
    if phone_provider is not None and phone_provider.__class__ is not str:
        phone_provider = _read_phone_provider(cls, d)

    if "whatsapp_params" in known:
        whatsapp_params = known["whatsapp_params"]
    else:
        whatsapp_params = d.get("whatsapp_params", MISSING)
        if whatsapp_params is not None:
            whatsapp_params = _read_whatsapp_params(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str:
        agent_id = _read_agent_id(cls, d)

    branch_id = d.get("branch_id", MISSING)
    if branch_id.__class__ is not str and branch_id is not None:
        branch_id = _read_branch_id(cls, d)

    environment = d.get("environment", MISSING)
    if environment.__class__ is not str and environment is not None:
        environment = _read_environment(cls, d)

    created_at_unix = d.get("created_at_unix", MISSING)
    if created_at_unix.__class__ is not int:
        created_at_unix = _read_created_at_unix(cls, d)

    scheduled_time_unix = d.get("scheduled_time_unix", MISSING)
    if scheduled_time_unix.__class__ is not int:
        scheduled_time_unix = _read_scheduled_time_unix(cls, d)

    timezone = d.get("timezone", MISSING)
    if timezone.__class__ is not str and timezone is not None:
        timezone = _read_timezone(cls, d)

    total_calls_dispatched = d.get("total_calls_dispatched", MISSING)
    if total_calls_dispatched.__class__ is not int:
        total_calls_dispatched = _read_total_calls_dispatched(cls, d)

    total_calls_scheduled = d.get("total_calls_scheduled", MISSING)
    if total_calls_scheduled.__class__ is not int:
        total_calls_scheduled = _read_total_calls_scheduled(cls, d)

    total_calls_finished = d.get("total_calls_finished", MISSING)
    if total_calls_finished.__class__ is not int:
        total_calls_finished = _read_total_calls_finished(cls, d)

    last_updated_at_unix = d.get("last_updated_at_unix", MISSING)
    if last_updated_at_unix.__class__ is not int:
        last_updated_at_unix = _read_last_updated_at_unix(cls, d)

    status = d.get("status", MISSING)
    if status.__class__ is not str:
        status = _read_status(cls, d)

    retry_count = d.get("retry_count", MISSING)
    if retry_count.__class__ is not int:
        retry_count = _read_retry_count(cls, d)

    if "telephony_call_config" in known:
        telephony_call_config = known["telephony_call_config"]
    else:
        telephony_call_config = _read_telephony_call_config(cls, d)

    target_concurrency_limit = d.get("target_concurrency_limit", MISSING)
    if target_concurrency_limit.__class__ is not int and target_concurrency_limit is not None:
        target_concurrency_limit = _read_target_concurrency_limit(cls, d)

    agent_name = d.get("agent_name", MISSING)
    if agent_name.__class__ is not str:
        agent_name = _read_agent_name(cls, d)

    branch_name = d.get("branch_name", MISSING)
    if branch_name.__class__ is not str and branch_name is not None:
        branch_name = _read_branch_name(cls, d)

    if "recipients" in known:
        recipients = known["recipients"]
    else:
        recipients = _read_recipients(cls, d)

    return {
        "id": id,
        "phone_number_id": phone_number_id,
        "phone_provider": phone_provider,
        "whatsapp_params": whatsapp_params,
        "name": name,
        "agent_id": agent_id,
        "branch_id": branch_id,
        "environment": environment,
        "created_at_unix": created_at_unix,
        "scheduled_time_unix": scheduled_time_unix,
        "timezone": timezone,
        "total_calls_dispatched": total_calls_dispatched,
        "total_calls_scheduled": total_calls_scheduled,
        "total_calls_finished": total_calls_finished,
        "last_updated_at_unix": last_updated_at_unix,
        "status": status,
        "retry_count": retry_count,
        "telephony_call_config": telephony_call_config,
        "target_concurrency_limit": target_concurrency_limit,
        "agent_name": agent_name,
        "branch_name": branch_name,
        "recipients": recipients,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BatchCallDetailedResponse,
    _all_fields,
    {
        "id": _read_id,
        "phone_number_id": _read_phone_number_id,
        "phone_provider": _read_phone_provider,
        "whatsapp_params": _read_whatsapp_params,
        "name": _read_name,
        "agent_id": _read_agent_id,
        "branch_id": _read_branch_id,
        "environment": _read_environment,
        "created_at_unix": _read_created_at_unix,
        "scheduled_time_unix": _read_scheduled_time_unix,
        "timezone": _read_timezone,
        "total_calls_dispatched": _read_total_calls_dispatched,
        "total_calls_scheduled": _read_total_calls_scheduled,
        "total_calls_finished": _read_total_calls_finished,
        "last_updated_at_unix": _read_last_updated_at_unix,
        "status": _read_status,
        "retry_count": _read_retry_count,
        "telephony_call_config": _read_telephony_call_config,
        "target_concurrency_limit": _read_target_concurrency_limit,
        "agent_name": _read_agent_name,
        "branch_name": _read_branch_name,
        "recipients": _read_recipients,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.batch_call_whats_app_params import BatchCallWhatsAppParams
from ..models.outbound_call_recipient_response_model import OutboundCallRecipientResponseModel
from ..models.telephony_call_config import TelephonyCallConfig
