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
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="RunAgentTestsRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class RunAgentTestsRequestModel(Lazy):
    """Attributes:
    tests (list[SingleTestRunRequestModel]): List of tests to run on the agent
    agent_config_override (AdhocAgentConfigOverrideForTestRequestModel | None | Unset): Configuration overrides to
        use for testing. If not provided, the agent's default configuration will be used.
    branch_id (None | str | Unset): ID of the branch to run the tests on. If not provided, the tests will be run on
        the agent's main branch.
    repeat_count (int | Unset): Number of times to run each test. When greater than 1, results are grouped and
        summarized. Defaults to 1 on the server.
    """

    tests: list[SingleTestRunRequestModel]

    agent_config_override: AdhocAgentConfigOverrideForTestRequestModel | None | Unset = UNSET

    branch_id: None | str | Unset = UNSET

    repeat_count: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("tests",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        tests: Any
        try:
            tests = []
            for tests_item_data in self.tests:
                tests_item = tests_item_data.to_dict()
                tests.append(tests_item)

        except (AttributeError, TypeError):
            tests = self.tests

        agent_config_override: Any
        try:
            if isinstance(self.agent_config_override, Unset):
                agent_config_override = UNSET
            elif isinstance(self.agent_config_override, AdhocAgentConfigOverrideForTestRequestModel):
                agent_config_override = self.agent_config_override.to_dict()
            else:
                agent_config_override = self.agent_config_override

        except (AttributeError, TypeError):
            agent_config_override = self.agent_config_override

        branch_id: Any
        try:
            branch_id = self.branch_id

        except (AttributeError, TypeError):
            branch_id = self.branch_id

        repeat_count = self.repeat_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tests is not None or "tests" not in self._missing_fields:
            field_dict["tests"] = tests
        if agent_config_override is not UNSET:
            field_dict["agent_config_override"] = agent_config_override
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
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
        run_agent_tests_request_model = cls.__new__(cls)
        run_agent_tests_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return run_agent_tests_request_model

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


def _read_tests(cls: type[RunAgentTestsRequestModel], d: Mapping[str, Any]) -> Any:
    tests_raw = d.get("tests", MISSING)
    if tests_raw is MISSING:
        tests = missing_field(cls, "tests")
    else:
        try:
            expect_array("tests", tests_raw)
            tests = []
            _tests = tests_raw
            for tests_item_data in _tests:
                tests_item = SingleTestRunRequestModel.from_dict(tests_item_data)

                tests.append(tests_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            tests = deviating_field(cls, "tests", tests_raw)

    return tests


def _read_agent_config_override(cls: type[RunAgentTestsRequestModel], d: Mapping[str, Any]) -> Any:
    agent_config_override_raw = d.get("agent_config_override", UNSET)
    try:

        def _parse_agent_config_override(data: object) -> AdhocAgentConfigOverrideForTestRequestModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            agent_config_override_type_0 = AdhocAgentConfigOverrideForTestRequestModel.from_dict(data)

            return agent_config_override_type_0

        agent_config_override = _parse_agent_config_override(agent_config_override_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        agent_config_override = deviating_field(cls, "agent_config_override", agent_config_override_raw)

    return agent_config_override


_read_branch_id = plain_reader(
    "branch_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_repeat_count = plain_reader("repeat_count", (int,), "an integer", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "tests",
        "agent_config_override",
        "branch_id",
        "repeat_count",
    )
)


def _read_additional_properties(cls: type[RunAgentTestsRequestModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[RunAgentTestsRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "tests" in known:
        tests = known["tests"]
    else:
        tests = _read_tests(cls, d)

    if "agent_config_override" in known:
        agent_config_override = known["agent_config_override"]
    else:
        agent_config_override = d.get("agent_config_override", UNSET)
        if agent_config_override is not UNSET and agent_config_override is not None:
            agent_config_override = _read_agent_config_override(cls, d)

    branch_id = d.get("branch_id", UNSET)
    if branch_id.__class__ is not str and branch_id is not None and branch_id is not UNSET:
        branch_id = _read_branch_id(cls, d)

    repeat_count = d.get("repeat_count", UNSET)
    if repeat_count.__class__ is not int and repeat_count is not UNSET:
        repeat_count = _read_repeat_count(cls, d)

    return {
        "tests": tests,
        "agent_config_override": agent_config_override,
        "branch_id": branch_id,
        "repeat_count": repeat_count,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    RunAgentTestsRequestModel,
    _all_fields,
    {
        "tests": _read_tests,
        "agent_config_override": _read_agent_config_override,
        "branch_id": _read_branch_id,
        "repeat_count": _read_repeat_count,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.adhoc_agent_config_override_for_test_request_model import AdhocAgentConfigOverrideForTestRequestModel
from ..models.single_test_run_request_model import SingleTestRunRequestModel
