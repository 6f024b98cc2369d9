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
class DummyToolResultModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    result_type:  Default: 'dummy'.
    """

    result_type: Literal["dummy"] | Unset = _attrs_field(
        default="dummy",
        kw_only=True,
        validator=types.tag("DummyToolResultModel", "result_type", "dummy"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("result_type", "result_type", const("dummy")),
        Field("additional_properties", None, dict_of(ANY)),
    )
