from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import LivekitStackType
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetConvAiSettingsResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetConvAiSettingsResponseModel(Lazy):
    """Attributes:
    conversation_initiation_client_data_webhook (ConversationInitiationClientDataWebhook | None | Unset):
    webhooks (ConvAiWebhooks | Unset):
    can_use_mcp_servers (bool | Unset): Whether the workspace can use MCP servers Defaults to False on the server.
    rag_retention_period_days (int | Unset): Defaults to 10 on the server.
    conversation_embedding_retention_days (int | None | Unset): Days to retain conversation embeddings. None means
        use the system default (30 days).
    default_livekit_stack (LivekitStackType | str | Unset): Defaults to 'standard' on the server.
    """

    conversation_initiation_client_data_webhook: ConversationInitiationClientDataWebhook | None | Unset = UNSET

    webhooks: ConvAiWebhooks | Unset = UNSET

    can_use_mcp_servers: bool | Unset = UNSET

    rag_retention_period_days: int | Unset = UNSET

    conversation_embedding_retention_days: int | None | Unset = UNSET

    default_livekit_stack: LivekitStackType | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        conversation_initiation_client_data_webhook: Any
        try:
            if isinstance(self.conversation_initiation_client_data_webhook, Unset):
                conversation_initiation_client_data_webhook = UNSET
            elif isinstance(self.conversation_initiation_client_data_webhook, ConversationInitiationClientDataWebhook):
                conversation_initiation_client_data_webhook = self.conversation_initiation_client_data_webhook.to_dict()
            else:
                conversation_initiation_client_data_webhook = self.conversation_initiation_client_data_webhook

        except (AttributeError, TypeError):
            conversation_initiation_client_data_webhook = self.conversation_initiation_client_data_webhook

        webhooks: Any
        try:
            webhooks = UNSET
            if not isinstance(self.webhooks, Unset):
                webhooks = self.webhooks.to_dict()
        except (AttributeError, TypeError):
            webhooks = self.webhooks

        can_use_mcp_servers = self.can_use_mcp_servers

        rag_retention_period_days = self.rag_retention_period_days

        conversation_embedding_retention_days: Any
        try:
            conversation_embedding_retention_days = self.conversation_embedding_retention_days

        except (AttributeError, TypeError):
            conversation_embedding_retention_days = self.conversation_embedding_retention_days

        default_livekit_stack: Any
        try:
            if isinstance(self.default_livekit_stack, Unset):
                default_livekit_stack = UNSET
            elif isinstance(self.default_livekit_stack, str):
                default_livekit_stack = self.default_livekit_stack
            else:
                default_livekit_stack = self.default_livekit_stack

        except (AttributeError, TypeError):
            default_livekit_stack = self.default_livekit_stack

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if conversation_initiation_client_data_webhook is not UNSET:
            field_dict["conversation_initiation_client_data_webhook"] = conversation_initiation_client_data_webhook
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks
        if can_use_mcp_servers is not UNSET:
            field_dict["can_use_mcp_servers"] = can_use_mcp_servers
        if rag_retention_period_days is not UNSET:
            field_dict["rag_retention_period_days"] = rag_retention_period_days
        if conversation_embedding_retention_days is not UNSET:
            field_dict["conversation_embedding_retention_days"] = conversation_embedding_retention_days
        if default_livekit_stack is not UNSET:
            field_dict["default_livekit_stack"] = default_livekit_stack
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_conv_ai_settings_response_model = cls.__new__(cls)
        get_conv_ai_settings_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return get_conv_ai_settings_response_model

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


