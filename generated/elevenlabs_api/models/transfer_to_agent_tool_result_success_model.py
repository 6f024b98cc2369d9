from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class TransferToAgentToolResultSuccessModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    delay_ms: Defaults to 0 on the server.
    enable_transferred_agent_first_message: Defaults to False on the server.
    """

    from_agent: str

    to_agent: str

    condition: str

    result_type: Literal["transfer_to_agent_success"] | Unset = _attrs_field(
        default="transfer_to_agent_success",
        kw_only=True,
        validator=types.tag("TransferToAgentToolResultSuccessModel", "result_type", "transfer_to_agent_success"),
    )

    status: Literal["success"] | Unset = _attrs_field(
        default="success",
        kw_only=True,
        validator=types.tag("TransferToAgentToolResultSuccessModel", "status", "success"),
    )

    delay_ms: int | Unset = UNSET

    transfer_message: None | str | Unset = UNSET

    enable_transferred_agent_first_message: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("from_agent", "from_agent", STR, required=True),
        Field("to_agent", "to_agent", STR, required=True),
        Field("condition", "condition", STR, required=True),
        Field("result_type", "result_type", const("transfer_to_agent_success")),
        Field("status", "status", const("success")),
        Field("delay_ms", "delay_ms", INT),
        Field("transfer_message", "transfer_message", union(STR, NULL)),
        Field("enable_transferred_agent_first_message", "enable_transferred_agent_first_message", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
