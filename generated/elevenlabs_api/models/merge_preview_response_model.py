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
    expect_array,
    missing_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="MergePreviewResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class MergePreviewResponseModel(Lazy):
    """Example:
        {'agent_id': 'agent_7101k5zvyjhmfg983brhmhkd98n6', 'name': 'My Agent', 'workflow': {'edges': {'entry_to_tool_a':
        {'forward_condition': {'condition': 'Tool A condition', 'type': 'llm'}, 'source': 'entry_node', 'target':
        'tool_node_a'}, 'start_to_entry': {'forward_condition': {'type': 'unconditional'}, 'source': 'start_node',
        'target': 'entry_node'}, 'tool_a_to_failure': {'forward_condition': {'successful': False, 'type': 'result'},
        'source': 'tool_node_a', 'target': 'failure_node'}, 'tool_a_to_tool_b': {'forward_condition': {'successful':
        True, 'type': 'result'}, 'source': 'tool_node_a', 'target': 'tool_node_b'}, 'tool_b_to_agent_transfer':
        {'forward_condition': {'type': 'unconditional'}, 'source': 'tool_node_b', 'target': 'success_transfer'},
        'tool_b_to_conversation': {'forward_condition': {'condition': 'Conversation condition', 'type': 'llm'},
        'source': 'tool_node_b', 'target': 'success_conversation'}, 'tool_b_to_end': {'forward_condition': {'condition':
        'End condition', 'type': 'llm'}, 'source': 'tool_node_b', 'target': 'success_end'}, 'tool_b_to_phone':
        {'forward_condition': {'expression': {'children': [{'name': 'force_phone_transfer', 'type': 'dynamic_variable'},
        {'prompt': 'Phone condition', 'type': 'llm', 'value_schema': {'description': 'Phone condition', 'type':
        'boolean'}}, {'left': {'name': 'mode', 'type': 'dynamic_variable'}, 'right': {'type': 'string_literal', 'value':
        'dev'}, 'type': 'eq_operator'}], 'type': 'or_operator'}, 'type': 'expression'}, 'source': 'tool_node_b',
        'target': 'success_phone'}}, 'nodes': {'entry_node': {'additional_knowledge_base': [], 'additional_prompt': '',
        'additional_tool_ids': [], 'conversation_config': {}, 'edge_order': ['entry_to_tool_a'], 'entry_behavior':
        'auto', 'label': 'Entry', 'position': {'x': 0.0, 'y': 0.0}, 'type': 'override_agent'}, 'failure_node':
        {'additional_knowledge_base': [], 'additional_prompt': '', 'additional_tool_ids': [], 'conversation_config': {},
        'edge_order': [], 'entry_behavior': 'auto', 'label': 'Failure', 'position': {'x': 0.0, 'y': 0.0}, 'type':
        'override_agent'}, 'start_node': {'edge_order': ['start_to_entry'], 'position': {'x': 0.0, 'y': 0.0}, 'type':
        'start'}, 'success_conversation': {'additional_knowledge_base': [], 'additional_prompt': '',
        'additional_tool_ids': [], 'conversation_config': {}, 'edge_order': [], 'entry_behavior': 'auto', 'label':
        'Success A', 'position': {'x': 0.0, 'y': 0.0}, 'type': 'override_agent'}, 'success_end': {'edge_order': [],
        'position': {'x': 0.0, 'y': 0.0}, 'return_when_nested': True, 'type': 'end'}, 'success_phone':
        {'custom_sip_headers': [], 'edge_order': [], 'position': {'x': 0.0, 'y': 0.0}, 'require_acceptance': False,
        'transfer_destination': {'phone_number': '+1234567890', 'type': 'phone'}, 'transfer_type': 'conference', 'type':
        'phone_number'}, 'success_transfer': {'agent_id': 'success_transfer_agent', 'delay_ms': 0, 'drop_history':
        False, 'edge_order': [], 'enable_transferred_agent_first_message': False, 'isolate_history': False, 'position':
        {'x': 0.0, 'y': 0.0}, 'preserve_client_tts_overrides': False, 'type': 'standalone_agent'}, 'tool_node_a':
        {'edge_order': ['tool_a_to_failure', 'tool_a_to_tool_b'], 'position': {'x': 0.0, 'y': 0.0}, 'tools':
        [{'tool_id': 'tool_a'}, {'tool_id': 'tool_b'}], 'type': 'tool'}, 'tool_node_b': {'edge_order':
        ['tool_b_to_conversation', 'tool_b_to_end', 'tool_b_to_phone', 'tool_b_to_agent_transfer'], 'position': {'x':
        0.0, 'y': 0.0}, 'tools': [{'tool_id': 'tool_a'}], 'type': 'tool'}}, 'prevent_subagent_loops': False}}

    Attributes:
        agent_id (str): The ID of the agent
        name (str): The name of the agent
        conversation_config (ConversationalConfigApiModelOutput):
        metadata (AgentMetadataResponseModel):
        platform_settings (AgentPlatformSettingsResponseModel | Unset):
        phone_numbers (list[GetPhoneNumberExotelResponseModel | GetPhoneNumberSipTrunkResponseModel |
            GetPhoneNumberTwilioResponseModel | UnknownVariant] | Unset): The phone numbers of the agent
        whatsapp_accounts (list[GetWhatsAppAccountResponse] | Unset): WhatsApp accounts assigned to the agent
        workflow (AgentWorkflowResponseModel | Unset):  Example: {'edges': {'entry_to_tool_a': {'forward_condition':
            {'condition': 'Tool A condition', 'type': 'llm'}, 'source': 'entry_node', 'target': 'tool_node_a'},
            'start_to_entry': {'forward_condition': {'type': 'unconditional'}, 'source': 'start_node', 'target':
            'entry_node'}, 'tool_a_to_failure': {'forward_condition': {'successful': False, 'type': 'result'}, 'source':
            'tool_node_a', 'target': 'failure_node'}, 'tool_a_to_tool_b': {'forward_condition': {'successful': True, 'type':
            'result'}, 'source': 'tool_node_a', 'target': 'tool_node_b'}, 'tool_b_to_agent_transfer': {'forward_condition':
            {'type': 'unconditional'}, 'source': 'tool_node_b', 'target': 'success_transfer'}, 'tool_b_to_conversation':
            {'forward_condition': {'condition': 'Conversation condition', 'type': 'llm'}, 'source': 'tool_node_b', 'target':
            'success_conversation'}, 'tool_b_to_end': {'forward_condition': {'condition': 'End condition', 'type': 'llm'},
            'source': 'tool_node_b', 'target': 'success_end'}, 'tool_b_to_phone': {'forward_condition': {'expression':
            {'children': [{'name': 'force_phone_transfer', 'type': 'dynamic_variable'}, {'prompt': 'Phone condition',
            'type': 'llm', 'value_schema': {'description': 'Phone condition', 'type': 'boolean'}}, {'left': {'name': 'mode',
            'type': 'dynamic_variable'}, 'right': {'type': 'string_literal', 'value': 'dev'}, 'type': 'eq_operator'}],
            'type': 'or_operator'}, 'type': 'expression'}, 'source': 'tool_node_b', 'target': 'success_phone'}}, 'nodes':
            {'entry_node': {'additional_knowledge_base': [], 'additional_prompt': '', 'additional_tool_ids': [],
            'conversation_config': {}, 'edge_order': ['entry_to_tool_a'], 'entry_behavior': 'auto', 'label': 'Entry',
            'position': {'x': 0.0, 'y': 0.0}, 'type': 'override_agent'}, 'failure_node': {'additional_knowledge_base': [],
            'additional_prompt': '', 'additional_tool_ids': [], 'conversation_config': {}, 'edge_order': [],
            'entry_behavior': 'auto', 'label': 'Failure', 'position': {'x': 0.0, 'y': 0.0}, 'type': 'override_agent'},
            'start_node': {'edge_order': ['start_to_entry'], 'position': {'x': 0.0, 'y': 0.0}, 'type': 'start'},
            'success_conversation': {'additional_knowledge_base': [], 'additional_prompt': '', 'additional_tool_ids': [],
            'conversation_config': {}, 'edge_order': [], 'entry_behavior': 'auto', 'label': 'Success A', 'position': {'x':
            0.0, 'y': 0.0}, 'type': 'override_agent'}, 'success_end': {'edge_order': [], 'position': {'x': 0.0, 'y': 0.0},
            'return_when_nested': True, 'type': 'end'}, 'success_phone': {'custom_sip_headers': [], 'edge_order': [],
            'position': {'x': 0.0, 'y': 0.0}, 'require_acceptance': False, 'transfer_destination': {'phone_number':
            '+1234567890', 'type': 'phone'}, 'transfer_type': 'conference', 'type': 'phone_number'}, 'success_transfer':
            {'agent_id': 'success_transfer_agent', 'delay_ms': 0, 'drop_history': False, 'edge_order': [],
            'enable_transferred_agent_first_message': False, 'isolate_history': False, 'position': {'x': 0.0, 'y': 0.0},
            'preserve_client_tts_overrides': False, 'type': 'standalone_agent'}, 'tool_node_a': {'edge_order':
            ['tool_a_to_failure', 'tool_a_to_tool_b'], 'position': {'x': 0.0, 'y': 0.0}, 'tools': [{'tool_id': 'tool_a'},
            {'tool_id': 'tool_b'}], 'type': 'tool'}, 'tool_node_b': {'edge_order': ['tool_b_to_conversation',
            'tool_b_to_end', 'tool_b_to_phone', 'tool_b_to_agent_transfer'], 'position': {'x': 0.0, 'y': 0.0}, 'tools':
            [{'tool_id': 'tool_a'}], 'type': 'tool'}}, 'prevent_subagent_loops': False}.
        access_info (None | ResourceAccessInfo | Unset): The access information of the agent for the user
        tags (list[str] | Unset): Agent tags used to categorize the agent
        version_id (None | str | Unset): The ID of the version the agent is on
        branch_id (None | str | Unset): The ID of the branch the agent is on
        main_branch_id (None | str | Unset): The ID of the main branch for this agent
        overridden_fields (list[str] | Unset): Dot-paths of config fields where both branches modified the same field
            relative to their common ancestor (conflicts). Present regardless of which side wins the conflict.
        conflicts (list[FieldConflict] | Unset): Structured view of the same conflicts as overridden_fields, each
            carrying the value on the base (common ancestor), source branch, and target branch so the divergence can be
            presented and resolved field-by-field.
        source_identical_to_target (bool | Unset): True when the merge/rebase would be a no-op, i.e. the merged result
            is identical to the source branch tip. The rebase endpoint rejects in this case. Defaults to False on the
            server.
    """

    agent_id: str

    name: str

    conversation_config: ConversationalConfigApiModelOutput

    metadata: AgentMetadataResponseModel

    platform_settings: AgentPlatformSettingsResponseModel | Unset = UNSET

    phone_numbers: (
        list[
            GetPhoneNumberExotelResponseModel
            | GetPhoneNumberSipTrunkResponseModel
            | GetPhoneNumberTwilioResponseModel
            | UnknownVariant
        ]
        | Unset
    ) = UNSET

    whatsapp_accounts: list[GetWhatsAppAccountResponse] | Unset = UNSET

    workflow: AgentWorkflowResponseModel | Unset = UNSET

    access_info: None | ResourceAccessInfo | Unset = UNSET

    tags: list[str] | Unset = UNSET

    version_id: None | str | Unset = UNSET

    branch_id: None | str | Unset = UNSET

    main_branch_id: None | str | Unset = UNSET

    overridden_fields: list[str] | Unset = UNSET

    conflicts: list[FieldConflict] | Unset = UNSET

    source_identical_to_target: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "agent_id",
        "name",
        "conversation_config",
        "metadata",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        agent_id = self.agent_id

        name = self.name

        conversation_config: Any
        try:
            conversation_config = self.conversation_config.to_dict()
        except (AttributeError, TypeError):
            conversation_config = self.conversation_config

        metadata: Any
        try:
            metadata = self.metadata.to_dict()
        except (AttributeError, TypeError):
            metadata = self.metadata

        platform_settings: Any
        try:
            platform_settings = UNSET
            if not isinstance(self.platform_settings, Unset):
                platform_settings = self.platform_settings.to_dict()
        except (AttributeError, TypeError):
            platform_settings = self.platform_settings

        phone_numbers: Any
        try:
            phone_numbers = UNSET
            if not isinstance(self.phone_numbers, Unset):
                phone_numbers = []
                for phone_numbers_item_data in self.phone_numbers:
                    phone_numbers_item: dict[str, Any]
                    if (
                        isinstance(phone_numbers_item_data, GetPhoneNumberTwilioResponseModel)
                        or isinstance(phone_numbers_item_data, GetPhoneNumberExotelResponseModel)
                        or isinstance(phone_numbers_item_data, GetPhoneNumberSipTrunkResponseModel)
                        or isinstance(phone_numbers_item_data, UnknownVariant)
                    ):
                        phone_numbers_item = phone_numbers_item_data.to_dict()
                    else:
                        phone_numbers_item = phone_numbers_item_data

                    phone_numbers.append(phone_numbers_item)

        except (AttributeError, TypeError):
            phone_numbers = self.phone_numbers

        whatsapp_accounts: Any
        try:
            whatsapp_accounts = UNSET
            if not isinstance(self.whatsapp_accounts, Unset):
                whatsapp_accounts = []
                for whatsapp_accounts_item_data in self.whatsapp_accounts:
                    whatsapp_accounts_item = whatsapp_accounts_item_data.to_dict()
                    whatsapp_accounts.append(whatsapp_accounts_item)

        except (AttributeError, TypeError):
            whatsapp_accounts = self.whatsapp_accounts

        workflow: Any
        try:
            workflow = UNSET
            if not isinstance(self.workflow, Unset):
                workflow = self.workflow.to_dict()
        except (AttributeError, TypeError):
            workflow = self.workflow

        access_info: Any
        try:
            if isinstance(self.access_info, Unset):
                access_info = UNSET
            elif isinstance(self.access_info, ResourceAccessInfo):
                access_info = self.access_info.to_dict()
            else:
                access_info = self.access_info

        except (AttributeError, TypeError):
            access_info = self.access_info

        tags: Any
        try:
            tags = UNSET
            if not isinstance(self.tags, Unset):
                tags = self.tags

        except (AttributeError, TypeError):
            tags = self.tags

        version_id: Any
        try:
            version_id = self.version_id

        except (AttributeError, TypeError):
            version_id = self.version_id

        branch_id: Any
        try:
            branch_id = self.branch_id

        except (AttributeError, TypeError):
            branch_id = self.branch_id

        main_branch_id: Any
        try:
            main_branch_id = self.main_branch_id

        except (AttributeError, TypeError):
            main_branch_id = self.main_branch_id

        overridden_fields: Any
        try:
            overridden_fields = UNSET
            if not isinstance(self.overridden_fields, Unset):
                overridden_fields = self.overridden_fields

        except (AttributeError, TypeError):
            overridden_fields = self.overridden_fields

        conflicts: Any
        try:
            conflicts = UNSET
            if not isinstance(self.conflicts, Unset):
                conflicts = []
                for conflicts_item_data in self.conflicts:
                    conflicts_item = conflicts_item_data.to_dict()
                    conflicts.append(conflicts_item)

        except (AttributeError, TypeError):
            conflicts = self.conflicts

        source_identical_to_target = self.source_identical_to_target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if conversation_config is not None or "conversation_config" not in self._missing_fields:
            field_dict["conversation_config"] = conversation_config
        if metadata is not None or "metadata" not in self._missing_fields:
            field_dict["metadata"] = metadata
        if platform_settings is not UNSET:
            field_dict["platform_settings"] = platform_settings
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if whatsapp_accounts is not UNSET:
            field_dict["whatsapp_accounts"] = whatsapp_accounts
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if access_info is not UNSET:
            field_dict["access_info"] = access_info
        if tags is not UNSET:
            field_dict["tags"] = tags
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if main_branch_id is not UNSET:
            field_dict["main_branch_id"] = main_branch_id
        if overridden_fields is not UNSET:
            field_dict["overridden_fields"] = overridden_fields
        if conflicts is not UNSET:
            field_dict["conflicts"] = conflicts
        if source_identical_to_target is not UNSET:
            field_dict["source_identical_to_target"] = source_identical_to_target
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        merge_preview_response_model = cls.__new__(cls)
        merge_preview_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return merge_preview_response_model

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


