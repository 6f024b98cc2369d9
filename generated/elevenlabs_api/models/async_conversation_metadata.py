from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    AsyncConversationMetadataDeliveryStatus,
)
from ..types import (
    ANY,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    literal,
    union,
)


@_attrs_define(slots=False)
class AsyncConversationMetadata(Lazy, AdditionalProperties[Any]):
    """Attributes:
    retry_count: Defaults to 0 on the server.
    """

    delivery_status: AsyncConversationMetadataDeliveryStatus | str

    delivery_timestamp: int

    external_system: str

    external_id: str

    delivery_error: None | str | Unset = UNSET

    retry_count: int | Unset = UNSET

    last_retry_timestamp: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "delivery_status",
            "delivery_status",
            union(literal("AsyncConversationMetadataDeliveryStatus"), STR),
            required=True,
        ),
        Field("delivery_timestamp", "delivery_timestamp", INT, required=True),
        Field("external_system", "external_system", STR, required=True),
        Field("external_id", "external_id", STR, required=True),
        Field("delivery_error", "delivery_error", union(STR, NULL)),
        Field("retry_count", "retry_count", INT),
        Field("last_retry_timestamp", "last_retry_timestamp", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
