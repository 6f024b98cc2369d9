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
class DeleteAssetParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'delete_asset'.
    """

    smb_tool_type: Literal["delete_asset"] | Unset = _attrs_field(
        default="delete_asset",
        kw_only=True,
        validator=types.tag("DeleteAssetParams", "smb_tool_type", "delete_asset"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("delete_asset")),
        Field("additional_properties", None, dict_of(ANY)),
    )
