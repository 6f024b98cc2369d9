from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    DATETIME,
    FLOAT,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import DubbingProjectResponseStatusType0
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class DubbingProjectResponse(Lazy, AdditionalProperties[Any]):
    """Attributes:
    project_id: Unique identifier of the dubbing project.
    status: Lifecycle status of the project: 'preparing'/'processing' while it transcribes, 'ready' once
        transcription is done, or 'failed'.
    revision: Monotonic counter incremented whenever the source transcript is edited (segment add/edit/delete).
    created_at: When the project was created.
    updated_at: When the project was last updated.
    reference: Optional free-form string the customer can provide to identify the project on their end.
    source_language: BCP-47 language tag of the source media (null if auto-detected).
    model_id: Default dubbing model id applied to this project's language targets.
    media: Source media metadata; null until the project is ready.
    language_ids: Identifiers of the language targets created under this project. Defaults to [] on the server.
    webhook_ids: Workspace webhooks notified when this project becomes ready or fails, and when any of its languages
        completes or fails. Defaults to [] on the server.
    error: Why the project failed; null unless `status` is 'failed'. Also null for the few projects that failed
        before failure reporting was introduced.
    warnings: Non-fatal conditions raised while preparing the source, empty when there are none. Reflects the latest
        preparation. Conditions raised while dubbing a particular language are reported on that language instead.
    """

    project_id: str

    status: DubbingProjectResponseStatusType0 | str

    revision: int

    created_at: datetime.datetime

    updated_at: datetime.datetime

    reference: None | str | Unset = UNSET

    source_language: None | str | Unset = UNSET

    model_id: None | str | Unset = UNSET

    media: DubbingSourceMediaInfo | None | Unset = UNSET

    language_ids: list[str] | Unset = UNSET

    webhook_ids: list[str] | Unset = UNSET

    error: DubbingError | None | Unset = UNSET

    warnings: list[VoicesNotPermittedWarning] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("project_id", "project_id", STR, required=True),
        Field("status", "status", union(literal("DubbingProjectResponseStatusType0"), STR), required=True),
        Field("revision", "revision", INT, required=True),
        Field("created_at", "created_at", DATETIME, required=True),
        Field("updated_at", "updated_at", DATETIME, required=True),
        Field("reference", "reference", union(STR, NULL)),
        Field("source_language", "source_language", union(STR, NULL)),
        Field("model_id", "model_id", union(STR, NULL)),
        Field("media", "media", union(object_of("DubbingSourceMediaInfo"), NULL)),
        Field("language_ids", "language_ids", list_of(STR)),
        Field("webhook_ids", "webhook_ids", list_of(STR)),
        Field("error", "error", union(object_of("DubbingError"), NULL)),
        Field("warnings", "warnings", list_of(object_of("VoicesNotPermittedWarning"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DubbingSourceMediaInfo(Lazy, AdditionalProperties[Any]):
    """Metadata about the project's source media.

    Attributes:
        filename: Original filename of the uploaded source media (null for URL sources).
        duration_s: Duration of the source media in seconds.
        has_video: Whether the source media contains a video stream.
        mime_type: MIME type of the uploaded source media.
    """

    filename: None | str | Unset = UNSET

    duration_s: float | None | Unset = UNSET

    has_video: bool | None | Unset = UNSET

    mime_type: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("filename", "filename", union(STR, NULL)),
        Field("duration_s", "duration_s", union(FLOAT, NULL)),
        Field("has_video", "has_video", union(BOOL, NULL)),
        Field("mime_type", "mime_type", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_error import DubbingError
from ..models.voices_not_permitted_warning import VoicesNotPermittedWarning
