from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import TestRunMetadataTestTypeType0
from ..types import (
    ANY,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    literal,
    union,
)


@_attrs_define(slots=False)
class TestRunMetadata(Lazy, AdditionalProperties[Any]):
    """Attributes:
    test_type: Defaults to 'llm' on the server.
    """

    workspace_id: str

    test_name: str

    ran_by_user_email: str

    test_type: str | TestRunMetadataTestTypeType0 | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("workspace_id", "workspace_id", STR, required=True),
        Field("test_name", "test_name", STR, required=True),
        Field("ran_by_user_email", "ran_by_user_email", STR, required=True),
        Field("test_type", "test_type", union(literal("TestRunMetadataTestTypeType0"), STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )
