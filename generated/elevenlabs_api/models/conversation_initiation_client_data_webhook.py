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
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationInitiationClientDataWebhook")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationInitiationClientDataWebhook(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "url",
        "request_headers",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_initiation_client_data_webhook = cls.__new__(cls)
        conversation_initiation_client_data_webhook.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_url = plain_reader("url", (str,), "a string", True)


def _read_request_headers(cls: type[ConversationInitiationClientDataWebhook], d: Mapping[str, Any]) -> Any:
    request_headers_raw = d.get("request_headers", MISSING)
    if request_headers_raw is MISSING:
        request_headers = missing_field(cls, "request_headers")
    else:
        try:
            request_headers = ConversationInitiationClientDataWebhookRequestHeaders.from_dict(request_headers_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            request_headers = deviating_field(cls, "request_headers", request_headers_raw)

    return request_headers


_FIELDS: frozenset[str] = frozenset(
    (
        "url",
        "request_headers",
    )
)


def _read_additional_properties(
    cls: type[ConversationInitiationClientDataWebhook], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationInitiationClientDataWebhook], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    url = d.get("url", MISSING)
    if url.__class__ is not str:
        url = _read_url(cls, d)

    if "request_headers" in known:
        request_headers = known["request_headers"]
    else:
        request_headers = _read_request_headers(cls, d)

    return {
        "url": url,
        "request_headers": request_headers,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ConversationInitiationClientDataWebhook,
    _all_fields,
    {
        "url": _read_url,
        "request_headers": _read_request_headers,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_initiation_client_data_webhook_request_headers import (
    ConversationInitiationClientDataWebhookRequestHeaders,
)
