from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    INT,
    NULL,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class AlertingSettingsResponse(Lazy, AdditionalProperties[Any]):
    """Customer-facing view of alerting settings. Unlike AdminAlertingSettingsResponse,
    it has no internal_notifiers field: those are ElevenLabs-internal delivery
    channels whose URLs must never be returned outside the admin API.

    """

    monitor_configs: AlertingSettingsResponseMonitorConfigs | Unset = UNSET

    auto_resolve_after_inactive_minutes: int | None | Unset = UNSET

    notifiers: list[AlertingIntegrationNotifierResponse | AlertingWebhookNotifierResponse | UnknownVariant] | Unset = (
        UNSET
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("monitor_configs", "monitor_configs", object_of("AlertingSettingsResponseMonitorConfigs")),
        Field("auto_resolve_after_inactive_minutes", "auto_resolve_after_inactive_minutes", union(INT, NULL)),
        Field(
            "notifiers",
            "notifiers",
            list_of(
                union(
                    object_of("AlertingWebhookNotifierResponse"),
                    object_of("AlertingIntegrationNotifierResponse"),
                    object_of("UnknownVariant"),
                )
            ),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.alerting_integration_notifier_response import AlertingIntegrationNotifierResponse
from ..models.alerting_settings_response_monitor_configs import AlertingSettingsResponseMonitorConfigs
from ..models.alerting_webhook_notifier_response import AlertingWebhookNotifierResponse
from ..models.unknown_variant import UnknownVariant
