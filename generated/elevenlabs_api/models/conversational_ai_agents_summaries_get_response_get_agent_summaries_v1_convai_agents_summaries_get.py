from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, AdditionalProperties, Field, Lazy, const, dict_of, object_of, union


@_attrs_define(slots=False)
class ConversationalAiAgentsSummariesGetResponseGetAgentSummariesV1ConvaiAgentsSummariesGet(
    Lazy, AdditionalProperties["AgentSummaryBatchSuccessfulResponseModel | BatchFailureResponseModel"]
):
    additional_properties: dict[str, AgentSummaryBatchSuccessfulResponseModel | BatchFailureResponseModel] = (
        _attrs_field(init=False, factory=dict)
    )

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "additional_properties",
            None,
            dict_of(
                union(object_of("AgentSummaryBatchSuccessfulResponseModel"), object_of("BatchFailureResponseModel"))
            ),
        ),
    )


@_attrs_define(slots=False)
class AgentSummaryBatchSuccessfulResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    status:  Default: 'success'.
    data:  Example: {'access_info': {'creator_email': 'john@example.com', 'creator_name': 'John Doe', 'is_creator':
        True, 'role': 'admin'}, 'agent_id': 'J3Pbu5gP6NNKBscdCdwB', 'archived': False, 'created_at_unix_secs':
        1716153600, 'last_call_time_unix_secs': 1716240000, 'name': 'My Agent', 'tags': ['Customer Support', 'Technical
        Help', 'Eleven']}.
    """

    data: AgentSummaryResponseModel

    status: Literal["success"] = _attrs_field(
        default="success",
        kw_only=True,
        validator=types.tag("AgentSummaryBatchSuccessfulResponseModel", "status", "success"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("status", "status", const("success"), required=True),
        Field("data", "data", object_of("AgentSummaryResponseModel"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_summary_response_model import AgentSummaryResponseModel
from ..models.batch_failure_response_model import BatchFailureResponseModel
