from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationInitiationClientData")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationInitiationClientData(Lazy):
    """Schema for client-provided conversation configuration

    Attributes:
        type_ (Literal['conversation_initiation_client_data']):
        conversation_config_override (ConversationInitiationClientDataConversationConfigOverride | Unset): Override
            settings for conversation behavior
        custom_llm_extra_body (ConversationInitiationClientDataCustomLlmExtraBody | Unset): Additional LLM configuration
            parameters
        dynamic_variables (ConversationInitiationClientDataDynamicVariables | Unset): Dictionary of dynamic variables to
            be used in the conversation. Keys are the dynamic variable names which must be strings, values can be strings,
            numbers, integers, or booleans.
        user_id (str | Unset): Your identifier for the user of this conversation.
        source_info (ConversationInitiationClientDataSourceInfo | Unset): Which client library opened the conversation.
    """

    type_: Literal["conversation_initiation_client_data"] = _attrs_field(
        default="conversation_initiation_client_data",
        kw_only=True,
        alias="type",
        validator=types.tag("ConversationInitiationClientData", "type", "conversation_initiation_client_data"),
    )

    conversation_config_override: ConversationInitiationClientDataConversationConfigOverride | Unset = UNSET

    custom_llm_extra_body: ConversationInitiationClientDataCustomLlmExtraBody | Unset = UNSET

    dynamic_variables: ConversationInitiationClientDataDynamicVariables | Unset = UNSET

    user_id: str | Unset = UNSET

    source_info: ConversationInitiationClientDataSourceInfo | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "conversation_initiation_client_data")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        conversation_config_override: Any
        try:
            conversation_config_override = UNSET
            if not isinstance(self.conversation_config_override, Unset):
                conversation_config_override = self.conversation_config_override.to_dict()
        except (AttributeError, TypeError):
            conversation_config_override = self.conversation_config_override

        custom_llm_extra_body: Any
        try:
            custom_llm_extra_body = UNSET
            if not isinstance(self.custom_llm_extra_body, Unset):
                custom_llm_extra_body = self.custom_llm_extra_body.to_dict()
        except (AttributeError, TypeError):
            custom_llm_extra_body = self.custom_llm_extra_body

        dynamic_variables: Any
        try:
            dynamic_variables = UNSET
            if not isinstance(self.dynamic_variables, Unset):
                dynamic_variables = self.dynamic_variables.to_dict()
        except (AttributeError, TypeError):
            dynamic_variables = self.dynamic_variables

        user_id = self.user_id

        source_info: Any
        try:
            source_info = UNSET
            if not isinstance(self.source_info, Unset):
                source_info = self.source_info.to_dict()
        except (AttributeError, TypeError):
            source_info = self.source_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if conversation_config_override is not UNSET:
            field_dict["conversation_config_override"] = conversation_config_override
        if custom_llm_extra_body is not UNSET:
            field_dict["custom_llm_extra_body"] = custom_llm_extra_body
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if source_info is not UNSET:
            field_dict["source_info"] = source_info
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_initiation_client_data = cls.__new__(cls)
        conversation_initiation_client_data.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_initiation_client_data

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


def _read_type_(cls: type[ConversationInitiationClientData], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["conversation_initiation_client_data"], type__raw)
    if type_ != "conversation_initiation_client_data":
        raise ValueError(f"type must match const 'conversation_initiation_client_data', got '{type_}'")

    return type_


