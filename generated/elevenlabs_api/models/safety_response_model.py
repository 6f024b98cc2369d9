from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
)


@_attrs_define(slots=False)
class SafetyResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    is_blocked_ivc: Defaults to False on the server.
    is_blocked_non_ivc: Defaults to False on the server.
    ignore_safety_evaluation: Defaults to False on the server.
    """

    is_blocked_ivc: bool | Unset = UNSET

    is_blocked_non_ivc: bool | Unset = UNSET

    ignore_safety_evaluation: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("is_blocked_ivc", "is_blocked_ivc", BOOL),
        Field("is_blocked_non_ivc", "is_blocked_non_ivc", BOOL),
        Field("ignore_safety_evaluation", "ignore_safety_evaluation", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
