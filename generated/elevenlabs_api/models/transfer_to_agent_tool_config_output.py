from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
)

T = TypeVar("T", bound="TransferToAgentToolConfigOutput")


@_attrs_define
class TransferToAgentToolConfigOutput:
    """Attributes:
    transfers (list[AgentTransferOutput]):
    system_tool_type (Literal['transfer_to_agent'] | Unset):  Default: 'transfer_to_agent'.
    """

    transfers: list[AgentTransferOutput]

    system_tool_type: Literal["transfer_to_agent"] | Unset = "transfer_to_agent"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("system_tool_type", "transfer_to_agent")

    def to_dict(self) -> dict[str, Any]:
        transfers: Any
        try:
            transfers = []
            for transfers_item_data in self.transfers:
                transfers_item = transfers_item_data.to_dict()
                transfers.append(transfers_item)

        except (AttributeError, TypeError):
            transfers = self.transfers

        system_tool_type = self.system_tool_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if transfers is not None or "transfers" not in self._missing_fields:
            field_dict["transfers"] = transfers
        if system_tool_type is not UNSET:
            field_dict["system_tool_type"] = system_tool_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        system_tool_type_raw = d.pop("system_tool_type", UNSET)
        system_tool_type = cast(Literal["transfer_to_agent"] | Unset, system_tool_type_raw)
        if system_tool_type != "transfer_to_agent" and not isinstance(system_tool_type, Unset):
            raise ValueError(f"system_tool_type must match const 'transfer_to_agent', got '{system_tool_type}'")

        transfers_raw = d.pop("transfers", MISSING)
        if transfers_raw is MISSING:
            transfers = missing_field(cls, "transfers")
            _missing += ("transfers",)
        else:
            try:
                expect_array("transfers", transfers_raw)
                transfers = []
                _transfers = transfers_raw
                for transfers_item_data in _transfers:
                    transfers_item = AgentTransferOutput.from_dict(transfers_item_data)

                    transfers.append(transfers_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                transfers = deviating_field(cls, "transfers", transfers_raw)

        transfer_to_agent_tool_config_output = cls(
            transfers=transfers,
            system_tool_type=system_tool_type,
        )
        if _missing:
            transfer_to_agent_tool_config_output._missing_fields = _missing
        transfer_to_agent_tool_config_output.additional_properties = d
        return transfer_to_agent_tool_config_output

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
from ..models.agent_transfer_output import AgentTransferOutput
