from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class ConversationInitiationClientDataConfigOutput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'custom_llm_extra_body': True, 'enable_conversation_initiation_client_data_from_webhook': True,
        'enable_procedure_ids_from_client': True, 'enable_starting_workflow_node_id_from_client': True}

    Attributes:
        custom_llm_extra_body: Whether to include custom LLM extra body Defaults to False on the server.
        enable_conversation_initiation_client_data_from_webhook: Whether to enable conversation initiation client data
            from webhooks Defaults to False on the server.
        enable_starting_workflow_node_id_from_client: Whether clients may pass starting_workflow_node_id in initiation
            client data; if false, sending it fails conversation start. Defaults to False on the server.
        enable_procedure_ids_from_client: Whether clients may pass procedure_ids in initiation client data to select
            which of the agent's procedures are available for the conversation; if false, sending it fails conversation
            start. Defaults to False on the server.
    """

    conversation_config_override: ConversationConfigClientOverrideConfigOutput | Unset = UNSET

    custom_llm_extra_body: bool | Unset = UNSET

    enable_conversation_initiation_client_data_from_webhook: bool | Unset = UNSET

    enable_starting_workflow_node_id_from_client: bool | Unset = UNSET

    enable_procedure_ids_from_client: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "conversation_config_override",
            "conversation_config_override",
            object_of("ConversationConfigClientOverrideConfigOutput"),
        ),
        Field("custom_llm_extra_body", "custom_llm_extra_body", BOOL),
        Field(
            "enable_conversation_initiation_client_data_from_webhook",
            "enable_conversation_initiation_client_data_from_webhook",
            BOOL,
        ),
        Field("enable_starting_workflow_node_id_from_client", "enable_starting_workflow_node_id_from_client", BOOL),
        Field("enable_procedure_ids_from_client", "enable_procedure_ids_from_client", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_config_client_override_config_output import ConversationConfigClientOverrideConfigOutput
