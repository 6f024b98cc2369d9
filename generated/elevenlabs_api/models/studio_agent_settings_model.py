from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, BOOL, AdditionalProperties, Field, Lazy, dict_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class StudioAgentSettingsModel(Lazy, AdditionalProperties[Any]):
    tool_settings: StudioAgentSettingsModelToolSettings | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("tool_settings", "tool_settings", object_of("StudioAgentSettingsModelToolSettings")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class StudioAgentSettingsModelToolSettings(Lazy, AdditionalProperties["StudioAgentToolSettingsModel"]):
    additional_properties: dict[str, StudioAgentToolSettingsModel] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("StudioAgentToolSettingsModel"))),
    )


@_attrs_define(slots=False)
class StudioAgentToolSettingsModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    skip_confirmation: Defaults to False on the server.
    """

    skip_confirmation: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("skip_confirmation", "skip_confirmation", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