def _read_conversation_config_override(cls: type[ConversationInitiationClientData], d: Mapping[str, Any]) -> Any:
    conversation_config_override_raw = d.get("conversation_config_override", UNSET)
    try:
        _conversation_config_override = conversation_config_override_raw
        conversation_config_override: ConversationInitiationClientDataConversationConfigOverride | Unset
        if isinstance(_conversation_config_override, Unset):
            conversation_config_override = UNSET
        else:
            conversation_config_override = ConversationInitiationClientDataConversationConfigOverride.from_dict(
                _conversation_config_override
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        conversation_config_override = deviating_field(
            cls, "conversation_config_override", conversation_config_override_raw
        )

    return conversation_config_override


def _read_custom_llm_extra_body(cls: type[ConversationInitiationClientData], d: Mapping[str, Any]) -> Any:
    custom_llm_extra_body_raw = d.get("custom_llm_extra_body", UNSET)
    try:
        _custom_llm_extra_body = custom_llm_extra_body_raw
        custom_llm_extra_body: ConversationInitiationClientDataCustomLlmExtraBody | Unset
        if isinstance(_custom_llm_extra_body, Unset):
            custom_llm_extra_body = UNSET
        else:
            custom_llm_extra_body = ConversationInitiationClientDataCustomLlmExtraBody.from_dict(_custom_llm_extra_body)
    except (KeyError, TypeError, ValueError, AttributeError):
        custom_llm_extra_body = deviating_field(cls, "custom_llm_extra_body", custom_llm_extra_body_raw)

    return custom_llm_extra_body


def _read_dynamic_variables(cls: type[ConversationInitiationClientData], d: Mapping[str, Any]) -> Any:
    dynamic_variables_raw = d.get("dynamic_variables", UNSET)
    try:
        _dynamic_variables = dynamic_variables_raw
        dynamic_variables: ConversationInitiationClientDataDynamicVariables | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = ConversationInitiationClientDataDynamicVariables.from_dict(_dynamic_variables)
    except (KeyError, TypeError, ValueError, AttributeError):
        dynamic_variables = deviating_field(cls, "dynamic_variables", dynamic_variables_raw)

    return dynamic_variables


_read_user_id = plain_reader("user_id", (str,), "a string", False)


def _read_source_info(cls: type[ConversationInitiationClientData], d: Mapping[str, Any]) -> Any:
    source_info_raw = d.get("source_info", UNSET)
    try:
        _source_info = source_info_raw
        source_info: ConversationInitiationClientDataSourceInfo | Unset
        if isinstance(_source_info, Unset):
            source_info = UNSET
        else:
            source_info = ConversationInitiationClientDataSourceInfo.from_dict(_source_info)
    except (KeyError, TypeError, ValueError, AttributeError):
        source_info = deviating_field(cls, "source_info", source_info_raw)

    return source_info


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "conversation_config_override",
        "custom_llm_extra_body",
        "dynamic_variables",
        "user_id",
        "source_info",
    )
)


def _read_additional_properties(cls: type[ConversationInitiationClientData], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationInitiationClientData], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    if "conversation_config_override" in known:
        conversation_config_override = known["conversation_config_override"]
    else:
        conversation_config_override = d.get("conversation_config_override", UNSET)
        if conversation_config_override is not UNSET:
            conversation_config_override = _read_conversation_config_override(cls, d)

    if "custom_llm_extra_body" in known:
        custom_llm_extra_body = known["custom_llm_extra_body"]
    else:
        custom_llm_extra_body = d.get("custom_llm_extra_body", UNSET)
        if custom_llm_extra_body is not UNSET:
            custom_llm_extra_body = _read_custom_llm_extra_body(cls, d)

    if "dynamic_variables" in known:
        dynamic_variables = known["dynamic_variables"]
    else:
        dynamic_variables = d.get("dynamic_variables", UNSET)
        if dynamic_variables is not UNSET:
            dynamic_variables = _read_dynamic_variables(cls, d)

    user_id = d.get("user_id", UNSET)
    if user_id.__class__ is not str and user_id is not UNSET:
        user_id = _read_user_id(cls, d)

    if "source_info" in known:
        source_info = known["source_info"]
    else:
        source_info = d.get("source_info", UNSET)
        if source_info is not UNSET:
            source_info = _read_source_info(cls, d)

    return {
        "type_": type_,
        "conversation_config_override": conversation_config_override,
        "custom_llm_extra_body": custom_llm_extra_body,
        "dynamic_variables": dynamic_variables,
        "user_id": user_id,
        "source_info": source_info,
        "additional_properties": _read_additional_properties(cls, d),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationInitiationClientData, type_="type")

set_readers(
    ConversationInitiationClientData,
    _all_fields,
    {
        "type_": _read_type_,
        "conversation_config_override": _read_conversation_config_override,
        "custom_llm_extra_body": _read_custom_llm_extra_body,
        "dynamic_variables": _read_dynamic_variables,
        "user_id": _read_user_id,
        "source_info": _read_source_info,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_initiation_client_data_conversation_config_override import (
    ConversationInitiationClientDataConversationConfigOverride,
)
from ..models.conversation_initiation_client_data_custom_llm_extra_body import (
    ConversationInitiationClientDataCustomLlmExtraBody,
)
from ..models.conversation_initiation_client_data_dynamic_variables import (
    ConversationInitiationClientDataDynamicVariables,
)
from ..models.conversation_initiation_client_data_source_info import ConversationInitiationClientDataSourceInfo
