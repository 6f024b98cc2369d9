from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class TelephonyCallConfig(Lazy, AdditionalProperties[Any]):
    """Attributes:
    ringing_timeout_secs: How long to ring the recipient before giving up, in seconds. Note that this will also be
        limited by the provider's own constraints. Defaults to 60 on the server.
    twilio_call_recording_enabled: Whether to record the call using Twilio call recording. Ignored for non-Twilio
        providers. Recordings are stored in your Twilio account. Defaults to False on the server.
    """

    ringing_timeout_secs: int | Unset = UNSET

    twilio_call_recording_enabled: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("ringing_timeout_secs", "ringing_timeout_secs", INT),
        Field("twilio_call_recording_enabled", "twilio_call_recording_enabled", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
