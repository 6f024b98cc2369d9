from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    union,
)
from ..models._literals import (
    MockingStrategy,
    MockNoMatchBehavior,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class SimulationToolMockBehaviorConfig(Lazy, AdditionalProperties[Any]):
    """Simulation/preview-side config: tools are identified by IDs, resolved to names at runtime.

    Attributes:
        mocking_strategy: Which tools to mock: 'all' mocks every mockable tool, 'selected' mocks only those in
            mocked_tool_names/mocked_tool_ids, 'none' disables mocking. Defaults to 'none' on the server.
        fallback_strategy: Behavior when no mock matches a tool call. Defaults to 'raise_error' on the server.
        mocked_tool_ids: Tool IDs to mock. Resolved to tool names before being passed to the orchestrator.
    """

    mocking_strategy: MockingStrategy | str | Unset = UNSET

    fallback_strategy: MockNoMatchBehavior | str | Unset = UNSET

    mocked_tool_ids: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("mocking_strategy", "mocking_strategy", union(literal("MockingStrategy"), STR)),
        Field("fallback_strategy", "fallback_strategy", union(literal("MockNoMatchBehavior"), STR)),
        Field("mocked_tool_ids", "mocked_tool_ids", list_of(STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )
