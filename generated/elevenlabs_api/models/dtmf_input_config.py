from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DtmfInputConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DtmfInputConfig(Lazy):
    """Configuration for DTMF (keypad) input collection during phone calls.

    Attributes:
        dtmf_input_timeout (float | Unset): Timeout in seconds to wait for additional DTMF digits Defaults to 2.0 on the
            server.
        hash_terminator (bool | Unset): If true, pressing # immediately completes DTMF input Defaults to True on the
            server.
        redact_input (bool | Unset): If true, replace the caller's DTMF (keypad) entries with a redaction marker in the
            transcript, conversation log and analysis. Digits the agent repeats back or passes to a tool are not affected.
            Defaults to False on the server.
    """

    dtmf_input_timeout: float | Unset = UNSET

    hash_terminator: bool | Unset = UNSET

    redact_input: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dtmf_input_config = cls.__new__(cls)
        dtmf_input_config.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_dtmf_input_timeout = plain_reader(
    "dtmf_input_timeout",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_hash_terminator = plain_reader("hash_terminator", (bool,), "a boolean", False)

_read_redact_input = plain_reader("redact_input", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "dtmf_input_timeout",
        "hash_terminator",
        "redact_input",
    )
)


def _read_additional_properties(cls: type[DtmfInputConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DtmfInputConfig], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    dtmf_input_timeout = d.get("dtmf_input_timeout", UNSET)
    if (
        dtmf_input_timeout.__class__ is not float
        and dtmf_input_timeout.__class__ is not int
        and dtmf_input_timeout is not UNSET
    ):
        dtmf_input_timeout = _read_dtmf_input_timeout(cls, d)

    hash_terminator = d.get("hash_terminator", UNSET)
    if hash_terminator.__class__ is not bool and hash_terminator is not UNSET:
        hash_terminator = _read_hash_terminator(cls, d)

    redact_input = d.get("redact_input", UNSET)
    if redact_input.__class__ is not bool and redact_input is not UNSET:
        redact_input = _read_redact_input(cls, d)

    return {
        "dtmf_input_timeout": dtmf_input_timeout,
        "hash_terminator": hash_terminator,
        "redact_input": redact_input,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    DtmfInputConfig,
    _all_fields,
    {
        "dtmf_input_timeout": _read_dtmf_input_timeout,
        "hash_terminator": _read_hash_terminator,
        "redact_input": _read_redact_input,
        "additional_properties": _read_additional_properties,
    },
)
