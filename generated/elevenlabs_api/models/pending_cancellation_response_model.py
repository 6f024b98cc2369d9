from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    INT,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
)


@_attrs_define(slots=False)
class PendingCancellationResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    timestamp_seconds: The timestamp of the cancellation.
    kind:  Default: 'cancellation'.
    """

    timestamp_seconds: int

    kind: Literal["cancellation"] | Unset = _attrs_field(
        default="cancellation",
        kw_only=True,
        validator=types.tag("PendingCancellationResponseModel", "kind", "cancellation"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("timestamp_seconds", "timestamp_seconds", INT, required=True),
        Field("kind", "kind", const("cancellation")),
        Field("additional_properties", None, dict_of(ANY)),
    )
