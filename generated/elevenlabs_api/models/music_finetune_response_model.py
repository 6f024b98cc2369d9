from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finetune_created_by import FinetuneCreatedBy
from ..models.finetune_visibility import FinetuneVisibility
from ..models.music_finetune_failure_reason import MusicFinetuneFailureReason
from ..models.music_finetune_status import MusicFinetuneStatus
from ..types import MISSING, UNSET, Unset, deviating_field, missing_field

T = TypeVar("T", bound="MusicFinetuneResponseModel")


@_attrs_define
class MusicFinetuneResponseModel:
    """Attributes:
    id (str): Unique identifier of the finetune.
    name (str): Name of the finetune.
    tags (list[str]): Tags associated with the finetune.
    model_id (str): The base music model the finetune was trained on.
    created_at (datetime.datetime): When the finetune was created (UTC).
    visibility (FinetuneVisibility | str): Who can access this finetune: `private` (only you), `workspace` (members
        of your workspace), `public` (ElevenLabs-curated, available to everyone).
    created_by (FinetuneCreatedBy | str): Who created the finetune: `self`, `workspace`, or `elevenlabs`.
    status (MusicFinetuneStatus | str): Training lifecycle status: pending, in_progress, completed, failed, and
        blocked.
    training_progress (float): Training progress from 0.0 to 1.0.
    primary_genre (None | str | Unset): Primary musical genre of the finetune.
    failure_reason (MusicFinetuneFailureReason | None | str | Unset): Reason the finetune failed or was blocked, if
        applicable.
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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        tags: Any
        try:
            tags = self.tags

        except (AttributeError, TypeError):
            tags = self.tags

        model_id = self.model_id

        created_at: Any
        try:
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError):
            created_at = self.created_at

        visibility: Any
        try:
            if isinstance(self.visibility, str):
                visibility = self.visibility
            else:
                visibility = self.visibility

        except (AttributeError, TypeError):
            visibility = self.visibility

        created_by: Any
        try:
            if isinstance(self.created_by, str):
                created_by = self.created_by
            else:
                created_by = self.created_by

        except (AttributeError, TypeError):
            created_by = self.created_by

        status: Any
        try:
            if isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        training_progress = self.training_progress

        primary_genre: Any
        try:
            primary_genre = self.primary_genre

        except (AttributeError, TypeError):
            primary_genre = self.primary_genre

        failure_reason: Any
        try:
            if isinstance(self.failure_reason, Unset):
                failure_reason = UNSET
            elif isinstance(self.failure_reason, str):
                failure_reason = self.failure_reason
            else:
                failure_reason = self.failure_reason

        except (AttributeError, TypeError):
            failure_reason = self.failure_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if tags is not None:
            field_dict["tags"] = tags
        if model_id is not None:
            field_dict["model_id"] = model_id
        if created_at is not None:
            field_dict["created_at"] = created_at
        if visibility is not None:
            field_dict["visibility"] = visibility
        if created_by is not None:
            field_dict["created_by"] = created_by
        if status is not None:
            field_dict["status"] = status
        if training_progress is not None:
            field_dict["training_progress"] = training_progress
        if primary_genre is not UNSET:
            field_dict["primary_genre"] = primary_genre
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", MISSING)
        if id is MISSING:
            id = missing_field(cls, "id")

        name = d.pop("name", MISSING)
        if name is MISSING:
            name = missing_field(cls, "name")

        tags_raw = d.pop("tags", MISSING)
        if tags_raw is MISSING:
            tags_raw = missing_field(cls, "tags")
        try:
            tags = cast(list[str], tags_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            tags = deviating_field(cls, "tags", tags_raw)

        model_id = d.pop("model_id", MISSING)
        if model_id is MISSING:
            model_id = missing_field(cls, "model_id")

        created_at_raw = d.pop("created_at", MISSING)
        if created_at_raw is MISSING:
            created_at_raw = missing_field(cls, "created_at")
        try:
            created_at = datetime.datetime.fromisoformat(created_at_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            created_at = deviating_field(cls, "created_at", created_at_raw)

        visibility = d.pop("visibility", MISSING)
        if visibility is MISSING:
            visibility = missing_field(cls, "visibility")

        created_by = d.pop("created_by", MISSING)
        if created_by is MISSING:
            created_by = missing_field(cls, "created_by")

        status = d.pop("status", MISSING)
        if status is MISSING:
            status = missing_field(cls, "status")

        training_progress = d.pop("training_progress", MISSING)
        if training_progress is MISSING:
            training_progress = missing_field(cls, "training_progress")

        primary_genre = d.pop("primary_genre", UNSET)

        failure_reason = d.pop("failure_reason", UNSET)

        music_finetune_response_model = cls(
            id=id,
            name=name,
            tags=tags,
            model_id=model_id,
            created_at=created_at,
            visibility=visibility,
            created_by=created_by,
            status=status,
            training_progress=training_progress,
            primary_genre=primary_genre,
            failure_reason=failure_reason,
        )
        music_finetune_response_model.additional_properties = d
        return music_finetune_response_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
