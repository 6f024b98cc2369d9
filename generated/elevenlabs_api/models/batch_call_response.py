from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_call_status import BatchCallStatus
from ..models.telephony_provider import TelephonyProvider
from ..types import MISSING, deviating_field, missing_field

T = TypeVar("T", bound="BatchCallResponse")


@_attrs_define
class BatchCallResponse:
    """Attributes:
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

    total_calls_dispatched: int = 0

    total_calls_scheduled: int = 0

    total_calls_finished: int = 0

    retry_count: int = 0

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None:
            field_dict["id"] = id
        field_dict["phone_number_id"] = phone_number_id
        field_dict["phone_provider"] = phone_provider
        field_dict["whatsapp_params"] = whatsapp_params
        if name is not None:
            field_dict["name"] = name
        if agent_id is not None:
            field_dict["agent_id"] = agent_id
        field_dict["branch_id"] = branch_id
        field_dict["environment"] = environment
        if created_at_unix is not None:
            field_dict["created_at_unix"] = created_at_unix
        if scheduled_time_unix is not None:
            field_dict["scheduled_time_unix"] = scheduled_time_unix
        field_dict["timezone"] = timezone
        if total_calls_dispatched is not None:
            field_dict["total_calls_dispatched"] = total_calls_dispatched
        if total_calls_scheduled is not None:
            field_dict["total_calls_scheduled"] = total_calls_scheduled
        if total_calls_finished is not None:
            field_dict["total_calls_finished"] = total_calls_finished
        if last_updated_at_unix is not None:
            field_dict["last_updated_at_unix"] = last_updated_at_unix
        if status is not None:
            field_dict["status"] = status
        if retry_count is not None:
            field_dict["retry_count"] = retry_count
        if telephony_call_config is not None:
            field_dict["telephony_call_config"] = telephony_call_config
        field_dict["target_concurrency_limit"] = target_concurrency_limit
        if agent_name is not None:
            field_dict["agent_name"] = agent_name
        field_dict["branch_name"] = branch_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", MISSING)
        if id is MISSING:
            id = missing_field(cls, "id")

        phone_number_id = d.pop("phone_number_id", MISSING)
        if phone_number_id is MISSING:
            phone_number_id = missing_field(cls, "phone_number_id")

        phone_provider = d.pop("phone_provider", MISSING)
        if phone_provider is MISSING:
            phone_provider = missing_field(cls, "phone_provider")

        whatsapp_params_raw = d.pop("whatsapp_params", MISSING)
        if whatsapp_params_raw is MISSING:
            whatsapp_params_raw = missing_field(cls, "whatsapp_params")
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
        if name is MISSING:
            name = missing_field(cls, "name")

        agent_id = d.pop("agent_id", MISSING)
        if agent_id is MISSING:
            agent_id = missing_field(cls, "agent_id")

        branch_id = d.pop("branch_id", MISSING)
        if branch_id is MISSING:
            branch_id = missing_field(cls, "branch_id")

        environment = d.pop("environment", MISSING)
        if environment is MISSING:
            environment = missing_field(cls, "environment")

        created_at_unix = d.pop("created_at_unix", MISSING)
        if created_at_unix is MISSING:
            created_at_unix = missing_field(cls, "created_at_unix")

        scheduled_time_unix = d.pop("scheduled_time_unix", MISSING)
        if scheduled_time_unix is MISSING:
            scheduled_time_unix = missing_field(cls, "scheduled_time_unix")

        timezone = d.pop("timezone", MISSING)
        if timezone is MISSING:
            timezone = missing_field(cls, "timezone")

        total_calls_dispatched = d.pop("total_calls_dispatched", MISSING)
        if total_calls_dispatched is MISSING:
            total_calls_dispatched = missing_field(cls, "total_calls_dispatched")

        total_calls_scheduled = d.pop("total_calls_scheduled", MISSING)
        if total_calls_scheduled is MISSING:
            total_calls_scheduled = missing_field(cls, "total_calls_scheduled")

        total_calls_finished = d.pop("total_calls_finished", MISSING)
        if total_calls_finished is MISSING:
            total_calls_finished = missing_field(cls, "total_calls_finished")

        last_updated_at_unix = d.pop("last_updated_at_unix", MISSING)
        if last_updated_at_unix is MISSING:
            last_updated_at_unix = missing_field(cls, "last_updated_at_unix")

        status = d.pop("status", MISSING)
        if status is MISSING:
            status = missing_field(cls, "status")

        retry_count = d.pop("retry_count", MISSING)
        if retry_count is MISSING:
            retry_count = missing_field(cls, "retry_count")

        telephony_call_config_raw = d.pop("telephony_call_config", MISSING)
        if telephony_call_config_raw is MISSING:
            telephony_call_config_raw = missing_field(cls, "telephony_call_config")
        try:
            telephony_call_config = TelephonyCallConfig.from_dict(telephony_call_config_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            telephony_call_config = deviating_field(cls, "telephony_call_config", telephony_call_config_raw)

        target_concurrency_limit = d.pop("target_concurrency_limit", MISSING)
        if target_concurrency_limit is MISSING:
            target_concurrency_limit = missing_field(cls, "target_concurrency_limit")

        agent_name = d.pop("agent_name", MISSING)
        if agent_name is MISSING:
            agent_name = missing_field(cls, "agent_name")

        branch_name = d.pop("branch_name", MISSING)
        if branch_name is MISSING:
            branch_name = missing_field(cls, "branch_name")

        batch_call_response = cls(
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
        )
        batch_call_response.additional_properties = d
        return batch_call_response

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
from ..models.telephony_call_config import TelephonyCallConfig
