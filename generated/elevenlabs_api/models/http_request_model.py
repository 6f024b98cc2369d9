from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="HttpRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class HttpRequestModel(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "http_method",
        "url",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        http_request_model = cls.__new__(cls)
        http_request_model.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return http_request_model


_read_http_method = plain_reader("http_method", (str,), "a string", True)


def _read_url(cls: type[HttpRequestModel], d: Mapping[str, Any]) -> Any:
    url_raw = d.get("url", MISSING)
    if url_raw is MISSING:
        url = missing_field(cls, "url")
    else:
        try:
            url = UrlModel.from_dict(url_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            url = deviating_field(cls, "url", url_raw)

    return url


_read_user_agent = plain_reader(
    "user_agent",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_x_forwarded_for = plain_reader(
    "x_forwarded_for",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)


def _all_fields(cls: type[HttpRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    http_method = d.get("http_method", MISSING)
    if http_method.__class__ is not str:
        http_method = _read_http_method(cls, d)

    if "url" in known:
        url = known["url"]
    else:
        url = _read_url(cls, d)

    user_agent = d.get("user_agent", UNSET)
    if user_agent.__class__ is not str and user_agent is not None and user_agent is not UNSET:
        user_agent = _read_user_agent(cls, d)

    x_forwarded_for = d.get("x_forwarded_for", UNSET)
    if x_forwarded_for.__class__ is not list and x_forwarded_for is not None and x_forwarded_for is not UNSET:
        x_forwarded_for = _read_x_forwarded_for(cls, d)
    elif x_forwarded_for.__class__ is list and x_forwarded_for:
        check_items(cls, "x_forwarded_for", x_forwarded_for, (str,), "a string")

    return {
        "http_method": http_method,
        "url": url,
        "user_agent": user_agent,
        "x_forwarded_for": x_forwarded_for,
        "_missing_fields": (),
    }


set_readers(
    HttpRequestModel,
    _all_fields,
    {
        "http_method": _read_http_method,
        "url": _read_url,
        "user_agent": _read_user_agent,
        "x_forwarded_for": _read_x_forwarded_for,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.url_model import UrlModel
