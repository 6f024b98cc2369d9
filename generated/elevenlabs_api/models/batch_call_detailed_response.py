from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_call_status import BatchCallStatus
from ..models.telephony_provider import TelephonyProvider

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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone_number_id: None | str = self.phone_number_id

        phone_provider: None | str
        if isinstance(self.phone_provider, str):
            phone_provider = self.phone_provider
        else:
            phone_provider = self.phone_provider

        whatsapp_params: dict[str, Any] | None
        if isinstance(self.whatsapp_params, BatchCallWhatsAppParams):
            whatsapp_params = self.whatsapp_params.to_dict()
        else:
            whatsapp_params = self.whatsapp_params

        name = self.name

        agent_id = self.agent_id

        branch_id: None | str = self.branch_id

        environment: None | str = self.environment

        created_at_unix = self.created_at_unix

        scheduled_time_unix = self.scheduled_time_unix

        timezone: None | str = self.timezone

        total_calls_dispatched = self.total_calls_dispatched

        total_calls_scheduled = self.total_calls_scheduled

        total_calls_finished = self.total_calls_finished

        last_updated_at_unix = self.last_updated_at_unix

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        retry_count = self.retry_count

        telephony_call_config = self.telephony_call_config.to_dict()

        target_concurrency_limit: int | None = self.target_concurrency_limit

        agent_name = self.agent_name

        branch_name: None | str = self.branch_name

        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["phone_number_id"] = phone_number_id
        field_dict["phone_provider"] = phone_provider
        field_dict["whatsapp_params"] = whatsapp_params
        field_dict["name"] = name
        field_dict["agent_id"] = agent_id
        field_dict["branch_id"] = branch_id
        field_dict["environment"] = environment
        field_dict["created_at_unix"] = created_at_unix
        field_dict["scheduled_time_unix"] = scheduled_time_unix
        field_dict["timezone"] = timezone
        field_dict["total_calls_dispatched"] = total_calls_dispatched
        field_dict["total_calls_scheduled"] = total_calls_scheduled
        field_dict["total_calls_finished"] = total_calls_finished
        field_dict["last_updated_at_unix"] = last_updated_at_unix
        field_dict["status"] = status
        field_dict["retry_count"] = retry_count
        field_dict["telephony_call_config"] = telephony_call_config
        field_dict["target_concurrency_limit"] = target_concurrency_limit
        field_dict["agent_name"] = agent_name
        field_dict["branch_name"] = branch_name
        field_dict["recipients"] = recipients
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        phone_number_id = d.pop("phone_number_id")

        phone_provider = d.pop("phone_provider")

        def _parse_whatsapp_params(data: object) -> BatchCallWhatsAppParams | None:
            if data is None:
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            whatsapp_params_type_0 = BatchCallWhatsAppParams.from_dict(data)

            return whatsapp_params_type_0

        whatsapp_params = _parse_whatsapp_params(d.pop("whatsapp_params"))

        name = d.pop("name")

        agent_id = d.pop("agent_id")

        branch_id = d.pop("branch_id")

        environment = d.pop("environment")

        created_at_unix = d.pop("created_at_unix")

        scheduled_time_unix = d.pop("scheduled_time_unix")

        timezone = d.pop("timezone")

        total_calls_dispatched = d.pop("total_calls_dispatched")

        total_calls_scheduled = d.pop("total_calls_scheduled")

        total_calls_finished = d.pop("total_calls_finished")

        last_updated_at_unix = d.pop("last_updated_at_unix")

        status = d.pop("status")

        retry_count = d.pop("retry_count")

        telephony_call_config = TelephonyCallConfig.from_dict(d.pop("telephony_call_config"))

        target_concurrency_limit = d.pop("target_concurrency_limit")

        agent_name = d.pop("agent_name")

        branch_name = d.pop("branch_name")

        recipients = []
        _recipients = d.pop("recipients")
        for recipients_item_data in _recipients:
            recipients_item = OutboundCallRecipientResponseModel.from_dict(recipients_item_data)

            recipients.append(recipients_item)

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
