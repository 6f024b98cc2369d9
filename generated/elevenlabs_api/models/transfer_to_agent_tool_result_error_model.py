from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)
from ..types import Unset


@_attrs_define(slots=False)
class TransferToAgentToolResultErrorModel(Lazy, AdditionalProperties[Any]):
    from_agent: str

    error: str

    result_type: Literal["transfer_to_agent_error"] | Unset = _attrs_field(
        default="transfer_to_agent_error",
        kw_only=True,
        validator=types.tag("TransferToAgentToolResultErrorModel", "result_type", "transfer_to_agent_error"),
    )

    status: Literal["error"] | Unset = _attrs_field(
        default="error",
        kw_only=True,
        validator=types.tag("TransferToAgentToolResultErrorModel", "status", "error"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("from_agent", "from_agent", STR, required=True),
        Field("error", "error", STR, required=True),
        Field("result_type", "result_type", const("transfer_to_agent_error")),
        Field("status", "status", const("error")),
        Field("additional_properties", None, dict_of(ANY)),
    )
