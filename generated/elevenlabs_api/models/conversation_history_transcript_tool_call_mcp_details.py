from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ConversationHistoryTranscriptToolCallMCPDetails")


@_attrs_define
class ConversationHistoryTranscriptToolCallMCPDetails:
    """Attributes:
    mcp_server_id (str):
    mcp_server_name (str):
    integration_type (str):
    approval_policy (str):
    type_ (Literal['mcp'] | Unset):
    parameters (ConversationHistoryTranscriptToolCallMCPDetailsParameters | Unset):
    requires_approval (bool | Unset):  Default: False.
    mcp_tool_name (str | Unset):  Default: ''.
    mcp_tool_description (str | Unset):  Default: ''.
    """

    mcp_server_id: str

    mcp_server_name: str

    integration_type: str

    approval_policy: str

    type_: Literal["mcp"] | Unset = UNSET

    parameters: ConversationHistoryTranscriptToolCallMCPDetailsParameters | Unset = UNSET

    requires_approval: bool | Unset = False

    mcp_tool_name: str | Unset = ""

    mcp_tool_description: str | Unset = ""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "mcp")

    def to_dict(self) -> dict[str, Any]:
        mcp_server_id = self.mcp_server_id

        mcp_server_name = self.mcp_server_name

        integration_type = self.integration_type

        approval_policy = self.approval_policy

        type_ = self.type_

        parameters: Any
        try:
            parameters = UNSET
            if not isinstance(self.parameters, Unset):
                parameters = self.parameters.to_dict()
        except (AttributeError, TypeError):
            parameters = self.parameters

        requires_approval = self.requires_approval

        mcp_tool_name = self.mcp_tool_name

        mcp_tool_description = self.mcp_tool_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if mcp_server_id is not None or "mcp_server_id" not in self._missing_fields:
            field_dict["mcp_server_id"] = mcp_server_id
        if mcp_server_name is not None or "mcp_server_name" not in self._missing_fields:
            field_dict["mcp_server_name"] = mcp_server_name
        if integration_type is not None or "integration_type" not in self._missing_fields:
            field_dict["integration_type"] = integration_type
        if approval_policy is not None or "approval_policy" not in self._missing_fields:
            field_dict["approval_policy"] = approval_policy
        if type_ is not UNSET:
            field_dict["type"] = type_
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if requires_approval is not UNSET:
            field_dict["requires_approval"] = requires_approval
        if mcp_tool_name is not UNSET:
            field_dict["mcp_tool_name"] = mcp_tool_name
        if mcp_tool_description is not UNSET:
            field_dict["mcp_tool_description"] = mcp_tool_description
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["mcp"] | Unset, type__raw)
        if type_ != "mcp" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'mcp', got '{type_}'")

        mcp_server_id = d.pop("mcp_server_id", MISSING)
        if mcp_server_id.__class__ is not str:
            if mcp_server_id is MISSING:
                mcp_server_id = missing_field(cls, "mcp_server_id")
                _missing += ("mcp_server_id",)
            else:
                mcp_server_id = unexpected_type(cls, "mcp_server_id", mcp_server_id, "a string")

        mcp_server_name = d.pop("mcp_server_name", MISSING)
        if mcp_server_name.__class__ is not str:
            if mcp_server_name is MISSING:
                mcp_server_name = missing_field(cls, "mcp_server_name")
                _missing += ("mcp_server_name",)
            else:
                mcp_server_name = unexpected_type(cls, "mcp_server_name", mcp_server_name, "a string")

        integration_type = d.pop("integration_type", MISSING)
        if integration_type.__class__ is not str:
            if integration_type is MISSING:
                integration_type = missing_field(cls, "integration_type")
                _missing += ("integration_type",)
            else:
                integration_type = unexpected_type(cls, "integration_type", integration_type, "a string")

        approval_policy = d.pop("approval_policy", MISSING)
        if approval_policy.__class__ is not str:
            if approval_policy is MISSING:
                approval_policy = missing_field(cls, "approval_policy")
                _missing += ("approval_policy",)
            else:
                approval_policy = unexpected_type(cls, "approval_policy", approval_policy, "a string")

        parameters_raw = d.pop("parameters", UNSET)
        try:
            _parameters = parameters_raw
            parameters: ConversationHistoryTranscriptToolCallMCPDetailsParameters | Unset
            if isinstance(_parameters, Unset):
                parameters = UNSET
            else:
                parameters = ConversationHistoryTranscriptToolCallMCPDetailsParameters.from_dict(_parameters)
        except (KeyError, TypeError, ValueError, AttributeError):
            parameters = deviating_field(cls, "parameters", parameters_raw)

        requires_approval = d.pop("requires_approval", UNSET)
        if requires_approval.__class__ is not bool and requires_approval is not UNSET:
            requires_approval = unexpected_type(cls, "requires_approval", requires_approval, "a boolean")

        mcp_tool_name = d.pop("mcp_tool_name", UNSET)
        if mcp_tool_name.__class__ is not str and mcp_tool_name is not UNSET:
            mcp_tool_name = unexpected_type(cls, "mcp_tool_name", mcp_tool_name, "a string")

        mcp_tool_description = d.pop("mcp_tool_description", UNSET)
        if mcp_tool_description.__class__ is not str and mcp_tool_description is not UNSET:
            mcp_tool_description = unexpected_type(cls, "mcp_tool_description", mcp_tool_description, "a string")

        conversation_history_transcript_tool_call_mcp_details = cls(
            mcp_server_id=mcp_server_id,
            mcp_server_name=mcp_server_name,
            integration_type=integration_type,
            approval_policy=approval_policy,
            type_=type_,
            parameters=parameters,
            requires_approval=requires_approval,
            mcp_tool_name=mcp_tool_name,
            mcp_tool_description=mcp_tool_description,
        )
        if _missing:
            conversation_history_transcript_tool_call_mcp_details._missing_fields = _missing
        conversation_history_transcript_tool_call_mcp_details.additional_properties = d
        return conversation_history_transcript_tool_call_mcp_details

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_transcript_tool_call_mcp_details_parameters import (
    ConversationHistoryTranscriptToolCallMCPDetailsParameters,
)
