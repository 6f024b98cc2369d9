from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    parse_strictly,
    unexpected_type,
)

T = TypeVar("T", bound="GetKnowledgeBaseDependentAgentsResponseModel")


@_attrs_define
class GetKnowledgeBaseDependentAgentsResponseModel:
    """Attributes:
    agents (list[DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant]):
    has_more (bool):
    branches (list[DependentBranchInfo] | Unset):
    next_cursor (None | str | Unset):
    """

    agents: list[DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant]

    has_more: bool

    branches: list[DependentBranchInfo] | Unset = UNSET

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        agents: Any
        try:
            agents = []
            for agents_item_data in self.agents:
                agents_item: dict[str, Any]
                if (
                    isinstance(agents_item_data, DependentAvailableAgentIdentifier)
                    or isinstance(agents_item_data, DependentUnknownAgentIdentifier)
                    or isinstance(agents_item_data, UnknownVariant)
                ):
                    agents_item = agents_item_data.to_dict()
                else:
                    agents_item = agents_item_data

                agents.append(agents_item)

        except (AttributeError, TypeError):
            agents = self.agents

        has_more = self.has_more

        branches: Any
        try:
            branches = UNSET
            if not isinstance(self.branches, Unset):
                branches = []
                for branches_item_data in self.branches:
                    branches_item = branches_item_data.to_dict()
                    branches.append(branches_item)

        except (AttributeError, TypeError):
            branches = self.branches

        next_cursor: Any
        try:
            next_cursor = self.next_cursor

        except (AttributeError, TypeError):
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agents is not None or "agents" not in self._missing_fields:
            field_dict["agents"] = agents
        if has_more is not None or "has_more" not in self._missing_fields:
            field_dict["has_more"] = has_more
        if branches is not UNSET:
            field_dict["branches"] = branches
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        agents_raw = d.pop("agents", MISSING)
        if agents_raw is MISSING:
            agents = missing_field(cls, "agents")
            _missing += ("agents",)
        else:
            try:
                expect_array("agents", agents_raw)
                agents = []
                _agents = agents_raw
                for agents_item_data in _agents:

                    def _parse_agents_item(
                        data: object,
                    ) -> DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant:
                        return parse_strictly(_parse_agents_item_member, data)

                    def _parse_agents_item_member(
                        data: object,
                    ) -> DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant:
                        if isinstance(data, dict):
                            for known in (
                                DependentAvailableAgentIdentifier,
                                DependentUnknownAgentIdentifier,
                            ):
                                kind = getattr(known, "_kind", None)
                                if kind is not None and data.get(kind[0]) == kind[1]:
                                    return known.from_dict(data)

                        try:
                            if not isinstance(data, dict):
                                raise TypeError(f"got {type(data).__name__}")
                            agents_item_type_0 = DependentAvailableAgentIdentifier.from_dict(data)

                            return agents_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError(f"got {type(data).__name__}")
                            agents_item_type_1 = DependentUnknownAgentIdentifier.from_dict(data)

                            return agents_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        agents_item_type_2 = UnknownVariant.from_dict(data)

                        return agents_item_type_2

                    agents_item = _parse_agents_item(agents_item_data)

                    agents.append(agents_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                agents = deviating_field(cls, "agents", agents_raw)

        has_more = d.pop("has_more", MISSING)
        if has_more.__class__ is not bool:
            if has_more is MISSING:
                has_more = missing_field(cls, "has_more")
                _missing += ("has_more",)
            else:
                has_more = unexpected_type(cls, "has_more", has_more, "a boolean")

        branches_raw = d.pop("branches", UNSET)
        try:
            expect_array("branches", branches_raw)
            _branches = branches_raw
            branches: list[DependentBranchInfo] | Unset = UNSET
            if _branches is not UNSET:
                branches = []
                for branches_item_data in _branches:
                    branches_item = DependentBranchInfo.from_dict(branches_item_data)

                    branches.append(branches_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            branches = deviating_field(cls, "branches", branches_raw)

        next_cursor = d.pop("next_cursor", UNSET)
        if next_cursor.__class__ is not str and next_cursor is not None and next_cursor is not UNSET:
            next_cursor = unexpected_type(cls, "next_cursor", next_cursor, "a string or null")

        get_knowledge_base_dependent_agents_response_model = cls(
            agents=agents,
            has_more=has_more,
            branches=branches,
            next_cursor=next_cursor,
        )
        if _missing:
            get_knowledge_base_dependent_agents_response_model._missing_fields = _missing
        get_knowledge_base_dependent_agents_response_model.additional_properties = d
        return get_knowledge_base_dependent_agents_response_model

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
from ..models.dependent_available_agent_identifier import DependentAvailableAgentIdentifier
from ..models.dependent_branch_info import DependentBranchInfo
from ..models.dependent_unknown_agent_identifier import DependentUnknownAgentIdentifier
from ..models.unknown_variant import UnknownVariant
