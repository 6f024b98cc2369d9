from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AlertingSettingsResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AlertingSettingsResponse(Lazy):
    """Customer-facing view of alerting settings. Unlike AdminAlertingSettingsResponse,
    it has no internal_notifiers field: those are ElevenLabs-internal delivery
    channels whose URLs must never be returned outside the admin API.

    Attributes:
        monitor_configs (AlertingSettingsResponseMonitorConfigs | Unset):
        auto_resolve_after_inactive_minutes (int | None | Unset):
        notifiers (list[AlertingIntegrationNotifierResponse | AlertingWebhookNotifierResponse | UnknownVariant] |
            Unset):
    """

    monitor_configs: AlertingSettingsResponseMonitorConfigs | Unset = UNSET

    auto_resolve_after_inactive_minutes: int | None | Unset = UNSET

    notifiers: list[AlertingIntegrationNotifierResponse | AlertingWebhookNotifierResponse | UnknownVariant] | Unset = (
        UNSET
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        monitor_configs: Any
        try:
            monitor_configs = UNSET
            if not isinstance(self.monitor_configs, Unset):
                monitor_configs = self.monitor_configs.to_dict()
        except (AttributeError, TypeError):
            monitor_configs = self.monitor_configs

        auto_resolve_after_inactive_minutes: Any
        try:
            auto_resolve_after_inactive_minutes = self.auto_resolve_after_inactive_minutes

        except (AttributeError, TypeError):
            auto_resolve_after_inactive_minutes = self.auto_resolve_after_inactive_minutes

        notifiers: Any
        try:
            notifiers = UNSET
            if not isinstance(self.notifiers, Unset):
                notifiers = []
                for notifiers_item_data in self.notifiers:
                    notifiers_item: dict[str, Any]
                    if (
                        isinstance(notifiers_item_data, AlertingWebhookNotifierResponse)
                        or isinstance(notifiers_item_data, AlertingIntegrationNotifierResponse)
                        or isinstance(notifiers_item_data, UnknownVariant)
                    ):
                        notifiers_item = notifiers_item_data.to_dict()
                    else:
                        notifiers_item = notifiers_item_data

                    notifiers.append(notifiers_item)

        except (AttributeError, TypeError):
            notifiers = self.notifiers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if monitor_configs is not UNSET:
            field_dict["monitor_configs"] = monitor_configs
        if auto_resolve_after_inactive_minutes is not UNSET:
            field_dict["auto_resolve_after_inactive_minutes"] = auto_resolve_after_inactive_minutes
        if notifiers is not UNSET:
            field_dict["notifiers"] = notifiers
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        alerting_settings_response = cls.__new__(cls)
        alerting_settings_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return alerting_settings_response

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


def _read_monitor_configs(cls: type[AlertingSettingsResponse], d: Mapping[str, Any]) -> Any:
    monitor_configs_raw = d.get("monitor_configs", UNSET)
    try:
        _monitor_configs = monitor_configs_raw
        monitor_configs: AlertingSettingsResponseMonitorConfigs | Unset
        if isinstance(_monitor_configs, Unset):
            monitor_configs = UNSET
        else:
            monitor_configs = AlertingSettingsResponseMonitorConfigs.from_dict(_monitor_configs)
    except (KeyError, TypeError, ValueError, AttributeError):
        monitor_configs = deviating_field(cls, "monitor_configs", monitor_configs_raw)

    return monitor_configs


_read_auto_resolve_after_inactive_minutes = plain_reader(
    "auto_resolve_after_inactive_minutes",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


def _read_notifiers(cls: type[AlertingSettingsResponse], d: Mapping[str, Any]) -> Any:
    notifiers_raw = d.get("notifiers", UNSET)
    try:
        expect_array("notifiers", notifiers_raw)
        _notifiers = notifiers_raw
        notifiers: (
            list[AlertingIntegrationNotifierResponse | AlertingWebhookNotifierResponse | UnknownVariant] | Unset
        ) = UNSET
        if _notifiers is not UNSET:
            notifiers = []
            for notifiers_item_data in _notifiers:

                def _parse_notifiers_item(
                    data: object,
                ) -> AlertingIntegrationNotifierResponse | AlertingWebhookNotifierResponse | UnknownVariant:
                    return parse_strictly(_parse_notifiers_item_member, data)

                def _parse_notifiers_item_member(
                    data: object,
                ) -> AlertingIntegrationNotifierResponse | AlertingWebhookNotifierResponse | UnknownVariant:
                    if isinstance(data, dict):
                        for known in (
                            AlertingWebhookNotifierResponse,
                            AlertingIntegrationNotifierResponse,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        notifiers_item_type_0 = AlertingWebhookNotifierResponse.from_dict(data)

                        return notifiers_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        notifiers_item_type_1 = AlertingIntegrationNotifierResponse.from_dict(data)

                        return notifiers_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    notifiers_item_type_2 = UnknownVariant.from_dict(data)

                    return notifiers_item_type_2

                notifiers_item = _parse_notifiers_item(notifiers_item_data)

                notifiers.append(notifiers_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        notifiers = deviating_field(cls, "notifiers", notifiers_raw)

    return notifiers


_FIELDS: frozenset[str] = frozenset(
    (
        "monitor_configs",
        "auto_resolve_after_inactive_minutes",
        "notifiers",
    )
)


def _read_additional_properties(cls: type[AlertingSettingsResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AlertingSettingsResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "monitor_configs" in known:
        monitor_configs = known["monitor_configs"]
    else:
        monitor_configs = d.get("monitor_configs", UNSET)
        if monitor_configs is not UNSET:
            monitor_configs = _read_monitor_configs(cls, d)

    auto_resolve_after_inactive_minutes = d.get("auto_resolve_after_inactive_minutes", UNSET)
    if (
        auto_resolve_after_inactive_minutes.__class__ is not int
        and auto_resolve_after_inactive_minutes is not None
        and auto_resolve_after_inactive_minutes is not UNSET
    ):
        auto_resolve_after_inactive_minutes = _read_auto_resolve_after_inactive_minutes(cls, d)

    if "notifiers" in known:
        notifiers = known["notifiers"]
    else:
        notifiers = d.get("notifiers", UNSET)
        if notifiers is not UNSET:
            notifiers = _read_notifiers(cls, d)

    return {
        "monitor_configs": monitor_configs,
        "auto_resolve_after_inactive_minutes": auto_resolve_after_inactive_minutes,
        "notifiers": notifiers,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AlertingSettingsResponse,
    _all_fields,
    {
        "monitor_configs": _read_monitor_configs,
        "auto_resolve_after_inactive_minutes": _read_auto_resolve_after_inactive_minutes,
        "notifiers": _read_notifiers,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.alerting_integration_notifier_response import AlertingIntegrationNotifierResponse
from ..models.alerting_settings_response_monitor_configs import AlertingSettingsResponseMonitorConfigs
from ..models.alerting_webhook_notifier_response import AlertingWebhookNotifierResponse
from ..models.unknown_variant import UnknownVariant
