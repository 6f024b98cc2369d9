from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, FLOAT, INT, STR, AdditionalProperties, Field, Lazy, dict_of, literal, object_of, union
from ..models._literals import PendingClipTaskTypeType0
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class PendingClipTask(Lazy, AdditionalProperties[Any]):
    """Attributes:
    progress: Defaults to 0.0 on the server.
    """

    type_: PendingClipTaskTypeType0 | str

    progress: float | Unset = UNSET

    started_at_ms: int | Unset = UNSET

    updated_at_ms: int | Unset = UNSET

    metadata: PendingClipTaskMetadata | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", union(literal("PendingClipTaskTypeType0"), STR), required=True),
        Field("progress", "progress", FLOAT),
        Field("started_at_ms", "started_at_ms", INT),
        Field("updated_at_ms", "updated_at_ms", INT),
        Field("metadata", "metadata", object_of("PendingClipTaskMetadata")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class PendingClipTaskMetadata(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)
