from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    check_items,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ResubmitTestsRequestModel")


@_attrs_define
class ResubmitTestsRequestModel:
    """Attributes:
    test_run_ids (list[str]): List of test run IDs to resubmit
    agent_id (str): Agent ID to resubmit tests for
    agent_config_override (AdhocAgentConfigOverrideForTestRequestModel | None | Unset): Configuration overrides to
        use for testing. If not provided, the agent's default configuration will be used.
    branch_id (None | str | Unset): ID of the branch to run the tests on. If not provided, the tests will be run on
        the agent's main branch.
    """

    test_run_ids: list[str]

    agent_id: str

    agent_config_override: AdhocAgentConfigOverrideForTestRequestModel | None | Unset = UNSET

    branch_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        test_run_ids: Any
        try:
            test_run_ids = self.test_run_ids

        except (AttributeError, TypeError):
            test_run_ids = self.test_run_ids

        agent_id = self.agent_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if test_run_ids is not None or "test_run_ids" not in self._missing_fields:
            field_dict["test_run_ids"] = test_run_ids
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if agent_config_override is not UNSET:
            field_dict["agent_config_override"] = agent_config_override
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        test_run_ids = d.pop("test_run_ids", MISSING)
        if test_run_ids.__class__ is not list:
            if test_run_ids is MISSING:
                test_run_ids = missing_field(cls, "test_run_ids")
                _missing += ("test_run_ids",)
            else:
                test_run_ids = unexpected_type(cls, "test_run_ids", test_run_ids, "an array")
        elif test_run_ids.__class__ is list and test_run_ids:
            check_items(cls, "test_run_ids", test_run_ids, (str,), "a string")

        agent_id = d.pop("agent_id", MISSING)
        if agent_id.__class__ is not str:
            if agent_id is MISSING:
                agent_id = missing_field(cls, "agent_id")
                _missing += ("agent_id",)
            else:
                agent_id = unexpected_type(cls, "agent_id", agent_id, "a string")

        agent_config_override_raw = d.pop("agent_config_override", UNSET)
        try:

            def _parse_agent_config_override(
                data: object,
            ) -> AdhocAgentConfigOverrideForTestRequestModel | None | Unset:
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

        branch_id = d.pop("branch_id", UNSET)
        if branch_id.__class__ is not str and branch_id is not None and branch_id is not UNSET:
            branch_id = unexpected_type(cls, "branch_id", branch_id, "a string or null")

        resubmit_tests_request_model = cls(
            test_run_ids=test_run_ids,
            agent_id=agent_id,
            agent_config_override=agent_config_override,
            branch_id=branch_id,
        )
        if _missing:
            resubmit_tests_request_model._missing_fields = _missing
        resubmit_tests_request_model.additional_properties = d
        return resubmit_tests_request_model

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.adhoc_agent_config_override_for_test_request_model import AdhocAgentConfigOverrideForTestRequestModel
