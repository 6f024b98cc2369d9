from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class TransferToAgentToolConfigInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    system_tool_type:  Default: 'transfer_to_agent'.
    """

    transfers: list[AgentTransferInput]

    system_tool_type: Literal["transfer_to_agent"] | Unset = _attrs_field(
        default="transfer_to_agent",
        kw_only=True,
        validator=types.tag("TransferToAgentToolConfigInput", "system_tool_type", "transfer_to_agent"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("transfers", "transfers", list_of(object_of("AgentTransferInput")), required=True),
        Field("system_tool_type", "system_tool_type", const("transfer_to_agent")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_transfer_input import AgentTransferInput