_read_agent_id = plain_reader("agent_id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)


def _read_conversation_config(cls: type[MergePreviewResponseModel], d: Mapping[str, Any]) -> Any:
    conversation_config_raw = d.get("conversation_config", MISSING)
    if conversation_config_raw is MISSING:
        conversation_config = missing_field(cls, "conversation_config")
    else:
        try:
            conversation_config = ConversationalConfigApiModelOutput.from_dict(conversation_config_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            conversation_config = deviating_field(cls, "conversation_config", conversation_config_raw)

    return conversation_config


def _read_metadata(cls: type[MergePreviewResponseModel], d: Mapping[str, Any]) -> Any:
    metadata_raw = d.get("metadata", MISSING)
    if metadata_raw is MISSING:
        metadata = missing_field(cls, "metadata")
    else:
        try:
            metadata = AgentMetadataResponseModel.from_dict(metadata_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            metadata = deviating_field(cls, "metadata", metadata_raw)

    return metadata


def _read_platform_settings(cls: type[MergePreviewResponseModel], d: Mapping[str, Any]) -> Any:
    platform_settings_raw = d.get("platform_settings", UNSET)
    try:
        _platform_settings = platform_settings_raw
        platform_settings: AgentPlatformSettingsResponseModel | Unset
        if isinstance(_platform_settings, Unset):
            platform_settings = UNSET
        else:
            platform_settings = AgentPlatformSettingsResponseModel.from_dict(_platform_settings)
    except (KeyError, TypeError, ValueError, AttributeError):
        platform_settings = deviating_field(cls, "platform_settings", platform_settings_raw)

    return platform_settings


def _read_phone_numbers(cls: type[MergePreviewResponseModel], d: Mapping[str, Any]) -> Any:
    phone_numbers_raw = d.get("phone_numbers", UNSET)
    try:
        expect_array("phone_numbers", phone_numbers_raw)
        _phone_numbers = phone_numbers_raw
        phone_numbers: (
            list[
                GetPhoneNumberExotelResponseModel
                | GetPhoneNumberSipTrunkResponseModel
                | GetPhoneNumberTwilioResponseModel
                | UnknownVariant
            ]
            | Unset
        ) = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:

                def _parse_phone_numbers_item(
                    data: object,
                ) -> (
                    GetPhoneNumberExotelResponseModel
                    | GetPhoneNumberSipTrunkResponseModel
                    | GetPhoneNumberTwilioResponseModel
                    | UnknownVariant
                ):
                    return parse_strictly(_parse_phone_numbers_item_member, data)

                def _parse_phone_numbers_item_member(
                    data: object,
                ) -> (
                    GetPhoneNumberExotelResponseModel
                    | GetPhoneNumberSipTrunkResponseModel
                    | GetPhoneNumberTwilioResponseModel
                    | UnknownVariant
                ):
                    if isinstance(data, dict):
                        for known in (
                            GetPhoneNumberTwilioResponseModel,
                            GetPhoneNumberExotelResponseModel,
                            GetPhoneNumberSipTrunkResponseModel,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        phone_numbers_item_type_0 = GetPhoneNumberTwilioResponseModel.from_dict(data)

                        return phone_numbers_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        phone_numbers_item_type_1 = GetPhoneNumberExotelResponseModel.from_dict(data)

                        return phone_numbers_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        phone_numbers_item_type_2 = GetPhoneNumberSipTrunkResponseModel.from_dict(data)

                        return phone_numbers_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    phone_numbers_item_type_3 = UnknownVariant.from_dict(data)

                    return phone_numbers_item_type_3

                phone_numbers_item = _parse_phone_numbers_item(phone_numbers_item_data)

                phone_numbers.append(phone_numbers_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        phone_numbers = deviating_field(cls, "phone_numbers", phone_numbers_raw)

    return phone_numbers


def _read_whatsapp_accounts(cls: type[MergePreviewResponseModel], d: Mapping[str, Any]) -> Any:
    whatsapp_accounts_raw = d.get("whatsapp_accounts", UNSET)
    try:
        expect_array("whatsapp_accounts", whatsapp_accounts_raw)
        _whatsapp_accounts = whatsapp_accounts_raw
        whatsapp_accounts: list[GetWhatsAppAccountResponse] | Unset = UNSET
        if _whatsapp_accounts is not UNSET:
            whatsapp_accounts = []
            for whatsapp_accounts_item_data in _whatsapp_accounts:
                whatsapp_accounts_item = GetWhatsAppAccountResponse.from_dict(whatsapp_accounts_item_data)

                whatsapp_accounts.append(whatsapp_accounts_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        whatsapp_accounts = deviating_field(cls, "whatsapp_accounts", whatsapp_accounts_raw)

    return whatsapp_accounts


def _read_workflow(cls: type[MergePreviewResponseModel], d: Mapping[str, Any]) -> Any:
    workflow_raw = d.get("workflow", UNSET)
    try:
        _workflow = workflow_raw
        workflow: AgentWorkflowResponseModel | Unset
        if isinstance(_workflow, Unset):
            workflow = UNSET
        else:
            workflow = AgentWorkflowResponseModel.from_dict(_workflow)
    except (KeyError, TypeError, ValueError, AttributeError):
        workflow = deviating_field(cls, "workflow", workflow_raw)

    return workflow


def _read_access_info(cls: type[MergePreviewResponseModel], d: Mapping[str, Any]) -> Any:
    access_info_raw = d.get("access_info", UNSET)
    try:

        def _parse_access_info(data: object) -> None | ResourceAccessInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            access_info_type_0 = ResourceAccessInfo.from_dict(data)

            return access_info_type_0

        access_info = _parse_access_info(access_info_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        access_info = deviating_field(cls, "access_info", access_info_raw)

    return access_info


_read_tags = plain_reader("tags", (list,), "an array", False, ((str,), "a string"))

_read_version_id = plain_reader(
    "version_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_branch_id = plain_reader(
    "branch_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_main_branch_id = plain_reader(
    "main_branch_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_overridden_fields = plain_reader("overridden_fields", (list,), "an array", False, ((str,), "a string"))


def _read_conflicts(cls: type[MergePreviewResponseModel], d: Mapping[str, Any]) -> Any:
    conflicts_raw = d.get("conflicts", UNSET)
    try:
        expect_array("conflicts", conflicts_raw)
        _conflicts = conflicts_raw
        conflicts: list[FieldConflict] | Unset = UNSET
        if _conflicts is not UNSET:
            conflicts = []
            for conflicts_item_data in _conflicts:
                conflicts_item = FieldConflict.from_dict(conflicts_item_data)

                conflicts.append(conflicts_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        conflicts = deviating_field(cls, "conflicts", conflicts_raw)

    return conflicts


_read_source_identical_to_target = plain_reader("source_identical_to_target", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "agent_id",
        "name",
        "conversation_config",
        "metadata",
        "platform_settings",
        "phone_numbers",
        "whatsapp_accounts",
        "workflow",
        "access_info",
        "tags",
        "version_id",
        "branch_id",
        "main_branch_id",
        "overridden_fields",
        "conflicts",
        "source_identical_to_target",
    )
)


def _read_additional_properties(cls: type[MergePreviewResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[MergePreviewResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str:
        agent_id = _read_agent_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    if "conversation_config" in known:
        conversation_config = known["conversation_config"]
    else:
        conversation_config = _read_conversation_config(cls, d)

    if "metadata" in known:
        metadata = known["metadata"]
    else:
        metadata = _read_metadata(cls, d)

    if "platform_settings" in known:
        platform_settings = known["platform_settings"]
    else:
        platform_settings = d.get("platform_settings", UNSET)
        if platform_settings is not UNSET:
            platform_settings = _read_platform_settings(cls, d)

    if "phone_numbers" in known:
        phone_numbers = known["phone_numbers"]
    else:
        phone_numbers = d.get("phone_numbers", UNSET)
        if phone_numbers is not UNSET:
            phone_numbers = _read_phone_numbers(cls, d)

    if "whatsapp_accounts" in known:
        whatsapp_accounts = known["whatsapp_accounts"]
    else:
        whatsapp_accounts = d.get("whatsapp_accounts", UNSET)
        if whatsapp_accounts is not UNSET:
            whatsapp_accounts = _read_whatsapp_accounts(cls, d)

    if "workflow" in known:
        workflow = known["workflow"]
    else:
        workflow = d.get("workflow", UNSET)
        if workflow is not UNSET:
            workflow = _read_workflow(cls, d)

    if "access_info" in known:
        access_info = known["access_info"]
    else:
        access_info = d.get("access_info", UNSET)
        if access_info is not UNSET and access_info is not None:
            access_info = _read_access_info(cls, d)

    tags = d.get("tags", UNSET)
    if tags.__class__ is not list and tags is not UNSET:
        tags = _read_tags(cls, d)
    elif tags.__class__ is list and tags:
        check_items(cls, "tags", tags, (str,), "a string")

    version_id = d.get("version_id", UNSET)
    if version_id.__class__ is not str and version_id is not None and version_id is not UNSET:
        version_id = _read_version_id(cls, d)

    branch_id = d.get("branch_id", UNSET)
    if branch_id.__class__ is not str and branch_id is not None and branch_id is not UNSET:
        branch_id = _read_branch_id(cls, d)

    main_branch_id = d.get("main_branch_id", UNSET)
    if main_branch_id.__class__ is not str and main_branch_id is not None and main_branch_id is not UNSET:
        main_branch_id = _read_main_branch_id(cls, d)

    overridden_fields = d.get("overridden_fields", UNSET)
    if overridden_fields.__class__ is not list and overridden_fields is not UNSET:
        overridden_fields = _read_overridden_fields(cls, d)
    elif overridden_fields.__class__ is list and overridden_fields:
        check_items(cls, "overridden_fields", overridden_fields, (str,), "a string")

    if "conflicts" in known:
        conflicts = known["conflicts"]
    else:
        conflicts = d.get("conflicts", UNSET)
        if conflicts is not UNSET:
            conflicts = _read_conflicts(cls, d)

    source_identical_to_target = d.get("source_identical_to_target", UNSET)
    if source_identical_to_target.__class__ is not bool and source_identical_to_target is not UNSET:
        source_identical_to_target = _read_source_identical_to_target(cls, d)

    return {
        "agent_id": agent_id,
        "name": name,
        "conversation_config": conversation_config,
        "metadata": metadata,
        "platform_settings": platform_settings,
        "phone_numbers": phone_numbers,
        "whatsapp_accounts": whatsapp_accounts,
        "workflow": workflow,
        "access_info": access_info,
        "tags": tags,
        "version_id": version_id,
        "branch_id": branch_id,
        "main_branch_id": main_branch_id,
        "overridden_fields": overridden_fields,
        "conflicts": conflicts,
        "source_identical_to_target": source_identical_to_target,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    MergePreviewResponseModel,
    _all_fields,
    {
        "agent_id": _read_agent_id,
        "name": _read_name,
        "conversation_config": _read_conversation_config,
        "metadata": _read_metadata,
        "platform_settings": _read_platform_settings,
        "phone_numbers": _read_phone_numbers,
        "whatsapp_accounts": _read_whatsapp_accounts,
        "workflow": _read_workflow,
        "access_info": _read_access_info,
        "tags": _read_tags,
        "version_id": _read_version_id,
        "branch_id": _read_branch_id,
        "main_branch_id": _read_main_branch_id,
        "overridden_fields": _read_overridden_fields,
        "conflicts": _read_conflicts,
        "source_identical_to_target": _read_source_identical_to_target,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_metadata_response_model import AgentMetadataResponseModel
from ..models.agent_platform_settings_response_model import AgentPlatformSettingsResponseModel
from ..models.agent_workflow_response_model import AgentWorkflowResponseModel
from ..models.conversational_config_api_model_output import ConversationalConfigApiModelOutput
from ..models.field_conflict import FieldConflict
from ..models.get_phone_number_exotel_response_model import GetPhoneNumberExotelResponseModel
from ..models.get_phone_number_sip_trunk_response_model import GetPhoneNumberSipTrunkResponseModel
from ..models.get_phone_number_twilio_response_model import GetPhoneNumberTwilioResponseModel
from ..models.get_whats_app_account_response import GetWhatsAppAccountResponse
from ..models.resource_access_info import ResourceAccessInfo
from ..models.unknown_variant import UnknownVariant
