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
class WorkflowFeaturesUsageCommonModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    enabled: Defaults to False on the server.
    """

    enabled: bool | Unset = UNSET

    tool_node: FeatureStatusCommonModel | Unset = UNSET

    standalone_agent_node: FeatureStatusCommonModel | Unset = UNSET

    phone_number_node: FeatureStatusCommonModel | Unset = UNSET

    end_node: FeatureStatusCommonModel | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("enabled", "enabled", BOOL),
        Field("tool_node", "tool_node", object_of("FeatureStatusCommonModel")),
        Field("standalone_agent_node", "standalone_agent_node", object_of("FeatureStatusCommonModel")),
        Field("phone_number_node", "phone_number_node", object_of("FeatureStatusCommonModel")),
        Field("end_node", "end_node", object_of("FeatureStatusCommonModel")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.feature_status_common_model import FeatureStatusCommonModel
