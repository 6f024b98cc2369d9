from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import MISSING, UNSET, Unset, deviating_field, missing_field

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
        if http_method is not None:
            field_dict["http_method"] = http_method
        if url is not None:
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
        http_method = d.pop("http_method", MISSING)
        if http_method is MISSING:
            http_method = missing_field(cls, "http_method")

        url_raw = d.pop("url", MISSING)
        if url_raw is MISSING:
            url_raw = missing_field(cls, "url")
        try:
            url = UrlModel.from_dict(url_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            url = deviating_field(cls, "url", url_raw)

        user_agent = d.pop("user_agent", UNSET)

        x_forwarded_for_raw = d.pop("x_forwarded_for", UNSET)
        try:

            def _parse_x_forwarded_for(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, list):
                    raise TypeError(f"got {type(data).__name__}")
                x_forwarded_for_type_0 = cast(list[str], data)

                return x_forwarded_for_type_0

            x_forwarded_for = _parse_x_forwarded_for(x_forwarded_for_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            x_forwarded_for = deviating_field(cls, "x_forwarded_for", x_forwarded_for_raw)

        http_request_model = cls(
            http_method=http_method,
            url=url,
            user_agent=user_agent,
            x_forwarded_for=x_forwarded_for,
        )
        return http_request_model


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.url_model import UrlModel
