from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)
from ..types import Unset


@_attrs_define(slots=False)
class AgentTransferOpReplace(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'replace'.
    """

    type_: Literal["replace"] | Unset = _attrs_field(
        default="replace",
        kw_only=True,
        alias="type",
        validator=types.tag("AgentTransferOpReplace", "type", "replace"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("replace")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AgentTransferOpReplace, type_="type")
