from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, const, dict_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationHistoryTranscriptToolCallWebhookDetails(Lazy, AdditionalProperties[Any]):
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("method", "method", STR, required=True),
        Field("url", "url", STR, required=True),
        Field("type_", "type", const("webhook")),
        Field("headers", "headers", object_of("ConversationHistoryTranscriptToolCallWebhookDetailsHeaders")),
        Field("path_params", "path_params", object_of("ConversationHistoryTranscriptToolCallWebhookDetailsPathParams")),
        Field(
            "query_params", "query_params", object_of("ConversationHistoryTranscriptToolCallWebhookDetailsQueryParams")
        ),
        Field("body", "body", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationHistoryTranscriptToolCallWebhookDetails, type_="type")


@_attrs_define(slots=False)
class ConversationHistoryTranscriptToolCallWebhookDetailsHeaders(Lazy, AdditionalProperties["str"]):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)


@_attrs_define(slots=False)
class ConversationHistoryTranscriptToolCallWebhookDetailsPathParams(Lazy, AdditionalProperties["str"]):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)


@_attrs_define(slots=False)
class ConversationHistoryTranscriptToolCallWebhookDetailsQueryParams(Lazy, AdditionalProperties["str"]):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)
