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

T = TypeVar("T", bound="FeaturesUsageCommonModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class FeaturesUsageCommonModel(Lazy):
    """Attributes:
    language_detection (FeatureStatusCommonModel | Unset):
    transfer_to_agent (FeatureStatusCommonModel | Unset):
    transfer_to_number (FeatureStatusCommonModel | Unset):
    multivoice (FeatureStatusCommonModel | Unset):
    dtmf_tones (FeatureStatusCommonModel | Unset):
    external_mcp_servers (FeatureStatusCommonModel | Unset):
    pii_zrm_workspace (bool | Unset): Defaults to False on the server.
    pii_zrm_agent (bool | Unset): Defaults to False on the server.
    tool_dynamic_variable_updates (FeatureStatusCommonModel | Unset):
    is_livekit (bool | Unset): Defaults to False on the server.
    voicemail_detection (FeatureStatusCommonModel | Unset):
    workflow (WorkflowFeaturesUsageCommonModel | Unset):
    agent_testing (TestsFeatureUsageCommonModel | Unset):
    versioning (FeatureStatusCommonModel | Unset):
    """

    language_detection: FeatureStatusCommonModel | Unset = UNSET

    transfer_to_agent: FeatureStatusCommonModel | Unset = UNSET

    transfer_to_number: FeatureStatusCommonModel | Unset = UNSET

    multivoice: FeatureStatusCommonModel | Unset = UNSET

    dtmf_tones: FeatureStatusCommonModel | Unset = UNSET

    external_mcp_servers: FeatureStatusCommonModel | Unset = UNSET

    pii_zrm_workspace: bool | Unset = UNSET

    pii_zrm_agent: bool | Unset = UNSET

    tool_dynamic_variable_updates: FeatureStatusCommonModel | Unset = UNSET

    is_livekit: bool | Unset = UNSET

    voicemail_detection: FeatureStatusCommonModel | Unset = UNSET

    workflow: WorkflowFeaturesUsageCommonModel | Unset = UNSET

    agent_testing: TestsFeatureUsageCommonModel | Unset = UNSET

    versioning: FeatureStatusCommonModel | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        language_detection: Any
        try:
            language_detection = UNSET
            if not isinstance(self.language_detection, Unset):
                language_detection = self.language_detection.to_dict()
        except (AttributeError, TypeError):
            language_detection = self.language_detection

        transfer_to_agent: Any
        try:
            transfer_to_agent = UNSET
            if not isinstance(self.transfer_to_agent, Unset):
                transfer_to_agent = self.transfer_to_agent.to_dict()
        except (AttributeError, TypeError):
            transfer_to_agent = self.transfer_to_agent

        transfer_to_number: Any
        try:
            transfer_to_number = UNSET
            if not isinstance(self.transfer_to_number, Unset):
                transfer_to_number = self.transfer_to_number.to_dict()
        except (AttributeError, TypeError):
            transfer_to_number = self.transfer_to_number

        multivoice: Any
        try:
            multivoice = UNSET
            if not isinstance(self.multivoice, Unset):
                multivoice = self.multivoice.to_dict()
        except (AttributeError, TypeError):
            multivoice = self.multivoice

        dtmf_tones: Any
        try:
            dtmf_tones = UNSET
            if not isinstance(self.dtmf_tones, Unset):
                dtmf_tones = self.dtmf_tones.to_dict()
        except (AttributeError, TypeError):
            dtmf_tones = self.dtmf_tones

        external_mcp_servers: Any
        try:
            external_mcp_servers = UNSET
            if not isinstance(self.external_mcp_servers, Unset):
                external_mcp_servers = self.external_mcp_servers.to_dict()
        except (AttributeError, TypeError):
            external_mcp_servers = self.external_mcp_servers

        pii_zrm_workspace = self.pii_zrm_workspace

        pii_zrm_agent = self.pii_zrm_agent

        tool_dynamic_variable_updates: Any
        try:
            tool_dynamic_variable_updates = UNSET
            if not isinstance(self.tool_dynamic_variable_updates, Unset):
                tool_dynamic_variable_updates = self.tool_dynamic_variable_updates.to_dict()
        except (AttributeError, TypeError):
            tool_dynamic_variable_updates = self.tool_dynamic_variable_updates

        is_livekit = self.is_livekit

        voicemail_detection: Any
        try:
            voicemail_detection = UNSET
            if not isinstance(self.voicemail_detection, Unset):
                voicemail_detection = self.voicemail_detection.to_dict()
        except (AttributeError, TypeError):
            voicemail_detection = self.voicemail_detection

        workflow: Any
        try:
            workflow = UNSET
            if not isinstance(self.workflow, Unset):
                workflow = self.workflow.to_dict()
        except (AttributeError, TypeError):
            workflow = self.workflow

        agent_testing: Any
        try:
            agent_testing = UNSET
            if not isinstance(self.agent_testing, Unset):
                agent_testing = self.agent_testing.to_dict()
        except (AttributeError, TypeError):
            agent_testing = self.agent_testing

        versioning: Any
        try:
            versioning = UNSET
            if not isinstance(self.versioning, Unset):
                versioning = self.versioning.to_dict()
        except (AttributeError, TypeError):
            versioning = self.versioning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if language_detection is not UNSET:
            field_dict["language_detection"] = language_detection
        if transfer_to_agent is not UNSET:
            field_dict["transfer_to_agent"] = transfer_to_agent
        if transfer_to_number is not UNSET:
            field_dict["transfer_to_number"] = transfer_to_number
        if multivoice is not UNSET:
            field_dict["multivoice"] = multivoice
        if dtmf_tones is not UNSET:
            field_dict["dtmf_tones"] = dtmf_tones
        if external_mcp_servers is not UNSET:
            field_dict["external_mcp_servers"] = external_mcp_servers
        if pii_zrm_workspace is not UNSET:
            field_dict["pii_zrm_workspace"] = pii_zrm_workspace
        if pii_zrm_agent is not UNSET:
            field_dict["pii_zrm_agent"] = pii_zrm_agent
        if tool_dynamic_variable_updates is not UNSET:
            field_dict["tool_dynamic_variable_updates"] = tool_dynamic_variable_updates
        if is_livekit is not UNSET:
            field_dict["is_livekit"] = is_livekit
        if voicemail_detection is not UNSET:
            field_dict["voicemail_detection"] = voicemail_detection
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if agent_testing is not UNSET:
            field_dict["agent_testing"] = agent_testing
        if versioning is not UNSET:
            field_dict["versioning"] = versioning
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        features_usage_common_model = cls.__new__(cls)
        features_usage_common_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return features_usage_common_model

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


def _read_language_detection(cls: type[FeaturesUsageCommonModel], d: Mapping[str, Any]) -> Any:
    language_detection_raw = d.get("language_detection", UNSET)
    try:
        _language_detection = language_detection_raw
        language_detection: FeatureStatusCommonModel | Unset
        if isinstance(_language_detection, Unset):
            language_detection = UNSET
        else:
            language_detection = FeatureStatusCommonModel.from_dict(_language_detection)
    except (KeyError, TypeError, ValueError, AttributeError):
        language_detection = deviating_field(cls, "language_detection", language_detection_raw)

    return language_detection


def _read_transfer_to_agent(cls: type[FeaturesUsageCommonModel], d: Mapping[str, Any]) -> Any:
    transfer_to_agent_raw = d.get("transfer_to_agent", UNSET)
    try:
        _transfer_to_agent = transfer_to_agent_raw
        transfer_to_agent: FeatureStatusCommonModel | Unset
        if isinstance(_transfer_to_agent, Unset):
            transfer_to_agent = UNSET
        else:
            transfer_to_agent = FeatureStatusCommonModel.from_dict(_transfer_to_agent)
    except (KeyError, TypeError, ValueError, AttributeError):
        transfer_to_agent = deviating_field(cls, "transfer_to_agent", transfer_to_agent_raw)

    return transfer_to_agent


def _read_transfer_to_number(cls: type[FeaturesUsageCommonModel], d: Mapping[str, Any]) -> Any:
    transfer_to_number_raw = d.get("transfer_to_number", UNSET)
    try:
        _transfer_to_number = transfer_to_number_raw
        transfer_to_number: FeatureStatusCommonModel | Unset
        if isinstance(_transfer_to_number, Unset):
            transfer_to_number = UNSET
        else:
            transfer_to_number = FeatureStatusCommonModel.from_dict(_transfer_to_number)
    except (KeyError, TypeError, ValueError, AttributeError):
        transfer_to_number = deviating_field(cls, "transfer_to_number", transfer_to_number_raw)

    return transfer_to_number


def _read_multivoice(cls: type[FeaturesUsageCommonModel], d: Mapping[str, Any]) -> Any:
    multivoice_raw = d.get("multivoice", UNSET)
    try:
        _multivoice = multivoice_raw
        multivoice: FeatureStatusCommonModel | Unset
        if isinstance(_multivoice, Unset):
            multivoice = UNSET
        else:
            multivoice = FeatureStatusCommonModel.from_dict(_multivoice)
    except (KeyError, TypeError, ValueError, AttributeError):
        multivoice = deviating_field(cls, "multivoice", multivoice_raw)

    return multivoice


def _read_dtmf_tones(cls: type[FeaturesUsageCommonModel], d: Mapping[str, Any]) -> Any:
    dtmf_tones_raw = d.get("dtmf_tones", UNSET)
    try:
        _dtmf_tones = dtmf_tones_raw
        dtmf_tones: FeatureStatusCommonModel | Unset
        if isinstance(_dtmf_tones, Unset):
            dtmf_tones = UNSET
        else:
            dtmf_tones = FeatureStatusCommonModel.from_dict(_dtmf_tones)
    except (KeyError, TypeError, ValueError, AttributeError):
        dtmf_tones = deviating_field(cls, "dtmf_tones", dtmf_tones_raw)

    return dtmf_tones


def _read_external_mcp_servers(cls: type[FeaturesUsageCommonModel], d: Mapping[str, Any]) -> Any:
    external_mcp_servers_raw = d.get("external_mcp_servers", UNSET)
    try:
        _external_mcp_servers = external_mcp_servers_raw
        external_mcp_servers: FeatureStatusCommonModel | Unset
        if isinstance(_external_mcp_servers, Unset):
            external_mcp_servers = UNSET
        else:
            external_mcp_servers = FeatureStatusCommonModel.from_dict(_external_mcp_servers)
    except (KeyError, TypeError, ValueError, AttributeError):
        external_mcp_servers = deviating_field(cls, "external_mcp_servers", external_mcp_servers_raw)

    return external_mcp_servers


_read_pii_zrm_workspace = plain_reader("pii_zrm_workspace", (bool,), "a boolean", False)

_read_pii_zrm_agent = plain_reader("pii_zrm_agent", (bool,), "a boolean", False)


def _read_tool_dynamic_variable_updates(cls: type[FeaturesUsageCommonModel], d: Mapping[str, Any]) -> Any:
    tool_dynamic_variable_updates_raw = d.get("tool_dynamic_variable_updates", UNSET)
    try:
        _tool_dynamic_variable_updates = tool_dynamic_variable_updates_raw
        tool_dynamic_variable_updates: FeatureStatusCommonModel | Unset
        if isinstance(_tool_dynamic_variable_updates, Unset):
            tool_dynamic_variable_updates = UNSET
        else:
            tool_dynamic_variable_updates = FeatureStatusCommonModel.from_dict(_tool_dynamic_variable_updates)
    except (KeyError, TypeError, ValueError, AttributeError):
        tool_dynamic_variable_updates = deviating_field(
            cls, "tool_dynamic_variable_updates", tool_dynamic_variable_updates_raw
        )

    return tool_dynamic_variable_updates


_read_is_livekit = plain_reader("is_livekit", (bool,), "a boolean", False)


def _read_voicemail_detection(cls: type[FeaturesUsageCommonModel], d: Mapping[str, Any]) -> Any:
    voicemail_detection_raw = d.get("voicemail_detection", UNSET)
    try:
        _voicemail_detection = voicemail_detection_raw
        voicemail_detection: FeatureStatusCommonModel | Unset
        if isinstance(_voicemail_detection, Unset):
            voicemail_detection = UNSET
        else:
            voicemail_detection = FeatureStatusCommonModel.from_dict(_voicemail_detection)
    except (KeyError, TypeError, ValueError, AttributeError):
        voicemail_detection = deviating_field(cls, "voicemail_detection", voicemail_detection_raw)

    return voicemail_detection


def _read_workflow(cls: type[FeaturesUsageCommonModel], d: Mapping[str, Any]) -> Any:
    workflow_raw = d.get("workflow", UNSET)
    try:
        _workflow = workflow_raw
        workflow: WorkflowFeaturesUsageCommonModel | Unset
        if isinstance(_workflow, Unset):
            workflow = UNSET
        else:
            workflow = WorkflowFeaturesUsageCommonModel.from_dict(_workflow)
    except (KeyError, TypeError, ValueError, AttributeError):
        workflow = deviating_field(cls, "workflow", workflow_raw)

    return workflow


def _read_agent_testing(cls: type[FeaturesUsageCommonModel], d: Mapping[str, Any]) -> Any:
    agent_testing_raw = d.get("agent_testing", UNSET)
    try:
        _agent_testing = agent_testing_raw
        agent_testing: TestsFeatureUsageCommonModel | Unset
        if isinstance(_agent_testing, Unset):
            agent_testing = UNSET
        else:
            agent_testing = TestsFeatureUsageCommonModel.from_dict(_agent_testing)
    except (KeyError, TypeError, ValueError, AttributeError):
        agent_testing = deviating_field(cls, "agent_testing", agent_testing_raw)

    return agent_testing


def _read_versioning(cls: type[FeaturesUsageCommonModel], d: Mapping[str, Any]) -> Any:
    versioning_raw = d.get("versioning", UNSET)
    try:
        _versioning = versioning_raw
        versioning: FeatureStatusCommonModel | Unset
        if isinstance(_versioning, Unset):
            versioning = UNSET
        else:
            versioning = FeatureStatusCommonModel.from_dict(_versioning)
    except (KeyError, TypeError, ValueError, AttributeError):
        versioning = deviating_field(cls, "versioning", versioning_raw)

    return versioning


_FIELDS: frozenset[str] = frozenset(
    (
        "language_detection",
        "transfer_to_agent",
        "transfer_to_number",
        "multivoice",
        "dtmf_tones",
        "external_mcp_servers",
        "pii_zrm_workspace",
        "pii_zrm_agent",
        "tool_dynamic_variable_updates",
        "is_livekit",
        "voicemail_detection",
        "workflow",
        "agent_testing",
        "versioning",
    )
)


def _read_additional_properties(cls: type[FeaturesUsageCommonModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[FeaturesUsageCommonModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "language_detection" in known:
        language_detection = known["language_detection"]
    else:
        language_detection = d.get("language_detection", UNSET)
        if language_detection is not UNSET:
            language_detection = _read_language_detection(cls, d)

    if "transfer_to_agent" in known:
        transfer_to_agent = known["transfer_to_agent"]
    else:
        transfer_to_agent = d.get("transfer_to_agent", UNSET)
        if transfer_to_agent is not UNSET:
            transfer_to_agent = _read_transfer_to_agent(cls, d)

    if "transfer_to_number" in known:
        transfer_to_number = known["transfer_to_number"]
    else:
        transfer_to_number = d.get("transfer_to_number", UNSET)
        if transfer_to_number is not UNSET:
            transfer_to_number = _read_transfer_to_number(cls, d)

    if "multivoice" in known:
        multivoice = known["multivoice"]
    else:
        multivoice = d.get("multivoice", UNSET)
        if multivoice is not UNSET:
            multivoice = _read_multivoice(cls, d)

    if "dtmf_tones" in known:
        dtmf_tones = known["dtmf_tones"]
    else:
        dtmf_tones = d.get("dtmf_tones", UNSET)
        if dtmf_tones is not UNSET:
            dtmf_tones = _read_dtmf_tones(cls, d)

    if "external_mcp_servers" in known:
        external_mcp_servers = known["external_mcp_servers"]
    else:
        external_mcp_servers = d.get("external_mcp_servers", UNSET)
        if external_mcp_servers is not UNSET:
            external_mcp_servers = _read_external_mcp_servers(cls, d)

    pii_zrm_workspace = d.get("pii_zrm_workspace", UNSET)
    if pii_zrm_workspace.__class__ is not bool and pii_zrm_workspace is not UNSET:
        pii_zrm_workspace = _read_pii_zrm_workspace(cls, d)

    pii_zrm_agent = d.get("pii_zrm_agent", UNSET)
    if pii_zrm_agent.__class__ is not bool and pii_zrm_agent is not UNSET:
        pii_zrm_agent = _read_pii_zrm_agent(cls, d)

    if "tool_dynamic_variable_updates" in known:
        tool_dynamic_variable_updates = known["tool_dynamic_variable_updates"]
    else:
        tool_dynamic_variable_updates = d.get("tool_dynamic_variable_updates", UNSET)
        if tool_dynamic_variable_updates is not UNSET:
            tool_dynamic_variable_updates = _read_tool_dynamic_variable_updates(cls, d)

    is_livekit = d.get("is_livekit", UNSET)
    if is_livekit.__class__ is not bool and is_livekit is not UNSET:
        is_livekit = _read_is_livekit(cls, d)

    if "voicemail_detection" in known:
        voicemail_detection = known["voicemail_detection"]
    else:
        voicemail_detection = d.get("voicemail_detection", UNSET)
        if voicemail_detection is not UNSET:
            voicemail_detection = _read_voicemail_detection(cls, d)

    if "workflow" in known:
        workflow = known["workflow"]
    else:
        workflow = d.get("workflow", UNSET)
        if workflow is not UNSET:
            workflow = _read_workflow(cls, d)

    if "agent_testing" in known:
        agent_testing = known["agent_testing"]
    else:
        agent_testing = d.get("agent_testing", UNSET)
        if agent_testing is not UNSET:
            agent_testing = _read_agent_testing(cls, d)

    if "versioning" in known:
        versioning = known["versioning"]
    else:
        versioning = d.get("versioning", UNSET)
        if versioning is not UNSET:
            versioning = _read_versioning(cls, d)

    return {
        "language_detection": language_detection,
        "transfer_to_agent": transfer_to_agent,
        "transfer_to_number": transfer_to_number,
        "multivoice": multivoice,
        "dtmf_tones": dtmf_tones,
        "external_mcp_servers": external_mcp_servers,
        "pii_zrm_workspace": pii_zrm_workspace,
        "pii_zrm_agent": pii_zrm_agent,
        "tool_dynamic_variable_updates": tool_dynamic_variable_updates,
        "is_livekit": is_livekit,
        "voicemail_detection": voicemail_detection,
        "workflow": workflow,
        "agent_testing": agent_testing,
        "versioning": versioning,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    FeaturesUsageCommonModel,
    _all_fields,
    {
        "language_detection": _read_language_detection,
        "transfer_to_agent": _read_transfer_to_agent,
        "transfer_to_number": _read_transfer_to_number,
        "multivoice": _read_multivoice,
        "dtmf_tones": _read_dtmf_tones,
        "external_mcp_servers": _read_external_mcp_servers,
        "pii_zrm_workspace": _read_pii_zrm_workspace,
        "pii_zrm_agent": _read_pii_zrm_agent,
        "tool_dynamic_variable_updates": _read_tool_dynamic_variable_updates,
        "is_livekit": _read_is_livekit,
        "voicemail_detection": _read_voicemail_detection,
        "workflow": _read_workflow,
        "agent_testing": _read_agent_testing,
        "versioning": _read_versioning,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.feature_status_common_model import FeatureStatusCommonModel
from ..models.tests_feature_usage_common_model import TestsFeatureUsageCommonModel
from ..models.workflow_features_usage_common_model import WorkflowFeaturesUsageCommonModel
