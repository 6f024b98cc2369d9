from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    literal,
    union,
)
from ..models._literals import (
    MediaGenerationFailedResponseFailureReasonType0,
)


@_attrs_define(slots=False)
class MediaGenerationFailedResponse(Lazy, AdditionalProperties[Any]):
    """A failed media generation and why it failed.

    Example:
        {'error_message': 'Timed out while processing. You were not charged for this generation.', 'failure_reason':
        'timeout', 'id': 'JWr5N6X9ZTqf8jD2LmQb', 'status': 'failed'}

    Attributes:
        id: The unique identifier of the generation.
        status: The lifecycle status of the generation.
        failure_reason: The category of failure.
        error_message: A human-readable description of the failure. Failed generations are not charged.
    """

    id: str

    status: Literal["failed"] = _attrs_field(
        default="failed",
        kw_only=True,
        validator=types.tag("MediaGenerationFailedResponse", "status", "failed"),
    )

    failure_reason: MediaGenerationFailedResponseFailureReasonType0 | str

    error_message: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("status", "status", const("failed"), required=True),
        Field(
            "failure_reason",
            "failure_reason",
            union(literal("MediaGenerationFailedResponseFailureReasonType0"), STR),
            required=True,
        ),
        Field("error_message", "error_message", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
