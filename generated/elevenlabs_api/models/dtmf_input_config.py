from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="DTMFInputConfig")


@_attrs_define
class DTMFInputConfig:
    """Configuration for DTMF (keypad) input collection during phone calls.

    Attributes:
        dtmf_input_timeout (float | Unset): Timeout in seconds to wait for additional DTMF digits Default: 2.0.
        hash_terminator (bool | Unset): If true, pressing # immediately completes DTMF input Default: True.
        redact_input (bool | Unset): If true, replace the caller's DTMF (keypad) entries with a redaction marker in the
            transcript, conversation log and analysis. Digits the agent repeats back or passes to a tool are not affected.
            Default: False.
    """

    dtmf_input_timeout: float | Unset = 2.0

    hash_terminator: bool | Unset = True

    redact_input: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dtmf_input_timeout = self.dtmf_input_timeout

        hash_terminator = self.hash_terminator

        redact_input = self.redact_input

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dtmf_input_timeout is not UNSET:
            field_dict["dtmf_input_timeout"] = dtmf_input_timeout
        if hash_terminator is not UNSET:
            field_dict["hash_terminator"] = hash_terminator
        if redact_input is not UNSET:
            field_dict["redact_input"] = redact_input
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        dtmf_input_timeout = d.pop("dtmf_input_timeout", UNSET)
        if (
            dtmf_input_timeout.__class__ is not float
            and dtmf_input_timeout.__class__ is not int
            and dtmf_input_timeout is not UNSET
        ):
            dtmf_input_timeout = unexpected_type(cls, "dtmf_input_timeout", dtmf_input_timeout, "a number")

        hash_terminator = d.pop("hash_terminator", UNSET)
        if hash_terminator.__class__ is not bool and hash_terminator is not UNSET:
            hash_terminator = unexpected_type(cls, "hash_terminator", hash_terminator, "a boolean")

        redact_input = d.pop("redact_input", UNSET)
        if redact_input.__class__ is not bool and redact_input is not UNSET:
            redact_input = unexpected_type(cls, "redact_input", redact_input, "a boolean")

        dtmf_input_config = cls(
            dtmf_input_timeout=dtmf_input_timeout,
            hash_terminator=hash_terminator,
            redact_input=redact_input,
        )
        dtmf_input_config.additional_properties = d
        return dtmf_input_config

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
