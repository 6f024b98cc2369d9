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
    deviating_field,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AdhocAgentConfigOverrideForTestRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AdhocAgentConfigOverrideForTestRequestModel(Lazy):
    """Attributes:
    conversation_config (ConversationalConfig):
    platform_settings (AgentPlatformSettingsRequestModel):
    workflow (AgentWorkflowRequestModel | None | Unset):
    """

    conversation_config: ConversationalConfig

    platform_settings: AgentPlatformSettingsRequestModel

    workflow: AgentWorkflowRequestModel | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "conversation_config",
        "platform_settings",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        conversation_config: Any
        try:
            conversation_config = self.conversation_config.to_dict()
        except (AttributeError, TypeError):
            conversation_config = self.conversation_config

        platform_settings: Any
        try:
            platform_settings = self.platform_settings.to_dict()
        except (AttributeError, TypeError):
            platform_settings = self.platform_settings

        workflow: Any
        try:
            if isinstance(self.workflow, Unset):
                workflow = UNSET
            elif isinstance(self.workflow, AgentWorkflowRequestModel):
                workflow = self.workflow.to_dict()
            else:
                workflow = self.workflow

        except (AttributeError, TypeError):
            workflow = self.workflow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if conversation_config is not None or "conversation_config" not in self._missing_fields:
            field_dict["conversation_config"] = conversation_config
        if platform_settings is not None or "platform_settings" not in self._missing_fields:
            field_dict["platform_settings"] = platform_settings
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        adhoc_agent_config_override_for_test_request_model = cls.__new__(cls)
        adhoc_agent_config_override_for_test_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return adhoc_agent_config_override_for_test_request_model

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


def _read_conversation_config(cls: type[AdhocAgentConfigOverrideForTestRequestModel], d: Mapping[str, Any]) -> Any:
    conversation_config_raw = d.get("conversation_config", MISSING)
    if conversation_config_raw is MISSING:
        conversation_config = missing_field(cls, "conversation_config")
    else:
        try:
            conversation_config = ConversationalConfig.from_dict(conversation_config_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            conversation_config = deviating_field(cls, "conversation_config", conversation_config_raw)

    return conversation_config


def _read_platform_settings(cls: type[AdhocAgentConfigOverrideForTestRequestModel], d: Mapping[str, Any]) -> Any:
    platform_settings_raw = d.get("platform_settings", MISSING)
    if platform_settings_raw is MISSING:
        platform_settings = missing_field(cls, "platform_settings")
    else:
        try:
            platform_settings = AgentPlatformSettingsRequestModel.from_dict(platform_settings_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            platform_settings = deviating_field(cls, "platform_settings", platform_settings_raw)

    return platform_settings


def _read_workflow(cls: type[AdhocAgentConfigOverrideForTestRequestModel], d: Mapping[str, Any]) -> Any:
    workflow_raw = d.get("workflow", UNSET)
    try:

        def _parse_workflow(data: object) -> AgentWorkflowRequestModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            workflow_type_0 = AgentWorkflowRequestModel.from_dict(data)

            return workflow_type_0

        workflow = _parse_workflow(workflow_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        workflow = deviating_field(cls, "workflow", workflow_raw)

    return workflow


_FIELDS: frozenset[str] = frozenset(
    (
        "conversation_config",
        "platform_settings",
        "workflow",
    )
)


def _read_additional_properties(
    cls: type[AdhocAgentConfigOverrideForTestRequestModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AdhocAgentConfigOverrideForTestRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "conversation_config" in known:
        conversation_config = known["conversation_config"]
    else:
        conversation_config = _read_conversation_config(cls, d)

    if "platform_settings" in known:
        platform_settings = known["platform_settings"]
    else:
        platform_settings = _read_platform_settings(cls, d)

    if "workflow" in known:
        workflow = known["workflow"]
    else:
        workflow = d.get("workflow", UNSET)
        if workflow is not UNSET and workflow is not None:
            workflow = _read_workflow(cls, d)

    return {
        "conversation_config": conversation_config,
        "platform_settings": platform_settings,
        "workflow": workflow,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AdhocAgentConfigOverrideForTestRequestModel,
    _all_fields,
    {
        "conversation_config": _read_conversation_config,
        "platform_settings": _read_platform_settings,
        "workflow": _read_workflow,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_platform_settings_request_model import AgentPlatformSettingsRequestModel
from ..models.agent_workflow_request_model import AgentWorkflowRequestModel
from ..models.conversational_config import ConversationalConfig
