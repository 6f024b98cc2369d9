from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="WebhookHMACSettings")


@_attrs_define
class WebhookHMACSettings:
    """Settings for creating an HMAC-authenticated webhook

    Attributes:
        auth_type (Literal['hmac']): The authentication type for this webhook
        name (str): The display name for this webhook
        webhook_url (str): The HTTPS callback URL that will be called when this webhook is triggered
        request_headers (None | Unset | WebhookHMACSettingsRequestHeadersType0): Optional custom request headers to
            include with each webhook delivery
    """

    auth_type: Literal["hmac"]

    name: str

    webhook_url: str

    request_headers: None | Unset | WebhookHMACSettingsRequestHeadersType0 = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("auth_type", "hmac")

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type

        name = self.name

        webhook_url = self.webhook_url

        request_headers: Any
        try:
            if isinstance(self.request_headers, Unset):
                request_headers = UNSET
            elif isinstance(self.request_headers, WebhookHMACSettingsRequestHeadersType0):
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        auth_type_raw = d.pop("auth_type", MISSING)
        if auth_type_raw is MISSING:
            auth_type_raw = missing_field(cls, "auth_type")
        auth_type = cast(Literal["hmac"], auth_type_raw)
        if auth_type != "hmac":
            raise ValueError(f"auth_type must match const 'hmac', got '{auth_type}'")

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        webhook_url = d.pop("webhook_url", MISSING)
        if webhook_url.__class__ is not str:
            if webhook_url is MISSING:
                webhook_url = missing_field(cls, "webhook_url")
                _missing += ("webhook_url",)
            else:
                webhook_url = unexpected_type(cls, "webhook_url", webhook_url, "a string")

        request_headers_raw = d.pop("request_headers", UNSET)
        try:

            def _parse_request_headers(data: object) -> None | Unset | WebhookHMACSettingsRequestHeadersType0:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                request_headers_type_0 = WebhookHMACSettingsRequestHeadersType0.from_dict(data)

                return request_headers_type_0

            request_headers = _parse_request_headers(request_headers_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            request_headers = deviating_field(cls, "request_headers", request_headers_raw)

        webhook_hmac_settings = cls(
            auth_type=auth_type,
            name=name,
            webhook_url=webhook_url,
            request_headers=request_headers,
        )
        if _missing:
            webhook_hmac_settings._missing_fields = _missing
        webhook_hmac_settings.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.webhook_hmac_settings_request_headers_type_0 import WebhookHMACSettingsRequestHeadersType0
