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
class FeaturesUsageCommonModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    pii_zrm_workspace: Defaults to False on the server.
    pii_zrm_agent: Defaults to False on the server.
    is_livekit: Defaults to False on the server.
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

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("language_detection", "language_detection", object_of("FeatureStatusCommonModel")),
        Field("transfer_to_agent", "transfer_to_agent", object_of("FeatureStatusCommonModel")),
        Field("transfer_to_number", "transfer_to_number", object_of("FeatureStatusCommonModel")),
        Field("multivoice", "multivoice", object_of("FeatureStatusCommonModel")),
        Field("dtmf_tones", "dtmf_tones", object_of("FeatureStatusCommonModel")),
        Field("external_mcp_servers", "external_mcp_servers", object_of("FeatureStatusCommonModel")),
        Field("pii_zrm_workspace", "pii_zrm_workspace", BOOL),
        Field("pii_zrm_agent", "pii_zrm_agent", BOOL),
        Field("tool_dynamic_variable_updates", "tool_dynamic_variable_updates", object_of("FeatureStatusCommonModel")),
        Field("is_livekit", "is_livekit", BOOL),
        Field("voicemail_detection", "voicemail_detection", object_of("FeatureStatusCommonModel")),
        Field("workflow", "workflow", object_of("WorkflowFeaturesUsageCommonModel")),
        Field("agent_testing", "agent_testing", object_of("TestsFeatureUsageCommonModel")),
        Field("versioning", "versioning", object_of("FeatureStatusCommonModel")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.feature_status_common_model import FeatureStatusCommonModel
from ..models.tests_feature_usage_common_model import TestsFeatureUsageCommonModel
from ..models.workflow_features_usage_common_model import WorkflowFeaturesUsageCommonModel
