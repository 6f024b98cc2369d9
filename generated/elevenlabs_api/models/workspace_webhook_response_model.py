from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    WebhookAuthMethodType,
    WorkspaceWebhookEventType,
)
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

T = TypeVar("T", bound="WorkspaceWebhookResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkspaceWebhookResponseModel(Lazy):
    """Attributes:
    name (str): The display name for this webhook.
    webhook_id (str): The unique ID for this webhook.
    webhook_url (str): The HTTPS callback URL that is called when this webhook is triggered in the platform.
    is_disabled (bool): Whether the webhook has been manually disabled by a user.
    is_auto_disabled (bool): Whether the webhook has been automatically disabled due to repeated consecutive
        failures over a long period of time.
    created_at_unix (int): Original creation time of the webhook.
    auth_type (str | WebhookAuthMethodType): The authentication mode used to secure the webhook.
    usage (list[WorkspaceWebhookUsageResponseModel] | None | Unset): The list of products that are currently
        configured to trigger this webhook.
    events (list[str | WorkspaceWebhookEventType] | None | Unset): The workspace-level events this webhook is
        currently subscribed to. Only populated when usages are requested.
    most_recent_failure_error_code (int | None | Unset): The most recent error code returned from the callback URL.
    most_recent_failure_timestamp (int | None | Unset): The most recent time the webhook failed, failures are any
        non-200 codes returned by the callback URL.
    """

    name: str

    webhook_id: str

    webhook_url: str

    is_disabled: bool

    is_auto_disabled: bool

    created_at_unix: int

    auth_type: str | WebhookAuthMethodType

    usage: list[WorkspaceWebhookUsageResponseModel] | None | Unset = UNSET

    events: list[str | WorkspaceWebhookEventType] | None | Unset = UNSET

    most_recent_failure_error_code: int | None | Unset = UNSET

    most_recent_failure_timestamp: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "webhook_id",
        "webhook_url",
        "is_disabled",
        "is_auto_disabled",
        "created_at_unix",
        "auth_type",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        webhook_id = self.webhook_id

        webhook_url = self.webhook_url

        is_disabled = self.is_disabled

        is_auto_disabled = self.is_auto_disabled

        created_at_unix = self.created_at_unix

        auth_type: Any
        try:
            if isinstance(self.auth_type, str):
                auth_type = self.auth_type
            else:
                auth_type = self.auth_type

        except (AttributeError, TypeError):
            auth_type = self.auth_type

        usage: Any
        try:
            if isinstance(self.usage, Unset):
                usage = UNSET
            elif isinstance(self.usage, list):
                usage = []
                for usage_type_0_item_data in self.usage:
                    usage_type_0_item = usage_type_0_item_data.to_dict()
                    usage.append(usage_type_0_item)

            else:
                usage = self.usage

        except (AttributeError, TypeError):
            usage = self.usage

        events: Any
        try:
            if isinstance(self.events, Unset):
                events = UNSET
            elif isinstance(self.events, list):
                events = []
                for events_type_0_item_data in self.events:
                    events_type_0_item: str
                    if isinstance(events_type_0_item_data, str):
                        events_type_0_item = events_type_0_item_data
                    else:
                        events_type_0_item = events_type_0_item_data

                    events.append(events_type_0_item)

            else:
                events = self.events

        except (AttributeError, TypeError):
            events = self.events

        most_recent_failure_error_code: Any
        try:
            most_recent_failure_error_code = self.most_recent_failure_error_code

        except (AttributeError, TypeError):
            most_recent_failure_error_code = self.most_recent_failure_error_code

        most_recent_failure_timestamp: Any
        try:
            most_recent_failure_timestamp = self.most_recent_failure_timestamp

        except (AttributeError, TypeError):
            most_recent_failure_timestamp = self.most_recent_failure_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if webhook_id is not None or "webhook_id" not in self._missing_fields:
            field_dict["webhook_id"] = webhook_id
        if webhook_url is not None or "webhook_url" not in self._missing_fields:
            field_dict["webhook_url"] = webhook_url
        if is_disabled is not None or "is_disabled" not in self._missing_fields:
            field_dict["is_disabled"] = is_disabled
        if is_auto_disabled is not None or "is_auto_disabled" not in self._missing_fields:
            field_dict["is_auto_disabled"] = is_auto_disabled
        if created_at_unix is not None or "created_at_unix" not in self._missing_fields:
            field_dict["created_at_unix"] = created_at_unix
        if auth_type is not None or "auth_type" not in self._missing_fields:
            field_dict["auth_type"] = auth_type
        if usage is not UNSET:
            field_dict["usage"] = usage
        if events is not UNSET:
            field_dict["events"] = events
        if most_recent_failure_error_code is not UNSET:
            field_dict["most_recent_failure_error_code"] = most_recent_failure_error_code
        if most_recent_failure_timestamp is not UNSET:
            field_dict["most_recent_failure_timestamp"] = most_recent_failure_timestamp
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workspace_webhook_response_model = cls.__new__(cls)
        workspace_webhook_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return workspace_webhook_response_model

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


_read_name = plain_reader("name", (str,), "a string", True)

_read_webhook_id = plain_reader("webhook_id", (str,), "a string", True)

_read_webhook_url = plain_reader("webhook_url", (str,), "a string", True)

_read_is_disabled = plain_reader("is_disabled", (bool,), "a boolean", True)

_read_is_auto_disabled = plain_reader("is_auto_disabled", (bool,), "a boolean", True)

_read_created_at_unix = plain_reader("created_at_unix", (int,), "an integer", True)

_read_auth_type = plain_reader("auth_type", (str,), "a string", True)


def _read_usage(cls: type[WorkspaceWebhookResponseModel], d: Mapping[str, Any]) -> Any:
    usage_raw = d.get("usage", UNSET)
    try:

        def _parse_usage(data: object) -> list[WorkspaceWebhookUsageResponseModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            usage_type_0 = []
            _usage_type_0 = data
            for usage_type_0_item_data in _usage_type_0:
                usage_type_0_item = WorkspaceWebhookUsageResponseModel.from_dict(usage_type_0_item_data)

                usage_type_0.append(usage_type_0_item)

            return usage_type_0

        usage = _parse_usage(usage_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        usage = deviating_field(cls, "usage", usage_raw)

    return usage


def _read_events(cls: type[WorkspaceWebhookResponseModel], d: Mapping[str, Any]) -> Any:
    events_raw = d.get("events", UNSET)
    try:

        def _parse_events(data: object) -> list[str | WorkspaceWebhookEventType] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            events_type_0 = []
            _events_type_0 = data
            for events_type_0_item_data in _events_type_0:
                events_type_0_item = events_type_0_item_data

                events_type_0.append(events_type_0_item)

            return events_type_0

        events = _parse_events(events_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        events = deviating_field(cls, "events", events_raw)

    return events


_read_most_recent_failure_error_code = plain_reader(
    "most_recent_failure_error_code",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_most_recent_failure_timestamp = plain_reader(
    "most_recent_failure_timestamp",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "webhook_id",
        "webhook_url",
        "is_disabled",
        "is_auto_disabled",
        "created_at_unix",
        "auth_type",
        "usage",
        "events",
        "most_recent_failure_error_code",
        "most_recent_failure_timestamp",
    )
)


def _read_additional_properties(cls: type[WorkspaceWebhookResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkspaceWebhookResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    webhook_id = d.get("webhook_id", MISSING)
    if webhook_id.__class__ is not str:
        webhook_id = _read_webhook_id(cls, d)

    webhook_url = d.get("webhook_url", MISSING)
    if webhook_url.__class__ is not str:
        webhook_url = _read_webhook_url(cls, d)

    is_disabled = d.get("is_disabled", MISSING)
    if is_disabled.__class__ is not bool:
        is_disabled = _read_is_disabled(cls, d)

    is_auto_disabled = d.get("is_auto_disabled", MISSING)
    if is_auto_disabled.__class__ is not bool:
        is_auto_disabled = _read_is_auto_disabled(cls, d)

    created_at_unix = d.get("created_at_unix", MISSING)
    if created_at_unix.__class__ is not int:
        created_at_unix = _read_created_at_unix(cls, d)

    auth_type = d.get("auth_type", MISSING)
    if auth_type.__class__ is not str:
        auth_type = _read_auth_type(cls, d)

    if "usage" in known:
        usage = known["usage"]
    else:
        usage = d.get("usage", UNSET)
        if usage is not UNSET and usage is not None:
            usage = _read_usage(cls, d)

    if "events" in known:
        events = known["events"]
    else:
        events = d.get("events", UNSET)
        if events is not UNSET and events is not None:
            events = _read_events(cls, d)

    most_recent_failure_error_code = d.get("most_recent_failure_error_code", UNSET)
    if (
        most_recent_failure_error_code.__class__ is not int
        and most_recent_failure_error_code is not None
        and most_recent_failure_error_code is not UNSET
    ):
        most_recent_failure_error_code = _read_most_recent_failure_error_code(cls, d)

    most_recent_failure_timestamp = d.get("most_recent_failure_timestamp", UNSET)
    if (
        most_recent_failure_timestamp.__class__ is not int
        and most_recent_failure_timestamp is not None
        and most_recent_failure_timestamp is not UNSET
    ):
        most_recent_failure_timestamp = _read_most_recent_failure_timestamp(cls, d)

    return {
        "name": name,
        "webhook_id": webhook_id,
        "webhook_url": webhook_url,
        "is_disabled": is_disabled,
        "is_auto_disabled": is_auto_disabled,
        "created_at_unix": created_at_unix,
        "auth_type": auth_type,
        "usage": usage,
        "events": events,
        "most_recent_failure_error_code": most_recent_failure_error_code,
        "most_recent_failure_timestamp": most_recent_failure_timestamp,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WorkspaceWebhookResponseModel,
    _all_fields,
    {
        "name": _read_name,
        "webhook_id": _read_webhook_id,
        "webhook_url": _read_webhook_url,
        "is_disabled": _read_is_disabled,
        "is_auto_disabled": _read_is_auto_disabled,
        "created_at_unix": _read_created_at_unix,
        "auth_type": _read_auth_type,
        "usage": _read_usage,
        "events": _read_events,
        "most_recent_failure_error_code": _read_most_recent_failure_error_code,
        "most_recent_failure_timestamp": _read_most_recent_failure_timestamp,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.workspace_webhook_usage_response_model import WorkspaceWebhookUsageResponseModel
