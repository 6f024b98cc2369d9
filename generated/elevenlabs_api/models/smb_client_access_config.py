from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class SmbClientAccessConfig(Lazy, AdditionalProperties[Any]):
    """Attributes:
    enable_secure_mode: Defaults to False on the server.
    identity_verification_enabled: Defaults to False on the server.
    identity_verification_email_enabled: Defaults to False on the server.
    identity_verification_sms_enabled: Defaults to False on the server.
    """

    enable_secure_mode: bool | Unset = UNSET

    identity_verification_enabled: bool | Unset = UNSET

    identity_verification_email_enabled: bool | Unset = UNSET

    identity_verification_sms_enabled: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("enable_secure_mode", "enable_secure_mode", BOOL),
        Field("identity_verification_enabled", "identity_verification_enabled", BOOL),
        Field("identity_verification_email_enabled", "identity_verification_email_enabled", BOOL),
        Field("identity_verification_sms_enabled", "identity_verification_sms_enabled", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
