from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import TestRunStatus
from ..types import (
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


@_attrs_define(slots=False)
class TestRunResultBucket(Lazy, AdditionalProperties[Any]):
    """Attributes:
    title: Short one-line title for this bucket
    reason: Short summary of why the test runs in this bucket passed or failed
    """

    test_run_ids: list[str]

    title: str

    reason: str

    status: str | TestRunStatus

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("test_run_ids", "test_run_ids", list_of(STR), required=True),
        Field("title", "title", STR, required=True),
        Field("reason", "reason", STR, required=True),
        Field("status", "status", union(literal("TestRunStatus"), STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
