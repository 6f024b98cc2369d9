from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="ConversationInitiationClientDataConfigOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationInitiationClientDataConfigOutput(Lazy):
    """Example:
        {'custom_llm_extra_body': True, 'enable_conversation_initiation_client_data_from_webhook': True,
        'enable_procedure_ids_from_client': True, 'enable_starting_workflow_node_id_from_client': True}

    Attributes:
        conversation_config_override (ConversationConfigClientOverrideConfigOutput | Unset):
        custom_llm_extra_body (bool | Unset): Whether to include custom LLM extra body Defaults to False on the server.
        enable_conversation_initiation_client_data_from_webhook (bool | Unset): Whether to enable conversation
            initiation client data from webhooks Defaults to False on the server.
        enable_starting_workflow_node_id_from_client (bool | Unset): Whether clients may pass starting_workflow_node_id
            in initiation client data; if false, sending it fails conversation start. Defaults to False on the server.
        enable_procedure_ids_from_client (bool | Unset): Whether clients may pass procedure_ids in initiation client
            data to select which of the agent's procedures are available for the conversation; if false, sending it fails
            conversation start. Defaults to False on the server.
    """

    conversation_config_override: ConversationConfigClientOverrideConfigOutput | Unset = UNSET

    custom_llm_extra_body: bool | Unset = UNSET

    enable_conversation_initiation_client_data_from_webhook: bool | Unset = UNSET

    enable_starting_workflow_node_id_from_client: bool | Unset = UNSET

    enable_procedure_ids_from_client: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        conversation_config_override: Any
        try:
            conversation_config_override = UNSET
            if not isinstance(self.conversation_config_override, Unset):
                conversation_config_override = self.conversation_config_override.to_dict()
        except (AttributeError, TypeError):
            conversation_config_override = self.conversation_config_override

        custom_llm_extra_body = self.custom_llm_extra_body

        enable_conversation_initiation_client_data_from_webhook = (
            self.enable_conversation_initiation_client_data_from_webhook
        )

        enable_starting_workflow_node_id_from_client = self.enable_starting_workflow_node_id_from_client

        enable_procedure_ids_from_client = self.enable_procedure_ids_from_client

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if conversation_config_override is not UNSET:
            field_dict["conversation_config_override"] = conversation_config_override
        if custom_llm_extra_body is not UNSET:
            field_dict["custom_llm_extra_body"] = custom_llm_extra_body
        if enable_conversation_initiation_client_data_from_webhook is not UNSET:
            field_dict["enable_conversation_initiation_client_data_from_webhook"] = (
                enable_conversation_initiation_client_data_from_webhook
            )
        if enable_starting_workflow_node_id_from_client is not UNSET:
            field_dict["enable_starting_workflow_node_id_from_client"] = enable_starting_workflow_node_id_from_client
        if enable_procedure_ids_from_client is not UNSET:
            field_dict["enable_procedure_ids_from_client"] = enable_procedure_ids_from_client
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_initiation_client_data_config_output = cls.__new__(cls)
        conversation_initiation_client_data_config_output.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_initiation_client_data_config_output

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


def _read_conversation_config_override(
    cls: type[ConversationInitiationClientDataConfigOutput], d: Mapping[str, Any]
) -> Any:
    conversation_config_override_raw = d.get("conversation_config_override", UNSET)
    try:
        _conversation_config_override = conversation_config_override_raw
        conversation_config_override: ConversationConfigClientOverrideConfigOutput | Unset
        if isinstance(_conversation_config_override, Unset):
            conversation_config_override = UNSET
        else:
            conversation_config_override = ConversationConfigClientOverrideConfigOutput.from_dict(
                _conversation_config_override
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        conversation_config_override = deviating_field(
            cls, "conversation_config_override", conversation_config_override_raw
        )

    return conversation_config_override


_read_custom_llm_extra_body = plain_reader("custom_llm_extra_body", (bool,), "a boolean", False)

_read_enable_conversation_initiation_client_data_from_webhook = plain_reader(
    "enable_conversation_initiation_client_data_from_webhook", (bool,), "a boolean", False
)

_read_enable_starting_workflow_node_id_from_client = plain_reader(
    "enable_starting_workflow_node_id_from_client", (bool,), "a boolean", False
)

_read_enable_procedure_ids_from_client = plain_reader("enable_procedure_ids_from_client", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "conversation_config_override",
        "custom_llm_extra_body",
        "enable_conversation_initiation_client_data_from_webhook",
        "enable_starting_workflow_node_id_from_client",
        "enable_procedure_ids_from_client",
    )
)


def _read_additional_properties(
    cls: type[ConversationInitiationClientDataConfigOutput], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationInitiationClientDataConfigOutput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "conversation_config_override" in known:
        conversation_config_override = known["conversation_config_override"]
    else:
        conversation_config_override = d.get("conversation_config_override", UNSET)
        if conversation_config_override is not UNSET:
            conversation_config_override = _read_conversation_config_override(cls, d)

    custom_llm_extra_body = d.get("custom_llm_extra_body", UNSET)
    if custom_llm_extra_body.__class__ is not bool and custom_llm_extra_body is not UNSET:
        custom_llm_extra_body = _read_custom_llm_extra_body(cls, d)

    enable_conversation_initiation_client_data_from_webhook = d.get(
        "enable_conversation_initiation_client_data_from_webhook", UNSET
    )
    if (
        enable_conversation_initiation_client_data_from_webhook.__class__ is not bool
        and enable_conversation_initiation_client_data_from_webhook is not UNSET
    ):
        enable_conversation_initiation_client_data_from_webhook = (
            _read_enable_conversation_initiation_client_data_from_webhook(cls, d)
        )

    enable_starting_workflow_node_id_from_client = d.get("enable_starting_workflow_node_id_from_client", UNSET)
    if (
        enable_starting_workflow_node_id_from_client.__class__ is not bool
        and enable_starting_workflow_node_id_from_client is not UNSET
    ):
        enable_starting_workflow_node_id_from_client = _read_enable_starting_workflow_node_id_from_client(cls, d)

    enable_procedure_ids_from_client = d.get("enable_procedure_ids_from_client", UNSET)
    if enable_procedure_ids_from_client.__class__ is not bool and enable_procedure_ids_from_client is not UNSET:
        enable_procedure_ids_from_client = _read_enable_procedure_ids_from_client(cls, d)

    return {
        "conversation_config_override": conversation_config_override,
        "custom_llm_extra_body": custom_llm_extra_body,
        "enable_conversation_initiation_client_data_from_webhook": enable_conversation_initiation_client_data_from_webhook,
        "enable_starting_workflow_node_id_from_client": enable_starting_workflow_node_id_from_client,
        "enable_procedure_ids_from_client": enable_procedure_ids_from_client,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConversationInitiationClientDataConfigOutput,
    _all_fields,
    {
        "conversation_config_override": _read_conversation_config_override,
        "custom_llm_extra_body": _read_custom_llm_extra_body,
        "enable_conversation_initiation_client_data_from_webhook": _read_enable_conversation_initiation_client_data_from_webhook,
        "enable_starting_workflow_node_id_from_client": _read_enable_starting_workflow_node_id_from_client,
        "enable_procedure_ids_from_client": _read_enable_procedure_ids_from_client,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_config_client_override_config_output import ConversationConfigClientOverrideConfigOutput
