from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import TestRunStatus
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="UnitTestRunResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UnitTestRunResponseModel(Lazy):
    """Attributes:
    test_run_id (str):
    test_invocation_id (str):
    agent_id (str):
    status (str | TestRunStatus):
    test_id (str):
    test_info (None | ResponseUnitTestModel | SimulationTestModel | ToolCallUnitTestModel | UnknownVariant | Unset):
    branch_id (None | str | Unset):
    workflow_node_id (None | str | Unset):
    agent_responses (list[ConversationHistoryTranscriptCommonModelOutput] | None | Unset):
    test_name (str | Unset): Defaults to 'Unknown Test' on the server.
    condition_result (None | TestConditionResultCommonModel | Unset):
    last_updated_at_unix (int | Unset):
    metadata (None | TestRunMetadata | Unset):
    root_folder_id (None | str | Unset):
    root_folder_name (None | str | Unset):
    environment (None | str | Unset):
    """

    test_run_id: str

    test_invocation_id: str

    agent_id: str

    status: str | TestRunStatus

    test_id: str

    test_info: None | ResponseUnitTestModel | SimulationTestModel | ToolCallUnitTestModel | UnknownVariant | Unset = (
        UNSET
    )

    branch_id: None | str | Unset = UNSET

    workflow_node_id: None | str | Unset = UNSET

    agent_responses: list[ConversationHistoryTranscriptCommonModelOutput] | None | Unset = UNSET

    test_name: str | Unset = UNSET

    condition_result: None | TestConditionResultCommonModel | Unset = UNSET

    last_updated_at_unix: int | Unset = UNSET

    metadata: None | TestRunMetadata | Unset = UNSET

    root_folder_id: None | str | Unset = UNSET

    root_folder_name: None | str | Unset = UNSET

    environment: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "test_run_id",
        "test_invocation_id",
        "agent_id",
        "status",
        "test_id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        test_run_id = self.test_run_id

        test_invocation_id = self.test_invocation_id

        agent_id = self.agent_id

        status: Any
        try:
            if isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        test_id = self.test_id

        test_info: Any
        try:
            if isinstance(self.test_info, Unset):
                test_info = UNSET
            elif (
                isinstance(self.test_info, ResponseUnitTestModel)
                or isinstance(self.test_info, ToolCallUnitTestModel)
                or isinstance(self.test_info, SimulationTestModel)
                or isinstance(self.test_info, UnknownVariant)
            ):
                test_info = self.test_info.to_dict()
            else:
                test_info = self.test_info

        except (AttributeError, TypeError):
            test_info = self.test_info

        branch_id: Any
        try:
            branch_id = self.branch_id

        except (AttributeError, TypeError):
            branch_id = self.branch_id

        workflow_node_id: Any
        try:
            workflow_node_id = self.workflow_node_id

        except (AttributeError, TypeError):
            workflow_node_id = self.workflow_node_id

        agent_responses: Any
        try:
            if isinstance(self.agent_responses, Unset):
                agent_responses = UNSET
            elif isinstance(self.agent_responses, list):
                agent_responses = []
                for agent_responses_type_0_item_data in self.agent_responses:
                    agent_responses_type_0_item = agent_responses_type_0_item_data.to_dict()
                    agent_responses.append(agent_responses_type_0_item)

            else:
                agent_responses = self.agent_responses

        except (AttributeError, TypeError):
            agent_responses = self.agent_responses

        test_name = self.test_name

        condition_result: Any
        try:
            if isinstance(self.condition_result, Unset):
                condition_result = UNSET
            elif isinstance(self.condition_result, TestConditionResultCommonModel):
                condition_result = self.condition_result.to_dict()
            else:
                condition_result = self.condition_result

        except (AttributeError, TypeError):
            condition_result = self.condition_result

        last_updated_at_unix = self.last_updated_at_unix

        metadata: Any
        try:
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, TestRunMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata

        except (AttributeError, TypeError):
            metadata = self.metadata

        root_folder_id: Any
        try:
            root_folder_id = self.root_folder_id

        except (AttributeError, TypeError):
            root_folder_id = self.root_folder_id

        root_folder_name: Any
        try:
            root_folder_name = self.root_folder_name

        except (AttributeError, TypeError):
            root_folder_name = self.root_folder_name

        environment: Any
        try:
            environment = self.environment

        except (AttributeError, TypeError):
            environment = self.environment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if test_run_id is not None or "test_run_id" not in self._missing_fields:
            field_dict["test_run_id"] = test_run_id
        if test_invocation_id is not None or "test_invocation_id" not in self._missing_fields:
            field_dict["test_invocation_id"] = test_invocation_id
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        if test_id is not None or "test_id" not in self._missing_fields:
            field_dict["test_id"] = test_id
        if test_info is not UNSET:
            field_dict["test_info"] = test_info
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if workflow_node_id is not UNSET:
            field_dict["workflow_node_id"] = workflow_node_id
        if agent_responses is not UNSET:
            field_dict["agent_responses"] = agent_responses
        if test_name is not UNSET:
            field_dict["test_name"] = test_name
        if condition_result is not UNSET:
            field_dict["condition_result"] = condition_result
        if last_updated_at_unix is not UNSET:
            field_dict["last_updated_at_unix"] = last_updated_at_unix
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if root_folder_id is not UNSET:
            field_dict["root_folder_id"] = root_folder_id
        if root_folder_name is not UNSET:
            field_dict["root_folder_name"] = root_folder_name
        if environment is not UNSET:
            field_dict["environment"] = environment
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        unit_test_run_response_model = cls.__new__(cls)
        unit_test_run_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return unit_test_run_response_model

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


