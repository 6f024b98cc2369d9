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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationHistoryTranscriptToolCallWebhookDetails")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationHistoryTranscriptToolCallWebhookDetails(Lazy):
    """Attributes:
    method (str):
    url (str):
    type_ (Literal['webhook'] | Unset):
    headers (ConversationHistoryTranscriptToolCallWebhookDetailsHeaders | Unset):
    path_params (ConversationHistoryTranscriptToolCallWebhookDetailsPathParams | Unset):
    query_params (ConversationHistoryTranscriptToolCallWebhookDetailsQueryParams | Unset):
    body (None | str | Unset):
    """

    method: str

    url: str

    type_: Literal["webhook"] | Unset = _attrs_field(
        default="webhook",
        kw_only=True,
        alias="type",
        validator=types.tag("ConversationHistoryTranscriptToolCallWebhookDetails", "type", "webhook"),
    )

    headers: ConversationHistoryTranscriptToolCallWebhookDetailsHeaders | Unset = UNSET

    path_params: ConversationHistoryTranscriptToolCallWebhookDetailsPathParams | Unset = UNSET

    query_params: ConversationHistoryTranscriptToolCallWebhookDetailsQueryParams | Unset = UNSET

    body: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "method",
        "url",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "webhook")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        method = self.method

        url = self.url

        type_ = self.type_

        headers: Any
        try:
            headers = UNSET
            if not isinstance(self.headers, Unset):
                headers = self.headers.to_dict()
        except (AttributeError, TypeError):
            headers = self.headers

        path_params: Any
        try:
            path_params = UNSET
            if not isinstance(self.path_params, Unset):
                path_params = self.path_params.to_dict()
        except (AttributeError, TypeError):
            path_params = self.path_params

        query_params: Any
        try:
            query_params = UNSET
            if not isinstance(self.query_params, Unset):
                query_params = self.query_params.to_dict()
        except (AttributeError, TypeError):
            query_params = self.query_params

        body: Any
        try:
            body = self.body

        except (AttributeError, TypeError):
            body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if method is not None or "method" not in self._missing_fields:
            field_dict["method"] = method
        if url is not None or "url" not in self._missing_fields:
            field_dict["url"] = url
        if type_ is not UNSET:
            field_dict["type"] = type_
        if headers is not UNSET:
            field_dict["headers"] = headers
        if path_params is not UNSET:
            field_dict["path_params"] = path_params
        if query_params is not UNSET:
            field_dict["query_params"] = query_params
        if body is not UNSET:
            field_dict["body"] = body
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_history_transcript_tool_call_webhook_details = cls.__new__(cls)
        conversation_history_transcript_tool_call_webhook_details.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_history_transcript_tool_call_webhook_details

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


def _read_type_(cls: type[ConversationHistoryTranscriptToolCallWebhookDetails], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["webhook"] | Unset, type__raw)
    if type_ != "webhook" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'webhook', got '{type_}'")

    return type_


_read_method = plain_reader("method", (str,), "a string", True)

_read_url = plain_reader("url", (str,), "a string", True)


def _read_headers(cls: type[ConversationHistoryTranscriptToolCallWebhookDetails], d: Mapping[str, Any]) -> Any:
    headers_raw = d.get("headers", UNSET)
    try:
        _headers = headers_raw
        headers: ConversationHistoryTranscriptToolCallWebhookDetailsHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ConversationHistoryTranscriptToolCallWebhookDetailsHeaders.from_dict(_headers)
    except (KeyError, TypeError, ValueError, AttributeError):
        headers = deviating_field(cls, "headers", headers_raw)

    return headers


def _read_path_params(cls: type[ConversationHistoryTranscriptToolCallWebhookDetails], d: Mapping[str, Any]) -> Any:
    path_params_raw = d.get("path_params", UNSET)
    try:
        _path_params = path_params_raw
        path_params: ConversationHistoryTranscriptToolCallWebhookDetailsPathParams | Unset
        if isinstance(_path_params, Unset):
            path_params = UNSET
        else:
            path_params = ConversationHistoryTranscriptToolCallWebhookDetailsPathParams.from_dict(_path_params)
    except (KeyError, TypeError, ValueError, AttributeError):
        path_params = deviating_field(cls, "path_params", path_params_raw)

    return path_params


def _read_query_params(cls: type[ConversationHistoryTranscriptToolCallWebhookDetails], d: Mapping[str, Any]) -> Any:
    query_params_raw = d.get("query_params", UNSET)
    try:
        _query_params = query_params_raw
        query_params: ConversationHistoryTranscriptToolCallWebhookDetailsQueryParams | Unset
        if isinstance(_query_params, Unset):
            query_params = UNSET
        else:
            query_params = ConversationHistoryTranscriptToolCallWebhookDetailsQueryParams.from_dict(_query_params)
    except (KeyError, TypeError, ValueError, AttributeError):
        query_params = deviating_field(cls, "query_params", query_params_raw)

    return query_params


_read_body = plain_reader(
    "body",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "method",
        "url",
        "type",
        "headers",
        "path_params",
        "query_params",
        "body",
    )
)


def _read_additional_properties(
    cls: type[ConversationHistoryTranscriptToolCallWebhookDetails], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationHistoryTranscriptToolCallWebhookDetails], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    method = d.get("method", MISSING)
    if method.__class__ is not str:
        method = _read_method(cls, d)

    url = d.get("url", MISSING)
    if url.__class__ is not str:
        url = _read_url(cls, d)

    if "headers" in known:
        headers = known["headers"]
    else:
        headers = d.get("headers", UNSET)
        if headers is not UNSET:
            headers = _read_headers(cls, d)

    if "path_params" in known:
        path_params = known["path_params"]
    else:
        path_params = d.get("path_params", UNSET)
        if path_params is not UNSET:
            path_params = _read_path_params(cls, d)

    if "query_params" in known:
        query_params = known["query_params"]
    else:
        query_params = d.get("query_params", UNSET)
        if query_params is not UNSET:
            query_params = _read_query_params(cls, d)

    body = d.get("body", UNSET)
    if body.__class__ is not str and body is not None and body is not UNSET:
        body = _read_body(cls, d)

    return {
        "method": method,
        "url": url,
        "type_": type_,
        "headers": headers,
        "path_params": path_params,
        "query_params": query_params,
        "body": body,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationHistoryTranscriptToolCallWebhookDetails, type_="type")

set_readers(
    ConversationHistoryTranscriptToolCallWebhookDetails,
    _all_fields,
    {
        "method": _read_method,
        "url": _read_url,
        "type_": _read_type_,
        "headers": _read_headers,
        "path_params": _read_path_params,
        "query_params": _read_query_params,
        "body": _read_body,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_transcript_tool_call_webhook_details_headers import (
    ConversationHistoryTranscriptToolCallWebhookDetailsHeaders,
)
from ..models.conversation_history_transcript_tool_call_webhook_details_path_params import (
    ConversationHistoryTranscriptToolCallWebhookDetailsPathParams,
)
from ..models.conversation_history_transcript_tool_call_webhook_details_query_params import (
    ConversationHistoryTranscriptToolCallWebhookDetailsQueryParams,
)
