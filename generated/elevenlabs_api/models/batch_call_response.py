from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    object_of,
    union,
)
from ..models._literals import BatchCallStatus, TelephonyProvider


@_attrs_define(slots=False)
class BatchCallResponse(Lazy, AdditionalProperties[Any]):
    """Attributes:
    total_calls_dispatched:  Default: 0.
    total_calls_scheduled:  Default: 0.
    total_calls_finished:  Default: 0.
    retry_count:  Default: 0.
    target_concurrency_limit: Maximum number of simultaneous calls for this batch. When set, dispatch is governed by
        this limit rather than workspace/agent capacity percentages.
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

    branch_name: None | str = None

    total_calls_dispatched: int = 0

    total_calls_scheduled: int = 0

    total_calls_finished: int = 0

    retry_count: int = 0

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("phone_number_id", "phone_number_id", union(STR, NULL), required=True),
        Field("phone_provider", "phone_provider", union(literal("TelephonyProvider"), NULL, STR), required=True),
        Field("whatsapp_params", "whatsapp_params", union(object_of("BatchCallWhatsAppParams"), NULL), required=True),
        Field("name", "name", STR, required=True),
        Field("agent_id", "agent_id", STR, required=True),
        Field("branch_id", "branch_id", union(STR, NULL), required=True),
        Field("environment", "environment", union(STR, NULL), required=True),
        Field("created_at_unix", "created_at_unix", INT, required=True),
        Field("scheduled_time_unix", "scheduled_time_unix", INT, required=True),
        Field("timezone", "timezone", union(STR, NULL), required=True),
        Field("total_calls_dispatched", "total_calls_dispatched", INT, required=True),
        Field("total_calls_scheduled", "total_calls_scheduled", INT, required=True),
        Field("total_calls_finished", "total_calls_finished", INT, required=True),
        Field("last_updated_at_unix", "last_updated_at_unix", INT, required=True),
        Field("status", "status", union(literal("BatchCallStatus"), STR), required=True),
        Field("retry_count", "retry_count", INT, required=True),
        Field("telephony_call_config", "telephony_call_config", object_of("TelephonyCallConfig"), required=True),
        Field("target_concurrency_limit", "target_concurrency_limit", union(INT, NULL), required=True),
        Field("agent_name", "agent_name", STR, required=True),
        Field("branch_name", "branch_name", union(STR, NULL), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.batch_call_whats_app_params import BatchCallWhatsAppParams
from ..models.telephony_call_config import TelephonyCallConfig
