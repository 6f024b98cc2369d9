from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ConversationInitiationClientDataWebhook")


@_attrs_define
class ConversationInitiationClientDataWebhook:
    """Example:
        {'request_headers': {'Content-Type': 'application/json'}, 'url': 'https://example.com/webhook'}

    Attributes:
        url (str): The URL to send the webhook to
        request_headers (ConversationInitiationClientDataWebhookRequestHeaders): The headers to send with the webhook
            request
    """

    url: str

    request_headers: ConversationInitiationClientDataWebhookRequestHeaders

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        request_headers: Any
        try:
            request_headers = self.request_headers.to_dict()
        except (AttributeError, TypeError):
            request_headers = self.request_headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if url is not None or "url" not in self._missing_fields:
            field_dict["url"] = url
        if request_headers is not None or "request_headers" not in self._missing_fields:
            field_dict["request_headers"] = request_headers
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        url = d.pop("url", MISSING)
        if url.__class__ is not str:
            if url is MISSING:
                url = missing_field(cls, "url")
                _missing += ("url",)
            else:
                url = unexpected_type(cls, "url", url, "a string")

        request_headers_raw = d.pop("request_headers", MISSING)
        if request_headers_raw is MISSING:
            request_headers = missing_field(cls, "request_headers")
            _missing += ("request_headers",)
        else:
            try:
                request_headers = ConversationInitiationClientDataWebhookRequestHeaders.from_dict(request_headers_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                request_headers = deviating_field(cls, "request_headers", request_headers_raw)

        conversation_initiation_client_data_webhook = cls(
            url=url,
            request_headers=request_headers,
        )
        if _missing:
            conversation_initiation_client_data_webhook._missing_fields = _missing
        conversation_initiation_client_data_webhook.additional_properties = d
        return conversation_initiation_client_data_webhook

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
from ..models.conversation_initiation_client_data_webhook_request_headers import (
    ConversationInitiationClientDataWebhookRequestHeaders,
)
