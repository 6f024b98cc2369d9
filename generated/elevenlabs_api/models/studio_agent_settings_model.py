from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class StudioAgentSettingsModel(Lazy, AdditionalProperties[Any]):
    tool_settings: StudioAgentSettingsModelToolSettings | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("tool_settings", "tool_settings", object_of("StudioAgentSettingsModelToolSettings")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.studio_agent_settings_model_tool_settings import StudioAgentSettingsModelToolSettings
