from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import WorkspaceWebhookEventType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch(Lazy, AdditionalProperties[Any]):
    """Attributes:
    is_disabled: Whether to disable or enable the webhook
    name: The display name of the webhook (used for display purposes only).
    retry_enabled: Whether to enable automatic retries for transient failures (5xx, 429, timeout)
    request_headers: A list of request headers to include with the webhook delivery (optional)
    events: The complete set of workspace-level events this webhook should be subscribed to. The webhook is added to
        the events in the list and removed from any not in the list. Omit to leave the current event subscriptions
        unchanged.
    """

    is_disabled: bool

    name: str

    retry_enabled: bool | None | Unset = UNSET

    request_headers: BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatchRequestHeadersType0 | None | Unset = (
        UNSET
    )

    events: list[WorkspaceWebhookEventType] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("is_disabled", "is_disabled", BOOL, required=True),
        Field("name", "name", STR, required=True),
        Field("retry_enabled", "retry_enabled", union(BOOL, NULL)),
        Field(
            "request_headers",
            "request_headers",
            union(object_of("BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatchRequestHeadersType0"), NULL),
        ),
        Field("events", "events", union(list_of(literal("WorkspaceWebhookEventType")), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatchRequestHeadersType0(Lazy, AdditionalProperties["str"]):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)
