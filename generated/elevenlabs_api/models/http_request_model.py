from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

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

        url = self.url.to_dict()

        user_agent: None | str | Unset = self.user_agent

        x_forwarded_for: list[str] | None | Unset
        if isinstance(self.x_forwarded_for, Unset):
            x_forwarded_for = UNSET
        elif isinstance(self.x_forwarded_for, list):
            x_forwarded_for = self.x_forwarded_for

        else:
            x_forwarded_for = self.x_forwarded_for

        field_dict: dict[str, Any] = {}
        field_dict["http_method"] = http_method
        field_dict["url"] = url
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if x_forwarded_for is not UNSET:
            field_dict["x_forwarded_for"] = x_forwarded_for
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        http_method = d.pop("http_method")

        url = UrlModel.from_dict(d.pop("url"))

        user_agent = d.pop("user_agent", UNSET)

        def _parse_x_forwarded_for(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            x_forwarded_for_type_0 = cast(list[str], data)

            return x_forwarded_for_type_0

        x_forwarded_for = _parse_x_forwarded_for(d.pop("x_forwarded_for", UNSET))

        http_request_model = cls(
            http_method=http_method,
            url=url,
            user_agent=user_agent,
            x_forwarded_for=x_forwarded_for,
        )
        return http_request_model


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.url_model import UrlModel
