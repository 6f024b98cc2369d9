from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import BucketingStatus
from ..types import (
    ANY,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)


@_attrs_define(slots=False)
class GetTestSuiteInvocationResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    repeat_count: Defaults to 1 on the server.
    bucketing_status: None when repeat_count==1 (no bucketing). Otherwise tracks bucketing lifecycle.
    """

    id: str

    test_runs: list[UnitTestRunResponseModel]

    agent_id: None | str | Unset = UNSET

    branch_id: None | str | Unset = UNSET

    created_at: int | Unset = UNSET

    folder_id: None | str | Unset = UNSET

    repeat_count: int | Unset = UNSET

    bucketing_status: BucketingStatus | None | str | Unset = UNSET

    result_groups: list[TestRunResultSummary] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("test_runs", "test_runs", list_of(object_of("UnitTestRunResponseModel")), required=True),
        Field("agent_id", "agent_id", union(STR, NULL)),
        Field("branch_id", "branch_id", union(STR, NULL)),
        Field("created_at", "created_at", INT),
        Field("folder_id", "folder_id", union(STR, NULL)),
        Field("repeat_count", "repeat_count", INT),
        Field("bucketing_status", "bucketing_status", union(literal("BucketingStatus"), NULL, STR)),
        Field("result_groups", "result_groups", list_of(object_of("TestRunResultSummary"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.test_run_result_summary import TestRunResultSummary
from ..models.unit_test_run_response_model import UnitTestRunResponseModel
