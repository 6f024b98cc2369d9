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
class ListClientInteractionsParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'list_client_interactions'.
    """

    smb_tool_type: Literal["list_client_interactions"] | Unset = _attrs_field(
        default="list_client_interactions",
        kw_only=True,
        validator=types.tag("ListClientInteractionsParams", "smb_tool_type", "list_client_interactions"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("list_client_interactions")),
        Field("additional_properties", None, dict_of(ANY)),
    )
