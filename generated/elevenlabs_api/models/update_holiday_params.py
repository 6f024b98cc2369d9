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
class UpdateHolidayParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'update_holiday'.
    """

    smb_tool_type: Literal["update_holiday"] | Unset = _attrs_field(
        default="update_holiday",
        kw_only=True,
        validator=types.tag("UpdateHolidayParams", "smb_tool_type", "update_holiday"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("update_holiday")),
        Field("additional_properties", None, dict_of(ANY)),
    )
