from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost")


@_attrs_define
class BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost:
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        call_name = d.pop("call_name", MISSING)
        if call_name.__class__ is not str:
            if call_name is MISSING:
                call_name = missing_field(cls, "call_name")
                _missing += ("call_name",)
            else:
                call_name = unexpected_type(cls, "call_name", call_name, "a string")

        agent_id = d.pop("agent_id", MISSING)
        if agent_id.__class__ is not str:
            if agent_id is MISSING:
                agent_id = missing_field(cls, "agent_id")
                _missing += ("agent_id",)
            else:
                agent_id = unexpected_type(cls, "agent_id", agent_id, "a string")

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
                    recipients_item = OutboundCallRecipient.from_dict(recipients_item_data)

                    recipients.append(recipients_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                recipients = deviating_field(cls, "recipients", recipients_raw)

        scheduled_time_unix = d.pop("scheduled_time_unix", UNSET)
        if (
            scheduled_time_unix.__class__ is not int
            and scheduled_time_unix is not None
            and scheduled_time_unix is not UNSET
        ):
            scheduled_time_unix = unexpected_type(cls, "scheduled_time_unix", scheduled_time_unix, "an integer or null")

        agent_phone_number_id = d.pop("agent_phone_number_id", UNSET)
        if (
            agent_phone_number_id.__class__ is not str
            and agent_phone_number_id is not None
            and agent_phone_number_id is not UNSET
        ):
            agent_phone_number_id = unexpected_type(
                cls, "agent_phone_number_id", agent_phone_number_id, "a string or null"
            )

        whatsapp_params_raw = d.pop("whatsapp_params", UNSET)
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

        timezone = d.pop("timezone", UNSET)
        if timezone.__class__ is not str and timezone is not None and timezone is not UNSET:
            timezone = unexpected_type(cls, "timezone", timezone, "a string or null")

        branch_id = d.pop("branch_id", UNSET)
        if branch_id.__class__ is not str and branch_id is not None and branch_id is not UNSET:
            branch_id = unexpected_type(cls, "branch_id", branch_id, "a string or null")

        environment = d.pop("environment", UNSET)
        if environment.__class__ is not str and environment is not None and environment is not UNSET:
            environment = unexpected_type(cls, "environment", environment, "a string or null")

        telephony_call_config_raw = d.pop("telephony_call_config", UNSET)
        try:
            _telephony_call_config = telephony_call_config_raw
            telephony_call_config: TelephonyCallConfig | Unset
            if isinstance(_telephony_call_config, Unset):
                telephony_call_config = UNSET
            else:
                telephony_call_config = TelephonyCallConfig.from_dict(_telephony_call_config)
        except (KeyError, TypeError, ValueError, AttributeError):
            telephony_call_config = deviating_field(cls, "telephony_call_config", telephony_call_config_raw)

        target_concurrency_limit = d.pop("target_concurrency_limit", UNSET)
        if (
            target_concurrency_limit.__class__ is not int
            and target_concurrency_limit is not None
            and target_concurrency_limit is not UNSET
        ):
            target_concurrency_limit = unexpected_type(
                cls, "target_concurrency_limit", target_concurrency_limit, "an integer or null"
            )

        body_submit_a_batch_call_request_v1_convai_batch_calling_submit_post = cls(
            call_name=call_name,
            agent_id=agent_id,
            recipients=recipients,
            scheduled_time_unix=scheduled_time_unix,
            agent_phone_number_id=agent_phone_number_id,
            whatsapp_params=whatsapp_params,
            timezone=timezone,
            branch_id=branch_id,
            environment=environment,
            telephony_call_config=telephony_call_config,
            target_concurrency_limit=target_concurrency_limit,
        )
        if _missing:
            body_submit_a_batch_call_request_v1_convai_batch_calling_submit_post._missing_fields = _missing
        body_submit_a_batch_call_request_v1_convai_batch_calling_submit_post.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.batch_call_whats_app_params import BatchCallWhatsAppParams
from ..models.outbound_call_recipient import OutboundCallRecipient
from ..models.telephony_call_config import TelephonyCallConfig