_read_test_run_id = plain_reader("test_run_id", (str,), "a string", True)

_read_test_invocation_id = plain_reader("test_invocation_id", (str,), "a string", True)

_read_agent_id = plain_reader("agent_id", (str,), "a string", True)

_read_status = plain_reader("status", (str,), "a string", True)

_read_test_id = plain_reader("test_id", (str,), "a string", True)


def _read_test_info(cls: type[UnitTestRunResponseModel], d: Mapping[str, Any]) -> Any:
    test_info_raw = d.get("test_info", UNSET)
    try:

        def _parse_test_info(
            data: object,
        ) -> None | ResponseUnitTestModel | SimulationTestModel | ToolCallUnitTestModel | UnknownVariant | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_test_info_member, data)

        def _parse_test_info_member(
            data: object,
        ) -> None | ResponseUnitTestModel | SimulationTestModel | ToolCallUnitTestModel | UnknownVariant | Unset:
            if isinstance(data, dict):
                for known in (
                    ResponseUnitTestModel,
                    ToolCallUnitTestModel,
                    SimulationTestModel,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                test_info_type_0_type_0 = ResponseUnitTestModel.from_dict(data)

                return test_info_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                test_info_type_0_type_1 = ToolCallUnitTestModel.from_dict(data)

                return test_info_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                test_info_type_0_type_2 = SimulationTestModel.from_dict(data)

                return test_info_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            test_info_type_0_type_3 = UnknownVariant.from_dict(data)

            return test_info_type_0_type_3

        test_info = _parse_test_info(test_info_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        test_info = deviating_field(cls, "test_info", test_info_raw)

    return test_info


_read_branch_id = plain_reader(
    "branch_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_workflow_node_id = plain_reader(
    "workflow_node_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_agent_responses(cls: type[UnitTestRunResponseModel], d: Mapping[str, Any]) -> Any:
    agent_responses_raw = d.get("agent_responses", UNSET)
    try:

        def _parse_agent_responses(data: object) -> list[ConversationHistoryTranscriptCommonModelOutput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            agent_responses_type_0 = []
            _agent_responses_type_0 = data
            for agent_responses_type_0_item_data in _agent_responses_type_0:
                agent_responses_type_0_item = ConversationHistoryTranscriptCommonModelOutput.from_dict(
                    agent_responses_type_0_item_data
                )

                agent_responses_type_0.append(agent_responses_type_0_item)

            return agent_responses_type_0

        agent_responses = _parse_agent_responses(agent_responses_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        agent_responses = deviating_field(cls, "agent_responses", agent_responses_raw)

    return agent_responses


_read_test_name = plain_reader("test_name", (str,), "a string", False)


def _read_condition_result(cls: type[UnitTestRunResponseModel], d: Mapping[str, Any]) -> Any:
    condition_result_raw = d.get("condition_result", UNSET)
    try:

        def _parse_condition_result(data: object) -> None | TestConditionResultCommonModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            condition_result_type_0 = TestConditionResultCommonModel.from_dict(data)

            return condition_result_type_0

        condition_result = _parse_condition_result(condition_result_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        condition_result = deviating_field(cls, "condition_result", condition_result_raw)

    return condition_result


_read_last_updated_at_unix = plain_reader("last_updated_at_unix", (int,), "an integer", False)


def _read_metadata(cls: type[UnitTestRunResponseModel], d: Mapping[str, Any]) -> Any:
    metadata_raw = d.get("metadata", UNSET)
    try:

        def _parse_metadata(data: object) -> None | TestRunMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            metadata_type_0 = TestRunMetadata.from_dict(data)

            return metadata_type_0

        metadata = _parse_metadata(metadata_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        metadata = deviating_field(cls, "metadata", metadata_raw)

    return metadata


_read_root_folder_id = plain_reader(
    "root_folder_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_root_folder_name = plain_reader(
    "root_folder_name",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_environment = plain_reader(
    "environment",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "test_run_id",
        "test_invocation_id",
        "agent_id",
        "status",
        "test_id",
        "test_info",
        "branch_id",
        "workflow_node_id",
        "agent_responses",
        "test_name",
        "condition_result",
        "last_updated_at_unix",
        "metadata",
        "root_folder_id",
        "root_folder_name",
        "environment",
    )
)


def _read_additional_properties(cls: type[UnitTestRunResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[UnitTestRunResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    test_run_id = d.get("test_run_id", MISSING)
    if test_run_id.__class__ is not str:
        test_run_id = _read_test_run_id(cls, d)

    test_invocation_id = d.get("test_invocation_id", MISSING)
    if test_invocation_id.__class__ is not str:
        test_invocation_id = _read_test_invocation_id(cls, d)

    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str:
        agent_id = _read_agent_id(cls, d)

    status = d.get("status", MISSING)
    if status.__class__ is not str:
        status = _read_status(cls, d)

    test_id = d.get("test_id", MISSING)
    if test_id.__class__ is not str:
        test_id = _read_test_id(cls, d)

    if "test_info" in known:
        test_info = known["test_info"]
    else:
        test_info = d.get("test_info", UNSET)
        if test_info is not UNSET and test_info is not None:
            test_info = _read_test_info(cls, d)

    branch_id = d.get("branch_id", UNSET)
    if branch_id.__class__ is not str and branch_id is not None and branch_id is not UNSET:
        branch_id = _read_branch_id(cls, d)

    workflow_node_id = d.get("workflow_node_id", UNSET)
    if workflow_node_id.__class__ is not str and workflow_node_id is not None and workflow_node_id is not UNSET:
        workflow_node_id = _read_workflow_node_id(cls, d)

    if "agent_responses" in known:
        agent_responses = known["agent_responses"]
    else:
        agent_responses = d.get("agent_responses", UNSET)
        if agent_responses is not UNSET and agent_responses is not None:
            agent_responses = _read_agent_responses(cls, d)

    test_name = d.get("test_name", UNSET)
    if test_name.__class__ is not str and test_name is not UNSET:
        test_name = _read_test_name(cls, d)

    if "condition_result" in known:
        condition_result = known["condition_result"]
    else:
        condition_result = d.get("condition_result", UNSET)
        if condition_result is not UNSET and condition_result is not None:
            condition_result = _read_condition_result(cls, d)

    last_updated_at_unix = d.get("last_updated_at_unix", UNSET)
    if last_updated_at_unix.__class__ is not int and last_updated_at_unix is not UNSET:
        last_updated_at_unix = _read_last_updated_at_unix(cls, d)

    if "metadata" in known:
        metadata = known["metadata"]
    else:
        metadata = d.get("metadata", UNSET)
        if metadata is not UNSET and metadata is not None:
            metadata = _read_metadata(cls, d)

    root_folder_id = d.get("root_folder_id", UNSET)
    if root_folder_id.__class__ is not str and root_folder_id is not None and root_folder_id is not UNSET:
        root_folder_id = _read_root_folder_id(cls, d)

    root_folder_name = d.get("root_folder_name", UNSET)
    if root_folder_name.__class__ is not str and root_folder_name is not None and root_folder_name is not UNSET:
        root_folder_name = _read_root_folder_name(cls, d)

    environment = d.get("environment", UNSET)
    if environment.__class__ is not str and environment is not None and environment is not UNSET:
        environment = _read_environment(cls, d)

    return {
        "test_run_id": test_run_id,
        "test_invocation_id": test_invocation_id,
        "agent_id": agent_id,
        "status": status,
        "test_id": test_id,
        "test_info": test_info,
        "branch_id": branch_id,
        "workflow_node_id": workflow_node_id,
        "agent_responses": agent_responses,
        "test_name": test_name,
        "condition_result": condition_result,
        "last_updated_at_unix": last_updated_at_unix,
        "metadata": metadata,
        "root_folder_id": root_folder_id,
        "root_folder_name": root_folder_name,
        "environment": environment,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    UnitTestRunResponseModel,
    _all_fields,
    {
        "test_run_id": _read_test_run_id,
        "test_invocation_id": _read_test_invocation_id,
        "agent_id": _read_agent_id,
        "status": _read_status,
        "test_id": _read_test_id,
        "test_info": _read_test_info,
        "branch_id": _read_branch_id,
        "workflow_node_id": _read_workflow_node_id,
        "agent_responses": _read_agent_responses,
        "test_name": _read_test_name,
        "condition_result": _read_condition_result,
        "last_updated_at_unix": _read_last_updated_at_unix,
        "metadata": _read_metadata,
        "root_folder_id": _read_root_folder_id,
        "root_folder_name": _read_root_folder_name,
        "environment": _read_environment,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_transcript_common_model_output import ConversationHistoryTranscriptCommonModelOutput
from ..models.response_unit_test_model import ResponseUnitTestModel
from ..models.simulation_test_model import SimulationTestModel
from ..models.test_condition_result_common_model import TestConditionResultCommonModel
from ..models.test_run_metadata import TestRunMetadata
from ..models.tool_call_unit_test_model import ToolCallUnitTestModel
from ..models.unknown_variant import UnknownVariant
