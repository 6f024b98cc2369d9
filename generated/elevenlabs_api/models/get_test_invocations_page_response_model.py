from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, BOOL, INT, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetTestInvocationsPageResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    has_more: Whether there are more results available
    next_cursor: Cursor for the next page of results
    """

    results: list[TestInvocationSummaryResponseModel]

    has_more: bool

    meta: ListResponseMeta | Unset = UNSET

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("results", "results", list_of(object_of("TestInvocationSummaryResponseModel")), required=True),
        Field("has_more", "has_more", BOOL, required=True),
        Field("meta", "meta", object_of("ListResponseMeta")),
        Field("next_cursor", "next_cursor", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class TestInvocationSummaryResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    id: The ID of the test invocation
    created_at_unix_secs: Creation time of the test invocation in unix seconds
    test_run_count: Number of test runs in this invocation
    passed_count: Number of test runs that passed
    failed_count: Number of test runs that failed
    pending_count: Number of test runs that are pending
    title: Title of the test invocation - the folder name for folder runs, otherwise the single test name or count
        of tests
    agent_id: The ID of the agent this test invocation belongs to
    branch_id: The ID of the branch this test invocation was run on
    access_info: The access information of the test invocation
    repeat_count: Number of times each test was repeated in this invocation Defaults to 1 on the server.
    """

    id: str

    created_at_unix_secs: int

    test_run_count: int

    passed_count: int

    failed_count: int

    pending_count: int

    title: str

    agent_id: None | str | Unset = UNSET

    branch_id: None | str | Unset = UNSET

    access_info: None | ResourceAccessInfo | Unset = UNSET

    repeat_count: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("created_at_unix_secs", "created_at_unix_secs", INT, required=True),
        Field("test_run_count", "test_run_count", INT, required=True),
        Field("passed_count", "passed_count", INT, required=True),
        Field("failed_count", "failed_count", INT, required=True),
        Field("pending_count", "pending_count", INT, required=True),
        Field("title", "title", STR, required=True),
        Field("agent_id", "agent_id", union(STR, NULL)),
        Field("branch_id", "branch_id", union(STR, NULL)),
        Field("access_info", "access_info", union(object_of("ResourceAccessInfo"), NULL)),
        Field("repeat_count", "repeat_count", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.list_response_meta import ListResponseMeta
from ..models.resource_access_info import ResourceAccessInfo
