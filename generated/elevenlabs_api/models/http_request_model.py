from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    check_items,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="HttpRequestModel")


@_attrs_define
class HttpRequestModel:
    """HTTP request details.

    Spec: https://schema.ocsf.io/1.6.0/objects/http_request

    Attributes:
        http_method (str): HTTP method (GET, POST, etc.)
        url (UrlModel): OCSF URL object.

            Spec: https://schema.ocsf.io/1.6.0/objects/url
        user_agent (None | str | Unset): User agent string
        x_forwarded_for (list[str] | None | Unset): X-Forwarded-For header as a list
    """

    http_method: str

    url: UrlModel

    user_agent: None | str | Unset = UNSET

    x_forwarded_for: list[str] | None | Unset = UNSET

    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        http_method = self.http_method

        url: Any
        try:
            url = self.url.to_dict()
        except (AttributeError, TypeError):
            url = self.url

        user_agent: Any
        try:
            user_agent = self.user_agent

        except (AttributeError, TypeError):
            user_agent = self.user_agent

        x_forwarded_for: Any
        try:
            if isinstance(self.x_forwarded_for, Unset):
                x_forwarded_for = UNSET
            elif isinstance(self.x_forwarded_for, list):
                x_forwarded_for = self.x_forwarded_for

            else:
                x_forwarded_for = self.x_forwarded_for

        except (AttributeError, TypeError):
            x_forwarded_for = self.x_forwarded_for

        field_dict: dict[str, Any] = {}
        if http_method is not None or "http_method" not in self._missing_fields:
            field_dict["http_method"] = http_method
        if url is not None or "url" not in self._missing_fields:
            field_dict["url"] = url
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if x_forwarded_for is not UNSET:
            field_dict["x_forwarded_for"] = x_forwarded_for
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        http_method = d.pop("http_method", MISSING)
        if http_method.__class__ is not str:
            if http_method is MISSING:
                http_method = missing_field(cls, "http_method")
                _missing += ("http_method",)
            else:
                http_method = unexpected_type(cls, "http_method", http_method, "a string")

        url_raw = d.pop("url", MISSING)
        if url_raw is MISSING:
            url = missing_field(cls, "url")
            _missing += ("url",)
        else:
            try:
                url = UrlModel.from_dict(url_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                url = deviating_field(cls, "url", url_raw)

        user_agent = d.pop("user_agent", UNSET)
        if user_agent.__class__ is not str and user_agent is not None and user_agent is not UNSET:
            user_agent = unexpected_type(cls, "user_agent", user_agent, "a string or null")

        x_forwarded_for = d.pop("x_forwarded_for", UNSET)
        if x_forwarded_for.__class__ is not list and x_forwarded_for is not None and x_forwarded_for is not UNSET:
            x_forwarded_for = unexpected_type(cls, "x_forwarded_for", x_forwarded_for, "an array or null")
        elif x_forwarded_for.__class__ is list and x_forwarded_for:
            check_items(cls, "x_forwarded_for", x_forwarded_for, (str,), "a string")

        http_request_model = cls(
            http_method=http_method,
            url=url,
            user_agent=user_agent,
            x_forwarded_for=x_forwarded_for,
        )
        if _missing:
            http_request_model._missing_fields = _missing
        return http_request_model


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.url_model import UrlModel
