from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="TestInvocationSummaryResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TestInvocationSummaryResponseModel(Lazy):
    """Attributes:
    id (str): The ID of the test invocation
    created_at_unix_secs (int): Creation time of the test invocation in unix seconds
    test_run_count (int): Number of test runs in this invocation
    passed_count (int): Number of test runs that passed
    failed_count (int): Number of test runs that failed
    pending_count (int): Number of test runs that are pending
    title (str): Title of the test invocation - the folder name for folder runs, otherwise the single test name or
        count of tests
    agent_id (None | str | Unset): The ID of the agent this test invocation belongs to
    branch_id (None | str | Unset): The ID of the branch this test invocation was run on
    access_info (None | ResourceAccessInfo | Unset): The access information of the test invocation
    repeat_count (int | Unset): Number of times each test was repeated in this invocation Defaults to 1 on the
        server.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "created_at_unix_secs",
        "test_run_count",
        "passed_count",
        "failed_count",
        "pending_count",
        "title",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        id = self.id

        created_at_unix_secs = self.created_at_unix_secs

        test_run_count = self.test_run_count

        passed_count = self.passed_count

        failed_count = self.failed_count

        pending_count = self.pending_count

        title = self.title

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

        access_info: Any
        try:
            if isinstance(self.access_info, Unset):
                access_info = UNSET
            elif isinstance(self.access_info, ResourceAccessInfo):
                access_info = self.access_info.to_dict()
            else:
                access_info = self.access_info

        except (AttributeError, TypeError):
            access_info = self.access_info

        repeat_count = self.repeat_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if created_at_unix_secs is not None or "created_at_unix_secs" not in self._missing_fields:
            field_dict["created_at_unix_secs"] = created_at_unix_secs
        if test_run_count is not None or "test_run_count" not in self._missing_fields:
            field_dict["test_run_count"] = test_run_count
        if passed_count is not None or "passed_count" not in self._missing_fields:
            field_dict["passed_count"] = passed_count
        if failed_count is not None or "failed_count" not in self._missing_fields:
            field_dict["failed_count"] = failed_count
        if pending_count is not None or "pending_count" not in self._missing_fields:
            field_dict["pending_count"] = pending_count
        if title is not None or "title" not in self._missing_fields:
            field_dict["title"] = title
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if access_info is not UNSET:
            field_dict["access_info"] = access_info
        if repeat_count is not UNSET:
            field_dict["repeat_count"] = repeat_count
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        test_invocation_summary_response_model = cls.__new__(cls)
        test_invocation_summary_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return test_invocation_summary_response_model

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

_read_created_at_unix_secs = plain_reader("created_at_unix_secs", (int,), "an integer", True)

_read_test_run_count = plain_reader("test_run_count", (int,), "an integer", True)

_read_passed_count = plain_reader("passed_count", (int,), "an integer", True)

_read_failed_count = plain_reader("failed_count", (int,), "an integer", True)

_read_pending_count = plain_reader("pending_count", (int,), "an integer", True)

_read_title = plain_reader("title", (str,), "a string", True)

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


def _read_access_info(cls: type[TestInvocationSummaryResponseModel], d: Mapping[str, Any]) -> Any:
    access_info_raw = d.get("access_info", UNSET)
    try:

        def _parse_access_info(data: object) -> None | ResourceAccessInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            access_info_type_0 = ResourceAccessInfo.from_dict(data)

            return access_info_type_0

        access_info = _parse_access_info(access_info_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        access_info = deviating_field(cls, "access_info", access_info_raw)

    return access_info


_read_repeat_count = plain_reader("repeat_count", (int,), "an integer", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "created_at_unix_secs",
        "test_run_count",
        "passed_count",
        "failed_count",
        "pending_count",
        "title",
        "agent_id",
        "branch_id",
        "access_info",
        "repeat_count",
    )
)


def _read_additional_properties(cls: type[TestInvocationSummaryResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[TestInvocationSummaryResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    created_at_unix_secs = d.get("created_at_unix_secs", MISSING)
    if created_at_unix_secs.__class__ is not int:
        created_at_unix_secs = _read_created_at_unix_secs(cls, d)

    test_run_count = d.get("test_run_count", MISSING)
    if test_run_count.__class__ is not int:
        test_run_count = _read_test_run_count(cls, d)

    passed_count = d.get("passed_count", MISSING)
    if passed_count.__class__ is not int:
        passed_count = _read_passed_count(cls, d)

    failed_count = d.get("failed_count", MISSING)
    if failed_count.__class__ is not int:
        failed_count = _read_failed_count(cls, d)

    pending_count = d.get("pending_count", MISSING)
    if pending_count.__class__ is not int:
        pending_count = _read_pending_count(cls, d)

    title = d.get("title", MISSING)
    if title.__class__ is not str:
        title = _read_title(cls, d)

    agent_id = d.get("agent_id", UNSET)
    if agent_id.__class__ is not str and agent_id is not None and agent_id is not UNSET:
        agent_id = _read_agent_id(cls, d)

    branch_id = d.get("branch_id", UNSET)
    if branch_id.__class__ is not str and branch_id is not None and branch_id is not UNSET:
        branch_id = _read_branch_id(cls, d)

    if "access_info" in known:
        access_info = known["access_info"]
    else:
        access_info = d.get("access_info", UNSET)
        if access_info is not UNSET and access_info is not None:
            access_info = _read_access_info(cls, d)

    repeat_count = d.get("repeat_count", UNSET)
    if repeat_count.__class__ is not int and repeat_count is not UNSET:
        repeat_count = _read_repeat_count(cls, d)

    return {
        "id": id,
        "created_at_unix_secs": created_at_unix_secs,
        "test_run_count": test_run_count,
        "passed_count": passed_count,
        "failed_count": failed_count,
        "pending_count": pending_count,
        "title": title,
        "agent_id": agent_id,
        "branch_id": branch_id,
        "access_info": access_info,
        "repeat_count": repeat_count,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    TestInvocationSummaryResponseModel,
    _all_fields,
    {
        "id": _read_id,
        "created_at_unix_secs": _read_created_at_unix_secs,
        "test_run_count": _read_test_run_count,
        "passed_count": _read_passed_count,
        "failed_count": _read_failed_count,
        "pending_count": _read_pending_count,
        "title": _read_title,
        "agent_id": _read_agent_id,
        "branch_id": _read_branch_id,
        "access_info": _read_access_info,
        "repeat_count": _read_repeat_count,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.resource_access_info import ResourceAccessInfo
