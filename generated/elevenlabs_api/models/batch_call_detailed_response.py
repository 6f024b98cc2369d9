from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_call_status import BatchCallStatus
from ..models.telephony_provider import TelephonyProvider
from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BatchCallDetailedResponse")


@_attrs_define
class BatchCallDetailedResponse:
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

    phone_number_id: None | str

    phone_provider: None | str | TelephonyProvider

    whatsapp_params: BatchCallWhatsAppParams | None

    name: str

    agent_id: str

    branch_id: None | str

    environment: None | str

    created_at_unix: int

    scheduled_time_unix: int

    timezone: None | str

    last_updated_at_unix: int

    status: BatchCallStatus | str

    telephony_call_config: TelephonyCallConfig

    target_concurrency_limit: int | None

    agent_name: str

    branch_name: None | str

    recipients: list[OutboundCallRecipientResponseModel]

    total_calls_dispatched: int = 0

    total_calls_scheduled: int = 0

    total_calls_finished: int = 0

    retry_count: int = 0

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        phone_number_id = d.pop("phone_number_id", MISSING)
        if phone_number_id.__class__ is not str and phone_number_id is not None:
            if phone_number_id is MISSING:
                phone_number_id = missing_field(cls, "phone_number_id")
                _missing += ("phone_number_id",)
            else:
                phone_number_id = unexpected_type(cls, "phone_number_id", phone_number_id, "a string or null")

        phone_provider = d.pop("phone_provider", MISSING)
        if phone_provider is not None and phone_provider.__class__ is not str:
            if phone_provider is MISSING:
                phone_provider = missing_field(cls, "phone_provider")
                _missing += ("phone_provider",)
            else:
                phone_provider = unexpected_type(cls, "phone_provider", phone_provider, "null or a string")

        whatsapp_params_raw = d.pop("whatsapp_params", MISSING)
        if whatsapp_params_raw is MISSING:
            whatsapp_params = missing_field(cls, "whatsapp_params")
            _missing += ("whatsapp_params",)
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

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        agent_id = d.pop("agent_id", MISSING)
        if agent_id.__class__ is not str:
            if agent_id is MISSING:
                agent_id = missing_field(cls, "agent_id")
                _missing += ("agent_id",)
            else:
                agent_id = unexpected_type(cls, "agent_id", agent_id, "a string")

        branch_id = d.pop("branch_id", MISSING)
        if branch_id.__class__ is not str and branch_id is not None:
            if branch_id is MISSING:
                branch_id = missing_field(cls, "branch_id")
                _missing += ("branch_id",)
            else:
                branch_id = unexpected_type(cls, "branch_id", branch_id, "a string or null")

        environment = d.pop("environment", MISSING)
        if environment.__class__ is not str and environment is not None:
            if environment is MISSING:
                environment = missing_field(cls, "environment")
                _missing += ("environment",)
            else:
                environment = unexpected_type(cls, "environment", environment, "a string or null")

        created_at_unix = d.pop("created_at_unix", MISSING)
        if created_at_unix.__class__ is not int:
            if created_at_unix is MISSING:
                created_at_unix = missing_field(cls, "created_at_unix")
                _missing += ("created_at_unix",)
            else:
                created_at_unix = unexpected_type(cls, "created_at_unix", created_at_unix, "an integer")

        scheduled_time_unix = d.pop("scheduled_time_unix", MISSING)
        if scheduled_time_unix.__class__ is not int:
            if scheduled_time_unix is MISSING:
                scheduled_time_unix = missing_field(cls, "scheduled_time_unix")
                _missing += ("scheduled_time_unix",)
            else:
                scheduled_time_unix = unexpected_type(cls, "scheduled_time_unix", scheduled_time_unix, "an integer")

        timezone = d.pop("timezone", MISSING)
        if timezone.__class__ is not str and timezone is not None:
            if timezone is MISSING:
                timezone = missing_field(cls, "timezone")
                _missing += ("timezone",)
            else:
                timezone = unexpected_type(cls, "timezone", timezone, "a string or null")

        total_calls_dispatched = d.pop("total_calls_dispatched", MISSING)
        if total_calls_dispatched.__class__ is not int:
            if total_calls_dispatched is MISSING:
                total_calls_dispatched = missing_field(cls, "total_calls_dispatched")
                _missing += ("total_calls_dispatched",)
            else:
                total_calls_dispatched = unexpected_type(
                    cls, "total_calls_dispatched", total_calls_dispatched, "an integer"
                )

        total_calls_scheduled = d.pop("total_calls_scheduled", MISSING)
        if total_calls_scheduled.__class__ is not int:
            if total_calls_scheduled is MISSING:
                total_calls_scheduled = missing_field(cls, "total_calls_scheduled")
                _missing += ("total_calls_scheduled",)
            else:
                total_calls_scheduled = unexpected_type(
                    cls, "total_calls_scheduled", total_calls_scheduled, "an integer"
                )

        total_calls_finished = d.pop("total_calls_finished", MISSING)
        if total_calls_finished.__class__ is not int:
            if total_calls_finished is MISSING:
                total_calls_finished = missing_field(cls, "total_calls_finished")
                _missing += ("total_calls_finished",)
            else:
                total_calls_finished = unexpected_type(cls, "total_calls_finished", total_calls_finished, "an integer")

        last_updated_at_unix = d.pop("last_updated_at_unix", MISSING)
        if last_updated_at_unix.__class__ is not int:
            if last_updated_at_unix is MISSING:
                last_updated_at_unix = missing_field(cls, "last_updated_at_unix")
                _missing += ("last_updated_at_unix",)
            else:
                last_updated_at_unix = unexpected_type(cls, "last_updated_at_unix", last_updated_at_unix, "an integer")

        status = d.pop("status", MISSING)
        if status.__class__ is not str:
            if status is MISSING:
                status = missing_field(cls, "status")
                _missing += ("status",)
            else:
                status = unexpected_type(cls, "status", status, "a string")

        retry_count = d.pop("retry_count", MISSING)
        if retry_count.__class__ is not int:
            if retry_count is MISSING:
                retry_count = missing_field(cls, "retry_count")
                _missing += ("retry_count",)
            else:
                retry_count = unexpected_type(cls, "retry_count", retry_count, "an integer")

        telephony_call_config_raw = d.pop("telephony_call_config", MISSING)
        if telephony_call_config_raw is MISSING:
            telephony_call_config = missing_field(cls, "telephony_call_config")
            _missing += ("telephony_call_config",)
        else:
            try:
                telephony_call_config = TelephonyCallConfig.from_dict(telephony_call_config_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                telephony_call_config = deviating_field(cls, "telephony_call_config", telephony_call_config_raw)

        target_concurrency_limit = d.pop("target_concurrency_limit", MISSING)
        if target_concurrency_limit.__class__ is not int and target_concurrency_limit is not None:
            if target_concurrency_limit is MISSING:
                target_concurrency_limit = missing_field(cls, "target_concurrency_limit")
                _missing += ("target_concurrency_limit",)
            else:
                target_concurrency_limit = unexpected_type(
                    cls, "target_concurrency_limit", target_concurrency_limit, "an integer or null"
                )

        agent_name = d.pop("agent_name", MISSING)
        if agent_name.__class__ is not str:
            if agent_name is MISSING:
                agent_name = missing_field(cls, "agent_name")
                _missing += ("agent_name",)
            else:
                agent_name = unexpected_type(cls, "agent_name", agent_name, "a string")

        branch_name = d.pop("branch_name", MISSING)
        if branch_name.__class__ is not str and branch_name is not None:
            if branch_name is MISSING:
                branch_name = missing_field(cls, "branch_name")
                _missing += ("branch_name",)
            else:
                branch_name = unexpected_type(cls, "branch_name", branch_name, "a string or null")

        recipients_raw = d.pop("recipients", MISSING)
        if recipients_raw is MISSING:
            recipients = missing_field(cls, "recipients")
            _missing += ("recipients",)
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

        batch_call_detailed_response = cls(
            id=id,
            phone_number_id=phone_number_id,
            phone_provider=phone_provider,
            whatsapp_params=whatsapp_params,
            name=name,
            agent_id=agent_id,
            branch_id=branch_id,
            environment=environment,
            created_at_unix=created_at_unix,
            scheduled_time_unix=scheduled_time_unix,
            timezone=timezone,
            total_calls_dispatched=total_calls_dispatched,
            total_calls_scheduled=total_calls_scheduled,
            total_calls_finished=total_calls_finished,
            last_updated_at_unix=last_updated_at_unix,
            status=status,
            retry_count=retry_count,
            telephony_call_config=telephony_call_config,
            target_concurrency_limit=target_concurrency_limit,
            agent_name=agent_name,
            branch_name=branch_name,
            recipients=recipients,
        )
        if _missing:
            batch_call_detailed_response._missing_fields = _missing
        batch_call_detailed_response.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.batch_call_whats_app_params import BatchCallWhatsAppParams
from ..models.outbound_call_recipient_response_model import OutboundCallRecipientResponseModel
from ..models.telephony_call_config import TelephonyCallConfig
