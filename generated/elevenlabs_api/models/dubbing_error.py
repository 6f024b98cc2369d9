from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class DubbingError(Lazy, AdditionalProperties[Any]):
    """Attributes:
    code: Stable identifier for the failure, safe to branch on. New codes are added over time, so treat an
        unrecognized value as 'internal_error'.
    message: Human-readable description of the failure, for display. The wording may change at any time; branch on
        `code` instead.
    retryable: Whether resubmitting the same input could succeed. False means the failure describes the input or the
        account, so an identical retry will fail the same way.
    """

    code: str

    message: str

    retryable: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("code", "code", STR, required=True),
        Field("message", "message", STR, required=True),
        Field("retryable", "retryable", BOOL, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
