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
)


@_attrs_define(slots=False)
class ValidateUserVerificationCodeParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'validate_user_verification_code'.
    """

    smb_tool_type: Literal["validate_user_verification_code"] | Unset = _attrs_field(
        default="validate_user_verification_code",
        kw_only=True,
        validator=types.tag("ValidateUserVerificationCodeParams", "smb_tool_type", "validate_user_verification_code"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("validate_user_verification_code")),
        Field("additional_properties", None, dict_of(ANY)),
    )
