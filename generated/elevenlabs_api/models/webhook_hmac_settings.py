from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WebhookHmacSettings")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WebhookHmacSettings(Lazy):
    """Settings for creating an HMAC-authenticated webhook

    Attributes:
        auth_type (Literal['hmac']): The authentication type for this webhook
        name (str): The display name for this webhook
        webhook_url (str): The HTTPS callback URL that will be called when this webhook is triggered
        request_headers (None | Unset | WebhookHmacSettingsRequestHeadersType0): Optional custom request headers to
            include with each webhook delivery
    """

    auth_type: Literal["hmac"] = _attrs_field(
        default="hmac",
        kw_only=True,
        validator=types.tag("WebhookHmacSettings", "auth_type", "hmac"),
    )

    name: str

    webhook_url: str

    request_headers: None | Unset | WebhookHmacSettingsRequestHeadersType0 = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "webhook_url",
    )
    _tags: ClassVar[tuple[str, ...]] = ("auth_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("auth_type", "hmac")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        auth_type = self.auth_type

        name = self.name

        webhook_url = self.webhook_url

        request_headers: Any
        try:
            if isinstance(self.request_headers, Unset):
                request_headers = UNSET
            elif isinstance(self.request_headers, WebhookHmacSettingsRequestHeadersType0):
                request_headers = self.request_headers.to_dict()
            else:
                request_headers = self.request_headers

        except (AttributeError, TypeError):
            request_headers = self.request_headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["auth_type"] = auth_type
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if webhook_url is not None or "webhook_url" not in self._missing_fields:
            field_dict["webhook_url"] = webhook_url
        if request_headers is not UNSET:
            field_dict["request_headers"] = request_headers
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        webhook_hmac_settings = cls.__new__(cls)
        webhook_hmac_settings.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return webhook_hmac_settings

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


def _read_auth_type(cls: type[WebhookHmacSettings], d: Mapping[str, Any]) -> Any:
    auth_type_raw = d.get("auth_type", MISSING)
    if auth_type_raw is MISSING:
        auth_type_raw = missing_field(cls, "auth_type")
    auth_type = cast(Literal["hmac"], auth_type_raw)
    if auth_type != "hmac":
        raise ValueError(f"auth_type must match const 'hmac', got '{auth_type}'")

    return auth_type


_read_name = plain_reader("name", (str,), "a string", True)

_read_webhook_url = plain_reader("webhook_url", (str,), "a string", True)


def _read_request_headers(cls: type[WebhookHmacSettings], d: Mapping[str, Any]) -> Any:
    request_headers_raw = d.get("request_headers", UNSET)
    try:

        def _parse_request_headers(data: object) -> None | Unset | WebhookHmacSettingsRequestHeadersType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            request_headers_type_0 = WebhookHmacSettingsRequestHeadersType0.from_dict(data)

            return request_headers_type_0

        request_headers = _parse_request_headers(request_headers_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        request_headers = deviating_field(cls, "request_headers", request_headers_raw)

    return request_headers


_FIELDS: frozenset[str] = frozenset(
    (
        "auth_type",
        "name",
        "webhook_url",
        "request_headers",
    )
)


def _read_additional_properties(cls: type[WebhookHmacSettings], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[WebhookHmacSettings], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "auth_type" in known:
        auth_type = known["auth_type"]
    else:
        auth_type = _read_auth_type(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    webhook_url = d.get("webhook_url", MISSING)
    if webhook_url.__class__ is not str:
        webhook_url = _read_webhook_url(cls, d)

    if "request_headers" in known:
        request_headers = known["request_headers"]
    else:
        request_headers = d.get("request_headers", UNSET)
        if request_headers is not UNSET and request_headers is not None:
            request_headers = _read_request_headers(cls, d)

    return {
        "auth_type": auth_type,
        "name": name,
        "webhook_url": webhook_url,
        "request_headers": request_headers,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WebhookHmacSettings,
    _all_fields,
    {
        "auth_type": _read_auth_type,
        "name": _read_name,
        "webhook_url": _read_webhook_url,
        "request_headers": _read_request_headers,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.webhook_hmac_settings_request_headers_type_0 import WebhookHmacSettingsRequestHeadersType0
