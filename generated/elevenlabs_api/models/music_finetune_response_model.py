from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    FinetuneCreatedBy,
    FinetuneVisibility,
    MusicFinetuneFailureReason,
    MusicFinetuneStatus,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="MusicFinetuneResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class MusicFinetuneResponseModel(Lazy):
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "tags",
        "model_id",
        "created_at",
        "visibility",
        "created_by",
        "status",
        "training_progress",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if tags is not None or "tags" not in self._missing_fields:
            field_dict["tags"] = tags
        if model_id is not None or "model_id" not in self._missing_fields:
            field_dict["model_id"] = model_id
        if created_at is not None or "created_at" not in self._missing_fields:
            field_dict["created_at"] = created_at
        if visibility is not None or "visibility" not in self._missing_fields:
            field_dict["visibility"] = visibility
        if created_by is not None or "created_by" not in self._missing_fields:
            field_dict["created_by"] = created_by
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        if training_progress is not None or "training_progress" not in self._missing_fields:
            field_dict["training_progress"] = training_progress
        if primary_genre is not UNSET:
            field_dict["primary_genre"] = primary_genre
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        music_finetune_response_model = cls.__new__(cls)
        music_finetune_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_id = plain_reader("id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_tags = plain_reader("tags", (list,), "an array", True, ((str,), "a string"))

_read_model_id = plain_reader("model_id", (str,), "a string", True)


def _read_created_at(cls: type[MusicFinetuneResponseModel], d: Mapping[str, Any]) -> Any:
    created_at_raw = d.get("created_at", MISSING)
    if created_at_raw is MISSING:
        created_at = missing_field(cls, "created_at")
    else:
        try:
            created_at = datetime.datetime.fromisoformat(created_at_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            created_at = deviating_field(cls, "created_at", created_at_raw)

    return created_at


_read_visibility = plain_reader("visibility", (str,), "a string", True)

_read_created_by = plain_reader("created_by", (str,), "a string", True)

_read_status = plain_reader("status", (str,), "a string", True)

_read_training_progress = plain_reader(
    "training_progress",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_primary_genre = plain_reader(
    "primary_genre",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_failure_reason = plain_reader(
    "failure_reason",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "tags",
        "model_id",
        "created_at",
        "visibility",
        "created_by",
        "status",
        "training_progress",
        "primary_genre",
        "failure_reason",
    )
)


def _read_additional_properties(cls: type[MusicFinetuneResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[MusicFinetuneResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    tags = d.get("tags", MISSING)
    if tags.__class__ is not list:
        tags = _read_tags(cls, d)
    elif tags.__class__ is list and tags:
        check_items(cls, "tags", tags, (str,), "a string")

    model_id = d.get("model_id", MISSING)
    if model_id.__class__ is not str:
        model_id = _read_model_id(cls, d)

    if "created_at" in known:
        created_at = known["created_at"]
    else:
        created_at = _read_created_at(cls, d)

    visibility = d.get("visibility", MISSING)
    if visibility.__class__ is not str:
        visibility = _read_visibility(cls, d)

    created_by = d.get("created_by", MISSING)
    if created_by.__class__ is not str:
        created_by = _read_created_by(cls, d)

    status = d.get("status", MISSING)
    if status.__class__ is not str:
        status = _read_status(cls, d)

    training_progress = d.get("training_progress", MISSING)
    if training_progress.__class__ is not float and training_progress.__class__ is not int:
        training_progress = _read_training_progress(cls, d)

    primary_genre = d.get("primary_genre", UNSET)
    if primary_genre.__class__ is not str and primary_genre is not None and primary_genre is not UNSET:
        primary_genre = _read_primary_genre(cls, d)

    failure_reason = d.get("failure_reason", UNSET)
    if failure_reason is not None and failure_reason.__class__ is not str and failure_reason is not UNSET:
        failure_reason = _read_failure_reason(cls, d)

    return {
        "id": id,
        "name": name,
        "tags": tags,
        "model_id": model_id,
        "created_at": created_at,
        "visibility": visibility,
        "created_by": created_by,
        "status": status,
        "training_progress": training_progress,
        "primary_genre": primary_genre,
        "failure_reason": failure_reason,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    MusicFinetuneResponseModel,
    _all_fields,
    {
        "id": _read_id,
        "name": _read_name,
        "tags": _read_tags,
        "model_id": _read_model_id,
        "created_at": _read_created_at,
        "visibility": _read_visibility,
        "created_by": _read_created_by,
        "status": _read_status,
        "training_progress": _read_training_progress,
        "primary_genre": _read_primary_genre,
        "failure_reason": _read_failure_reason,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
