from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alerting_webhook_method import AlertingWebhookMethod, check_alerting_webhook_method
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="InternalAlertingWebhookNotifier")


@_attrs_define
class InternalAlertingWebhookNotifier:
    """Attributes:
    url (str): The URL to send alert lifecycle notifications to.
    type_ (Literal['webhook'] | Unset):  Default: 'webhook'.
    method (AlertingWebhookMethod | Unset):
    headers (list[AlertingWebhookHeader] | Unset): Custom request headers sent with every notification. Secret
        header values are encrypted at rest and never returned by the API.
    """

    url: str

    type_: Literal["webhook"] | Unset = "webhook"

    method: AlertingWebhookMethod | Unset = UNSET

    headers: list[AlertingWebhookHeader] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "webhook")

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        type_ = self.type_

        method: Any
        try:
            method = UNSET
            if not isinstance(self.method, Unset):
                method = self.method

        except (AttributeError, TypeError):
            method = self.method

        headers: Any
        try:
            headers = UNSET
            if not isinstance(self.headers, Unset):
                headers = []
                for headers_item_data in self.headers:
                    headers_item = headers_item_data.to_dict()
                    headers.append(headers_item)

        except (AttributeError, TypeError):
            headers = self.headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if url is not None or "url" not in self._missing_fields:
            field_dict["url"] = url
        if type_ is not UNSET:
            field_dict["type"] = type_
        if method is not UNSET:
            field_dict["method"] = method
        if headers is not UNSET:
            field_dict["headers"] = headers
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["webhook"] | Unset, type__raw)
        if type_ != "webhook" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'webhook', got '{type_}'")

        url = d.pop("url", MISSING)
        if url.__class__ is not str:
            if url is MISSING:
                url = missing_field(cls, "url")
                _missing += ("url",)
            else:
                url = unexpected_type(cls, "url", url, "a string")

        method_raw = d.pop("method", UNSET)
        try:
            _method = method_raw
            method: AlertingWebhookMethod | Unset
            if isinstance(_method, Unset):
                method = UNSET
            else:
                method = check_alerting_webhook_method(_method)
        except (KeyError, TypeError, ValueError, AttributeError):
            method = deviating_field(cls, "method", method_raw)

        headers_raw = d.pop("headers", UNSET)
        try:
            expect_array("headers", headers_raw)
            _headers = headers_raw
            headers: list[AlertingWebhookHeader] | Unset = UNSET
            if _headers is not UNSET:
                headers = []
                for headers_item_data in _headers:
                    headers_item = AlertingWebhookHeader.from_dict(headers_item_data)

                    headers.append(headers_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            headers = deviating_field(cls, "headers", headers_raw)

        internal_alerting_webhook_notifier = cls(
            url=url,
            type_=type_,
            method=method,
            headers=headers,
        )
        if _missing:
            internal_alerting_webhook_notifier._missing_fields = _missing
        internal_alerting_webhook_notifier.additional_properties = d
        return internal_alerting_webhook_notifier

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
from ..models.alerting_webhook_header import AlertingWebhookHeader
