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
class SubmitBusinessInfoParams(Lazy, AdditionalProperties[Any]):
    """Finalize the onboarding interview: create a text knowledge source and mark done.

    Attributes:
        smb_tool_type:  Default: 'submit_business_info'.
    """

    smb_tool_type: Literal["submit_business_info"] | Unset = _attrs_field(
        default="submit_business_info",
        kw_only=True,
        validator=types.tag("SubmitBusinessInfoParams", "smb_tool_type", "submit_business_info"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("submit_business_info")),
        Field("additional_properties", None, dict_of(ANY)),
    )
