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
    object_of,
    union,
)


@_attrs_define(slots=False)
class TransferToAgentToolResultSuccessModelOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    result_type:  Default: 'transfer_to_agent_success'.
    status:  Default: 'success'.
    delay_ms: Defaults to 0 on the server.
    enable_transferred_agent_first_message: Defaults to False on the server.
    preserve_client_tts_overrides: Defaults to False on the server.
    """

    from_agent: str

    to_agent: str

    condition: str

    result_type: Literal["transfer_to_agent_success"] | Unset = _attrs_field(
        default="transfer_to_agent_success",
        kw_only=True,
        validator=types.tag("TransferToAgentToolResultSuccessModelOutput", "result_type", "transfer_to_agent_success"),
    )

    status: Literal["success"] | Unset = _attrs_field(
        default="success",
        kw_only=True,
        validator=types.tag("TransferToAgentToolResultSuccessModelOutput", "status", "success"),
    )

    to_node: None | str | Unset = UNSET

    delay_ms: int | Unset = UNSET

    transfer_message: None | str | Unset = UNSET

    enable_transferred_agent_first_message: bool | Unset = UNSET

    branch_info: None | TransferBranchInfoDefaultingToMain | TransferBranchInfoTrafficSplit | UnknownVariant | Unset = (
        UNSET
    )

    preserve_client_tts_overrides: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("from_agent", "from_agent", STR, required=True),
        Field("to_agent", "to_agent", STR, required=True),
        Field("condition", "condition", STR, required=True),
        Field("result_type", "result_type", const("transfer_to_agent_success")),
        Field("status", "status", const("success")),
        Field("to_node", "to_node", union(STR, NULL)),
        Field("delay_ms", "delay_ms", INT),
        Field("transfer_message", "transfer_message", union(STR, NULL)),
        Field("enable_transferred_agent_first_message", "enable_transferred_agent_first_message", BOOL),
        Field(
            "branch_info",
            "branch_info",
            union(
                object_of("TransferBranchInfoTrafficSplit"),
                object_of("TransferBranchInfoDefaultingToMain"),
                object_of("UnknownVariant"),
                NULL,
            ),
        ),
        Field("preserve_client_tts_overrides", "preserve_client_tts_overrides", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.transfer_branch_info_defaulting_to_main import TransferBranchInfoDefaultingToMain
from ..models.transfer_branch_info_traffic_split import TransferBranchInfoTrafficSplit
from ..models.unknown_variant import UnknownVariant
