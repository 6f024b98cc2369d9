from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import ProcedureType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class UpdateProcedureDraftRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name: Procedure name
    content: Procedure content
    trigger: When the agent should use this procedure. Empty string means this is a sub-procedure that should only
        start when another procedure references it. If omitted or null, the trigger is derived from the content instead.
        Also accepts `description` as an alias.
    """

    name: str

    content: str

    type_: ProcedureType

    trigger: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("content", "content", STR, required=True),
        Field("type_", "type", literal("ProcedureType"), required=True),
        Field("trigger", "trigger", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
