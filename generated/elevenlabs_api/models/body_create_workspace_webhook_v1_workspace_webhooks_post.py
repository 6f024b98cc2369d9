from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="BodyCreateWorkspaceWebhookV1WorkspaceWebhooksPost")


@_attrs_define
class BodyCreateWorkspaceWebhookV1WorkspaceWebhooksPost:
    """Attributes:
    settings (WebhookHMACSettings): Settings for creating an HMAC-authenticated webhook
    """

    settings: WebhookHMACSettings

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        settings: Any
        try:
            settings = self.settings.to_dict()
        except (AttributeError, TypeError):
            settings = self.settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if settings is not None or "settings" not in self._missing_fields:
            field_dict["settings"] = settings
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        settings_raw = d.pop("settings", MISSING)
        if settings_raw is MISSING:
            settings = missing_field(cls, "settings")
            _missing += ("settings",)
        else:
            try:
                settings = WebhookHMACSettings.from_dict(settings_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                settings = deviating_field(cls, "settings", settings_raw)

        body_create_workspace_webhook_v1_workspace_webhooks_post = cls(
            settings=settings,
        )
        if _missing:
            body_create_workspace_webhook_v1_workspace_webhooks_post._missing_fields = _missing
        body_create_workspace_webhook_v1_workspace_webhooks_post.additional_properties = d
        return body_create_workspace_webhook_v1_workspace_webhooks_post

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
from ..models.webhook_hmac_settings import WebhookHMACSettings
