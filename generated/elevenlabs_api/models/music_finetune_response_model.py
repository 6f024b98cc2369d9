from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    DATETIME,
    FLOAT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    union,
)
from ..models._literals import (
    FinetuneCreatedBy,
    FinetuneVisibility,
    MusicFinetuneFailureReason,
    MusicFinetuneStatus,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class MusicFinetuneResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    id: Unique identifier of the finetune.
    name: Name of the finetune.
    tags: Tags associated with the finetune.
    model_id: The base music model the finetune was trained on.
    created_at: When the finetune was created (UTC).
    visibility: Who can access this finetune: `private` (only you), `workspace` (members of your workspace),
        `public` (ElevenLabs-curated, available to everyone).
    created_by: Who created the finetune: `self`, `workspace`, or `elevenlabs`.
    status: Training lifecycle status: pending, in_progress, completed, failed, and blocked.
    training_progress: Training progress from 0.0 to 1.0.
    primary_genre: Primary musical genre of the finetune.
    failure_reason: Reason the finetune failed or was blocked, if applicable.
    """

    id: str

    name: str

    tags: list[str]

    model_id: str

    created_at: datetime.datetime

    visibility: FinetuneVisibility | str

    created_by: FinetuneCreatedBy | str

    status: MusicFinetuneStatus | str

    training_progress: float

    primary_genre: None | str | Unset = UNSET

    failure_reason: MusicFinetuneFailureReason | None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("tags", "tags", list_of(STR), required=True),
        Field("model_id", "model_id", STR, required=True),
        Field("created_at", "created_at", DATETIME, required=True),
        Field("visibility", "visibility", union(literal("FinetuneVisibility"), STR), required=True),
        Field("created_by", "created_by", union(literal("FinetuneCreatedBy"), STR), required=True),
        Field("status", "status", union(literal("MusicFinetuneStatus"), STR), required=True),
        Field("training_progress", "training_progress", FLOAT, required=True),
        Field("primary_genre", "primary_genre", union(STR, NULL)),
        Field("failure_reason", "failure_reason", union(literal("MusicFinetuneFailureReason"), NULL, STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )
