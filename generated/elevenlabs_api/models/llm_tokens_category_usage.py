from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    INT,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class LlmTokensCategoryUsage(Lazy, AdditionalProperties[Any]):
    """Attributes:
    tokens: Defaults to 0 on the server.
    price: Defaults to 0 on the server.
    """

    tokens: int | Unset = UNSET

    price: float | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("tokens", "tokens", INT),
        Field("price", "price", FLOAT),
        Field("additional_properties", None, dict_of(ANY)),
    )
