from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class DtmfInputConfig(Lazy, AdditionalProperties[Any]):
    """Configuration for DTMF (keypad) input collection during phone calls.

    Attributes:
        dtmf_input_timeout: Timeout in seconds to wait for additional DTMF digits Defaults to 2.0 on the server.
        hash_terminator: If true, pressing # immediately completes DTMF input Defaults to True on the server.
        redact_input: If true, replace the caller's DTMF (keypad) entries with a redaction marker in the transcript,
            conversation log and analysis. Digits the agent repeats back or passes to a tool are not affected. Defaults to
            False on the server.
    """

    dtmf_input_timeout: float | Unset = UNSET

    hash_terminator: bool | Unset = UNSET

    redact_input: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("dtmf_input_timeout", "dtmf_input_timeout", FLOAT),
        Field("hash_terminator", "hash_terminator", BOOL),
        Field("redact_input", "redact_input", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
