from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetAgentEmbedResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetAgentEmbedResponseModel(Lazy):
    """Attributes:
    agent_id (str):
    widget_config (WidgetConfigResponse):  Example: {'file_input_config': {'enabled': False, 'max_files_in_memory':
        10, 'max_files_per_conversation': 10}, 'first_message': 'Hello! How can I help you today?', 'language': 'en',
        'language_presets': {}, 'supported_language_overrides': ['es', 'fr'], 'supports_text_only': True, 'text_only':
        False, 'use_rtc': False}.
    """

    agent_id: str

    widget_config: WidgetConfigResponse

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "agent_id",
        "widget_config",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        agent_id = self.agent_id

        widget_config: Any
        try:
            widget_config = self.widget_config.to_dict()
        except (AttributeError, TypeError):
            widget_config = self.widget_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if widget_config is not None or "widget_config" not in self._missing_fields:
            field_dict["widget_config"] = widget_config
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_agent_embed_response_model = cls.__new__(cls)
        get_agent_embed_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return get_agent_embed_response_model

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


def _read_widget_config(cls: type[GetAgentEmbedResponseModel], d: Mapping[str, Any]) -> Any:
    widget_config_raw = d.get("widget_config", MISSING)
    if widget_config_raw is MISSING:
        widget_config = missing_field(cls, "widget_config")
    else:
        try:
            widget_config = WidgetConfigResponse.from_dict(widget_config_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            widget_config = deviating_field(cls, "widget_config", widget_config_raw)

    return widget_config


_FIELDS: frozenset[str] = frozenset(
    (
        "agent_id",
        "widget_config",
    )
)


def _read_additional_properties(cls: type[GetAgentEmbedResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[GetAgentEmbedResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str:
        agent_id = _read_agent_id(cls, d)

    if "widget_config" in known:
        widget_config = known["widget_config"]
    else:
        widget_config = _read_widget_config(cls, d)

    return {
        "agent_id": agent_id,
        "widget_config": widget_config,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetAgentEmbedResponseModel,
    _all_fields,
    {
        "agent_id": _read_agent_id,
        "widget_config": _read_widget_config,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.widget_config_response import WidgetConfigResponse
