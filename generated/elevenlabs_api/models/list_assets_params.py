from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class ListAssetsParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'list_assets'.
    """

    list_kwargs: ListAssetsParamsListKwargs | Unset = UNSET

    smb_tool_type: Literal["list_assets"] | Unset = _attrs_field(
        default="list_assets",
        kw_only=True,
        validator=types.tag("ListAssetsParams", "smb_tool_type", "list_assets"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("list_kwargs", "list_kwargs", object_of("ListAssetsParamsListKwargs")),
        Field("smb_tool_type", "smb_tool_type", const("list_assets")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.list_assets_params_list_kwargs import ListAssetsParamsListKwargs
