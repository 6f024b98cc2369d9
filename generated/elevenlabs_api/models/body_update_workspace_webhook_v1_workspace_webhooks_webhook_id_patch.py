from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import WorkspaceWebhookEventType, check_workspace_webhook_event_type
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

T = TypeVar("T", bound="BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch(Lazy):
    """Attributes:
    is_disabled (bool): Whether to disable or enable the webhook
    name (str): The display name of the webhook (used for display purposes only).
    retry_enabled (bool | None | Unset): Whether to enable automatic retries for transient failures (5xx, 429,
        timeout)
    request_headers (BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatchRequestHeadersType0 | None | Unset):
        A list of request headers to include with the webhook delivery (optional)
    events (list[WorkspaceWebhookEventType] | None | Unset): The complete set of workspace-level events this webhook
        should be subscribed to. The webhook is added to the events in the list and removed from any not in the list.
        Omit to leave the current event subscriptions unchanged.
    """

    is_disabled: bool

    name: str

    retry_enabled: bool | None | Unset = UNSET

    request_headers: BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatchRequestHeadersType0 | None | Unset = (
        UNSET
    )

    events: list[WorkspaceWebhookEventType] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "is_disabled",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        is_disabled = self.is_disabled

        name = self.name

        retry_enabled: Any
        try:
            retry_enabled = self.retry_enabled

        except (AttributeError, TypeError):
            retry_enabled = self.retry_enabled

        request_headers: Any
        try:
            if isinstance(self.request_headers, Unset):
                request_headers = UNSET
            elif isinstance(
                self.request_headers, BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatchRequestHeadersType0
            ):
                request_headers = self.request_headers.to_dict()
            else:
                request_headers = self.request_headers

        except (AttributeError, TypeError):
            request_headers = self.request_headers

        events: Any
        try:
            if isinstance(self.events, Unset):
                events = UNSET
            elif isinstance(self.events, list):
                events = []
                for events_type_0_item_data in self.events:
                    events_type_0_item: str = events_type_0_item_data
                    events.append(events_type_0_item)

            else:
                events = self.events

        except (AttributeError, TypeError):
            events = self.events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if is_disabled is not None or "is_disabled" not in self._missing_fields:
            field_dict["is_disabled"] = is_disabled
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if retry_enabled is not UNSET:
            field_dict["retry_enabled"] = retry_enabled
        if request_headers is not UNSET:
            field_dict["request_headers"] = request_headers
        if events is not UNSET:
            field_dict["events"] = events
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_update_workspace_webhook_v1_workspace_webhooks_webhook_id_patch = cls.__new__(cls)
        body_update_workspace_webhook_v1_workspace_webhooks_webhook_id_patch.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_update_workspace_webhook_v1_workspace_webhooks_webhook_id_patch

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


_read_is_disabled = plain_reader("is_disabled", (bool,), "a boolean", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_retry_enabled = plain_reader(
    "retry_enabled",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


def _read_request_headers(
    cls: type[BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch], d: Mapping[str, Any]
) -> Any:
    request_headers_raw = d.get("request_headers", UNSET)
    try:

        def _parse_request_headers(
            data: object,
        ) -> BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatchRequestHeadersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            request_headers_type_0 = (
                BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatchRequestHeadersType0.from_dict(data)
            )

            return request_headers_type_0

        request_headers = _parse_request_headers(request_headers_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        request_headers = deviating_field(cls, "request_headers", request_headers_raw)

    return request_headers


def _read_events(cls: type[BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch], d: Mapping[str, Any]) -> Any:
    events_raw = d.get("events", UNSET)
    try:

        def _parse_events(data: object) -> list[WorkspaceWebhookEventType] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            events_type_0 = []
            _events_type_0 = data
            for events_type_0_item_data in _events_type_0:
                events_type_0_item = check_workspace_webhook_event_type(events_type_0_item_data)

                events_type_0.append(events_type_0_item)

            return events_type_0

        events = _parse_events(events_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        events = deviating_field(cls, "events", events_raw)

    return events


_FIELDS: frozenset[str] = frozenset(
    (
        "is_disabled",
        "name",
        "retry_enabled",
        "request_headers",
        "events",
    )
)


def _read_additional_properties(
    cls: type[BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    is_disabled = d.get("is_disabled", MISSING)
    if is_disabled.__class__ is not bool:
        is_disabled = _read_is_disabled(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    retry_enabled = d.get("retry_enabled", UNSET)
    if retry_enabled.__class__ is not bool and retry_enabled is not None and retry_enabled is not UNSET:
        retry_enabled = _read_retry_enabled(cls, d)

    if "request_headers" in known:
        request_headers = known["request_headers"]
    else:
        request_headers = d.get("request_headers", UNSET)
        if request_headers is not UNSET and request_headers is not None:
            request_headers = _read_request_headers(cls, d)

    if "events" in known:
        events = known["events"]
    else:
        events = d.get("events", UNSET)
        if events is not UNSET and events is not None:
            events = _read_events(cls, d)

    return {
        "is_disabled": is_disabled,
        "name": name,
        "retry_enabled": retry_enabled,
        "request_headers": request_headers,
        "events": events,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch,
    _all_fields,
    {
        "is_disabled": _read_is_disabled,
        "name": _read_name,
        "retry_enabled": _read_retry_enabled,
        "request_headers": _read_request_headers,
        "events": _read_events,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.body_update_workspace_webhook_v1_workspace_webhooks_webhook_id_patch_request_headers_type_0 import (
    BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatchRequestHeadersType0,
)
