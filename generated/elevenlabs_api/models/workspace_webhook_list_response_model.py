from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
)

T = TypeVar("T", bound="WorkspaceWebhookListResponseModel")


@_attrs_define
class WorkspaceWebhookListResponseModel:
    """Example:
        {'webhooks': [{'auth_type': 'hmac', 'created_at_unix': 123456789, 'is_auto_disabled': False, 'is_disabled':
        False, 'most_recent_failure_error_code': 404, 'most_recent_failure_timestamp': 123456799, 'name': 'My Webhook',
        'usage': [{'usage_type': 'ConvAI Settings'}], 'webhook_id': '123', 'webhook_url':
        'https://elevenlabs.io/example-callback-url'}]}

    Attributes:
        webhooks (list[WorkspaceWebhookResponseModel]): List of webhooks currently configured for the workspace
    """

    webhooks: list[WorkspaceWebhookResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        webhooks: Any
        try:
            webhooks = []
            for webhooks_item_data in self.webhooks:
                webhooks_item = webhooks_item_data.to_dict()
                webhooks.append(webhooks_item)

        except (AttributeError, TypeError):
            webhooks = self.webhooks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if webhooks is not None or "webhooks" not in self._missing_fields:
            field_dict["webhooks"] = webhooks
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        webhooks_raw = d.pop("webhooks", MISSING)
        if webhooks_raw is MISSING:
            webhooks = missing_field(cls, "webhooks")
            _missing += ("webhooks",)
        else:
            try:
                expect_array("webhooks", webhooks_raw)
                webhooks = []
                _webhooks = webhooks_raw
                for webhooks_item_data in _webhooks:
                    webhooks_item = WorkspaceWebhookResponseModel.from_dict(webhooks_item_data)

                    webhooks.append(webhooks_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                webhooks = deviating_field(cls, "webhooks", webhooks_raw)

        workspace_webhook_list_response_model = cls(
            webhooks=webhooks,
        )
        if _missing:
            workspace_webhook_list_response_model._missing_fields = _missing
        workspace_webhook_list_response_model.additional_properties = d
        return workspace_webhook_list_response_model

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
from ..models.workspace_webhook_response_model import WorkspaceWebhookResponseModel
