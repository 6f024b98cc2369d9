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
from ..types import UNSET, Unset

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

        tags = self.tags

        model_id = self.model_id

        created_at = self.created_at.isoformat()

        visibility: str
        if isinstance(self.visibility, str):
            visibility = self.visibility
        else:
            visibility = self.visibility

        created_by: str
        if isinstance(self.created_by, str):
            created_by = self.created_by
        else:
            created_by = self.created_by

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        training_progress = self.training_progress

        primary_genre: None | str | Unset = self.primary_genre

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        elif isinstance(self.failure_reason, str):
            failure_reason = self.failure_reason
        else:
            failure_reason = self.failure_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["name"] = name
        field_dict["tags"] = tags
        field_dict["model_id"] = model_id
        field_dict["created_at"] = created_at
        field_dict["visibility"] = visibility
        field_dict["created_by"] = created_by
        field_dict["status"] = status
        field_dict["training_progress"] = training_progress
        if primary_genre is not UNSET:
            field_dict["primary_genre"] = primary_genre
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        tags = cast(list[str], d.pop("tags"))

        model_id = d.pop("model_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        visibility = d.pop("visibility")

        created_by = d.pop("created_by")

        status = d.pop("status")

        training_progress = d.pop("training_progress")

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
