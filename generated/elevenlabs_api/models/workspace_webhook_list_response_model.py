from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkspaceWebhookListResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkspaceWebhookListResponseModel(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("webhooks",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workspace_webhook_list_response_model = cls.__new__(cls)
        workspace_webhook_list_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_webhooks(cls: type[WorkspaceWebhookListResponseModel], d: Mapping[str, Any]) -> Any:
    webhooks_raw = d.get("webhooks", MISSING)
    if webhooks_raw is MISSING:
        webhooks = missing_field(cls, "webhooks")
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

    return webhooks


_FIELDS: frozenset[str] = frozenset(("webhooks",))


def _read_additional_properties(cls: type[WorkspaceWebhookListResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkspaceWebhookListResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "webhooks" in known:
        webhooks = known["webhooks"]
    else:
        webhooks = _read_webhooks(cls, d)

    return {
        "webhooks": webhooks,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WorkspaceWebhookListResponseModel,
    _all_fields,
    {
        "webhooks": _read_webhooks,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.workspace_webhook_response_model import WorkspaceWebhookResponseModel
