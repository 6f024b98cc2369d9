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
class CreateProcedureRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name: Procedure name Defaults to empty on the server.
    content: Initial procedure content Defaults to empty on the server.
    trigger: When the agent should use this procedure. Empty string means this is a sub-procedure that should only
        start when another procedure references it. If omitted or null, the trigger is derived from the content instead.
        Also accepts `description` as an alias.
    """

    name: str | Unset = UNSET

    content: str | Unset = UNSET

    type_: ProcedureType | Unset = UNSET

    trigger: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR),
        Field("content", "content", STR),
        Field("type_", "type", literal("ProcedureType")),
        Field("trigger", "trigger", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
