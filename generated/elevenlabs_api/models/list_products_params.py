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
class ListProductsParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'list_products'.
    """

    list_kwargs: ListProductsParamsListKwargs | Unset = UNSET

    smb_tool_type: Literal["list_products"] | Unset = _attrs_field(
        default="list_products",
        kw_only=True,
        validator=types.tag("ListProductsParams", "smb_tool_type", "list_products"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("list_kwargs", "list_kwargs", object_of("ListProductsParamsListKwargs")),
        Field("smb_tool_type", "smb_tool_type", const("list_products")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.list_products_params_list_kwargs import ListProductsParamsListKwargs
