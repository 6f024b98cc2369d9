from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="GetAgentEmbedResponseModel")


@_attrs_define
class GetAgentEmbedResponseModel:
    """Attributes:
    agent_id (str):
    widget_config (WidgetConfigResponseModel):  Example: {'file_input_config': {'enabled': False,
        'max_files_in_memory': 10, 'max_files_per_conversation': 10}, 'first_message': 'Hello! How can I help you
        today?', 'language': 'en', 'language_presets': {}, 'supported_language_overrides': ['es', 'fr'],
        'supports_text_only': True, 'text_only': False, 'use_rtc': False}.
    """

    agent_id: str

    widget_config: WidgetConfigResponseModel

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        agent_id = d.pop("agent_id", MISSING)
        if agent_id.__class__ is not str:
            if agent_id is MISSING:
                agent_id = missing_field(cls, "agent_id")
                _missing += ("agent_id",)
            else:
                agent_id = unexpected_type(cls, "agent_id", agent_id, "a string")

        widget_config_raw = d.pop("widget_config", MISSING)
        if widget_config_raw is MISSING:
            widget_config = missing_field(cls, "widget_config")
            _missing += ("widget_config",)
        else:
            try:
                widget_config = WidgetConfigResponseModel.from_dict(widget_config_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                widget_config = deviating_field(cls, "widget_config", widget_config_raw)

        get_agent_embed_response_model = cls(
            agent_id=agent_id,
            widget_config=widget_config,
        )
        if _missing:
            get_agent_embed_response_model._missing_fields = _missing
        get_agent_embed_response_model.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.widget_config_response_model import WidgetConfigResponseModel
