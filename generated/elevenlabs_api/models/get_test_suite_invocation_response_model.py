from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import BucketingStatus
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetTestSuiteInvocationResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetTestSuiteInvocationResponseModel(Lazy):
    """Attributes:
    id (str):
    test_runs (list[UnitTestRunResponseModel]):
    agent_id (None | str | Unset):
    branch_id (None | str | Unset):
    created_at (int | Unset):
    folder_id (None | str | Unset):
    repeat_count (int | Unset): Defaults to 1 on the server.
    bucketing_status (BucketingStatus | None | str | Unset): None when repeat_count==1 (no bucketing). Otherwise
        tracks bucketing lifecycle.
    result_groups (list[TestRunResultSummary] | Unset):
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "test_runs",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        id = self.id

        test_runs: Any
        try:
            test_runs = []
            for test_runs_item_data in self.test_runs:
                test_runs_item = test_runs_item_data.to_dict()
                test_runs.append(test_runs_item)

        except (AttributeError, TypeError):
            test_runs = self.test_runs

        agent_id: Any
        try:
            agent_id = self.agent_id

        except (AttributeError, TypeError):
            agent_id = self.agent_id

        branch_id: Any
        try:
            branch_id = self.branch_id

        except (AttributeError, TypeError):
            branch_id = self.branch_id

        created_at = self.created_at

        folder_id: Any
        try:
            folder_id = self.folder_id

        except (AttributeError, TypeError):
            folder_id = self.folder_id

        repeat_count = self.repeat_count

        bucketing_status: Any
        try:
            if isinstance(self.bucketing_status, Unset):
                bucketing_status = UNSET
            elif isinstance(self.bucketing_status, str):
                bucketing_status = self.bucketing_status
            else:
                bucketing_status = self.bucketing_status

        except (AttributeError, TypeError):
            bucketing_status = self.bucketing_status

        result_groups: Any
        try:
            result_groups = UNSET
            if not isinstance(self.result_groups, Unset):
                result_groups = []
                for result_groups_item_data in self.result_groups:
                    result_groups_item = result_groups_item_data.to_dict()
                    result_groups.append(result_groups_item)

        except (AttributeError, TypeError):
            result_groups = self.result_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if test_runs is not None or "test_runs" not in self._missing_fields:
            field_dict["test_runs"] = test_runs
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if repeat_count is not UNSET:
            field_dict["repeat_count"] = repeat_count
        if bucketing_status is not UNSET:
            field_dict["bucketing_status"] = bucketing_status
        if result_groups is not UNSET:
            field_dict["result_groups"] = result_groups
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_test_suite_invocation_response_model = cls.__new__(cls)
        get_test_suite_invocation_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return get_test_suite_invocation_response_model

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


_read_id = plain_reader("id", (str,), "a string", True)


def _read_test_runs(cls: type[GetTestSuiteInvocationResponseModel], d: Mapping[str, Any]) -> Any:
    test_runs_raw = d.get("test_runs", MISSING)
    if test_runs_raw is MISSING:
        test_runs = missing_field(cls, "test_runs")
    else:
        try:
            expect_array("test_runs", test_runs_raw)
            test_runs = []
            _test_runs = test_runs_raw
            for test_runs_item_data in _test_runs:
                test_runs_item = UnitTestRunResponseModel.from_dict(test_runs_item_data)

                test_runs.append(test_runs_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            test_runs = deviating_field(cls, "test_runs", test_runs_raw)

    return test_runs


_read_agent_id = plain_reader(
    "agent_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_branch_id = plain_reader(
    "branch_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_created_at = plain_reader("created_at", (int,), "an integer", False)

_read_folder_id = plain_reader(
    "folder_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_repeat_count = plain_reader("repeat_count", (int,), "an integer", False)

_read_bucketing_status = plain_reader(
    "bucketing_status",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)


def _read_result_groups(cls: type[GetTestSuiteInvocationResponseModel], d: Mapping[str, Any]) -> Any:
    result_groups_raw = d.get("result_groups", UNSET)
    try:
        expect_array("result_groups", result_groups_raw)
        _result_groups = result_groups_raw
        result_groups: list[TestRunResultSummary] | Unset = UNSET
        if _result_groups is not UNSET:
            result_groups = []
            for result_groups_item_data in _result_groups:
                result_groups_item = TestRunResultSummary.from_dict(result_groups_item_data)

                result_groups.append(result_groups_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        result_groups = deviating_field(cls, "result_groups", result_groups_raw)

    return result_groups


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "test_runs",
        "agent_id",
        "branch_id",
        "created_at",
        "folder_id",
        "repeat_count",
        "bucketing_status",
        "result_groups",
    )
)


def _read_additional_properties(cls: type[GetTestSuiteInvocationResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[GetTestSuiteInvocationResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    if "test_runs" in known:
        test_runs = known["test_runs"]
    else:
        test_runs = _read_test_runs(cls, d)

    agent_id = d.get("agent_id", UNSET)
    if agent_id.__class__ is not str and agent_id is not None and agent_id is not UNSET:
        agent_id = _read_agent_id(cls, d)

    branch_id = d.get("branch_id", UNSET)
    if branch_id.__class__ is not str and branch_id is not None and branch_id is not UNSET:
        branch_id = _read_branch_id(cls, d)

    created_at = d.get("created_at", UNSET)
    if created_at.__class__ is not int and created_at is not UNSET:
        created_at = _read_created_at(cls, d)

    folder_id = d.get("folder_id", UNSET)
    if folder_id.__class__ is not str and folder_id is not None and folder_id is not UNSET:
        folder_id = _read_folder_id(cls, d)

    repeat_count = d.get("repeat_count", UNSET)
    if repeat_count.__class__ is not int and repeat_count is not UNSET:
        repeat_count = _read_repeat_count(cls, d)

    bucketing_status = d.get("bucketing_status", UNSET)
    if bucketing_status is not None and bucketing_status.__class__ is not str and bucketing_status is not UNSET:
        bucketing_status = _read_bucketing_status(cls, d)

    if "result_groups" in known:
        result_groups = known["result_groups"]
    else:
        result_groups = d.get("result_groups", UNSET)
        if result_groups is not UNSET:
            result_groups = _read_result_groups(cls, d)

    return {
        "id": id,
        "test_runs": test_runs,
        "agent_id": agent_id,
        "branch_id": branch_id,
        "created_at": created_at,
        "folder_id": folder_id,
        "repeat_count": repeat_count,
        "bucketing_status": bucketing_status,
        "result_groups": result_groups,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetTestSuiteInvocationResponseModel,
    _all_fields,
    {
        "id": _read_id,
        "test_runs": _read_test_runs,
        "agent_id": _read_agent_id,
        "branch_id": _read_branch_id,
        "created_at": _read_created_at,
        "folder_id": _read_folder_id,
        "repeat_count": _read_repeat_count,
        "bucketing_status": _read_bucketing_status,
        "result_groups": _read_result_groups,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.test_run_result_summary import TestRunResultSummary
from ..models.unit_test_run_response_model import UnitTestRunResponseModel