def _read_conversation_initiation_client_data_webhook(
    cls: type[GetConvAiSettingsResponseModel], d: Mapping[str, Any]
) -> Any:
    conversation_initiation_client_data_webhook_raw = d.get("conversation_initiation_client_data_webhook", UNSET)
    try:

        def _parse_conversation_initiation_client_data_webhook(
            data: object,
        ) -> ConversationInitiationClientDataWebhook | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            conversation_initiation_client_data_webhook_type_0 = ConversationInitiationClientDataWebhook.from_dict(data)

            return conversation_initiation_client_data_webhook_type_0

        conversation_initiation_client_data_webhook = _parse_conversation_initiation_client_data_webhook(
            conversation_initiation_client_data_webhook_raw
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        conversation_initiation_client_data_webhook = deviating_field(
            cls, "conversation_initiation_client_data_webhook", conversation_initiation_client_data_webhook_raw
        )

    return conversation_initiation_client_data_webhook


def _read_webhooks(cls: type[GetConvAiSettingsResponseModel], d: Mapping[str, Any]) -> Any:
    webhooks_raw = d.get("webhooks", UNSET)
    try:
        _webhooks = webhooks_raw
        webhooks: ConvAiWebhooks | Unset
        if isinstance(_webhooks, Unset):
            webhooks = UNSET
        else:
            webhooks = ConvAiWebhooks.from_dict(_webhooks)
    except (KeyError, TypeError, ValueError, AttributeError):
        webhooks = deviating_field(cls, "webhooks", webhooks_raw)

    return webhooks


_read_can_use_mcp_servers = plain_reader("can_use_mcp_servers", (bool,), "a boolean", False)

_read_rag_retention_period_days = plain_reader("rag_retention_period_days", (int,), "an integer", False)

_read_conversation_embedding_retention_days = plain_reader(
    "conversation_embedding_retention_days",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_default_livekit_stack = plain_reader("default_livekit_stack", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "conversation_initiation_client_data_webhook",
        "webhooks",
        "can_use_mcp_servers",
        "rag_retention_period_days",
        "conversation_embedding_retention_days",
        "default_livekit_stack",
    )
)


def _read_additional_properties(cls: type[GetConvAiSettingsResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[GetConvAiSettingsResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "conversation_initiation_client_data_webhook" in known:
        conversation_initiation_client_data_webhook = known["conversation_initiation_client_data_webhook"]
    else:
        conversation_initiation_client_data_webhook = d.get("conversation_initiation_client_data_webhook", UNSET)
        if (
            conversation_initiation_client_data_webhook is not UNSET
            and conversation_initiation_client_data_webhook is not None
        ):
            conversation_initiation_client_data_webhook = _read_conversation_initiation_client_data_webhook(cls, d)

    if "webhooks" in known:
        webhooks = known["webhooks"]
    else:
        webhooks = d.get("webhooks", UNSET)
        if webhooks is not UNSET:
            webhooks = _read_webhooks(cls, d)

    can_use_mcp_servers = d.get("can_use_mcp_servers", UNSET)
    if can_use_mcp_servers.__class__ is not bool and can_use_mcp_servers is not UNSET:
        can_use_mcp_servers = _read_can_use_mcp_servers(cls, d)

    rag_retention_period_days = d.get("rag_retention_period_days", UNSET)
    if rag_retention_period_days.__class__ is not int and rag_retention_period_days is not UNSET:
        rag_retention_period_days = _read_rag_retention_period_days(cls, d)

    conversation_embedding_retention_days = d.get("conversation_embedding_retention_days", UNSET)
    if (
        conversation_embedding_retention_days.__class__ is not int
        and conversation_embedding_retention_days is not None
        and conversation_embedding_retention_days is not UNSET
    ):
        conversation_embedding_retention_days = _read_conversation_embedding_retention_days(cls, d)

    default_livekit_stack = d.get("default_livekit_stack", UNSET)
    if default_livekit_stack.__class__ is not str and default_livekit_stack is not UNSET:
        default_livekit_stack = _read_default_livekit_stack(cls, d)

    return {
        "conversation_initiation_client_data_webhook": conversation_initiation_client_data_webhook,
        "webhooks": webhooks,
        "can_use_mcp_servers": can_use_mcp_servers,
        "rag_retention_period_days": rag_retention_period_days,
        "conversation_embedding_retention_days": conversation_embedding_retention_days,
        "default_livekit_stack": default_livekit_stack,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    GetConvAiSettingsResponseModel,
    _all_fields,
    {
        "conversation_initiation_client_data_webhook": _read_conversation_initiation_client_data_webhook,
        "webhooks": _read_webhooks,
        "can_use_mcp_servers": _read_can_use_mcp_servers,
        "rag_retention_period_days": _read_rag_retention_period_days,
        "conversation_embedding_retention_days": _read_conversation_embedding_retention_days,
        "default_livekit_stack": _read_default_livekit_stack,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conv_ai_webhooks import ConvAiWebhooks
from ..models.conversation_initiation_client_data_webhook import ConversationInitiationClientDataWebhook
