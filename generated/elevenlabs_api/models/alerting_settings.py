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
class AlertingSettings(Lazy, AdditionalProperties[Any]):
    """Alerting configuration used at both per-agent and per-workspace level.

    All fields are optional overrides; the cascade resolver fills in defaults
    when they are unset. Notifiers stack and dedupe (by webhook_id) across the
    workspace and agent layers rather than overriding each other.

    Cascade order for per-monitor threshold and auto-resolve: agent → workspace →
    system default.

    Attributes:
        monitor_configs: Alerting configuration keyed by monitor name.
        auto_resolve_after_inactive_minutes: How many minutes an alert can stay inactive before it is auto-resolved.
            Unset values fall through to the next layer.
        notifiers: Delivery channels for alert lifecycle notifications. Stacked and deduped by ``webhook_id`` /
            ``connection_id`` with other layers.
    """

    monitor_configs: AlertingSettingsMonitorConfigs | Unset = UNSET

    auto_resolve_after_inactive_minutes: int | None | Unset = UNSET

    notifiers: list[AlertingIntegrationNotifier | AlertingWebhookNotifier] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("monitor_configs", "monitor_configs", object_of("AlertingSettingsMonitorConfigs")),
        Field("auto_resolve_after_inactive_minutes", "auto_resolve_after_inactive_minutes", union(INT, NULL)),
        Field(
            "notifiers",
            "notifiers",
            list_of(union(object_of("AlertingWebhookNotifier"), object_of("AlertingIntegrationNotifier"))),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.alerting_integration_notifier import AlertingIntegrationNotifier
from ..models.alerting_settings_monitor_configs import AlertingSettingsMonitorConfigs
from ..models.alerting_webhook_notifier import AlertingWebhookNotifier
