from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import AlertingWebhookMethod, check_alerting_webhook_method
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="InternalAlertingWebhookNotifier")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class InternalAlertingWebhookNotifier(Lazy):
    """Attributes:
    url (str): The URL to send alert lifecycle notifications to.
    type_ (Literal['webhook'] | Unset):  Default: 'webhook'.
    method (AlertingWebhookMethod | Unset):
    headers (list[AlertingWebhookHeader] | Unset): Custom request headers sent with every notification. Secret
        header values are encrypted at rest and never returned by the API.
    """

    url: str

    type_: Literal["webhook"] | Unset = _attrs_field(
        default="webhook",
        kw_only=True,
        alias="type",
        validator=types.tag("InternalAlertingWebhookNotifier", "type", "webhook"),
    )

    method: AlertingWebhookMethod | Unset = UNSET

    headers: list[AlertingWebhookHeader] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("url",)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "webhook")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        internal_alerting_webhook_notifier = cls.__new__(cls)
        internal_alerting_webhook_notifier.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_type_(cls: type[InternalAlertingWebhookNotifier], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["webhook"] | Unset, type__raw)
    if type_ != "webhook" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'webhook', got '{type_}'")

    return type_


_read_url = plain_reader("url", (str,), "a string", True)


def _read_method(cls: type[InternalAlertingWebhookNotifier], d: Mapping[str, Any]) -> Any:
    method_raw = d.get("method", UNSET)
    try:
        _method = method_raw
        method: AlertingWebhookMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_alerting_webhook_method(_method)
    except (KeyError, TypeError, ValueError, AttributeError):
        method = deviating_field(cls, "method", method_raw)

    return method


def _read_headers(cls: type[InternalAlertingWebhookNotifier], d: Mapping[str, Any]) -> Any:
    headers_raw = d.get("headers", UNSET)
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

    return headers


_FIELDS: frozenset[str] = frozenset(
    (
        "url",
        "type",
        "method",
        "headers",
    )
)


def _read_additional_properties(cls: type[InternalAlertingWebhookNotifier], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[InternalAlertingWebhookNotifier], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    url = d.get("url", MISSING)
    if url.__class__ is not str:
        url = _read_url(cls, d)

    if "method" in known:
        method = known["method"]
    else:
        method = d.get("method", UNSET)
        if method is not UNSET:
            method = _read_method(cls, d)

    if "headers" in known:
        headers = known["headers"]
    else:
        headers = d.get("headers", UNSET)
        if headers is not UNSET:
            headers = _read_headers(cls, d)

    return {
        "url": url,
        "type_": type_,
        "method": method,
        "headers": headers,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(InternalAlertingWebhookNotifier, type_="type")

set_readers(
    InternalAlertingWebhookNotifier,
    _all_fields,
    {
        "url": _read_url,
        "type_": _read_type_,
        "method": _read_method,
        "headers": _read_headers,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.alerting_webhook_header import AlertingWebhookHeader
