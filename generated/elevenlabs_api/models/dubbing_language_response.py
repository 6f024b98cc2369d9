from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    DATETIME,
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
from ..models._literals import DubbingLanguageResponseStatusType0
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class DubbingLanguageResponse(Lazy, AdditionalProperties[Any]):
    """Attributes:
    language_id: Unique identifier of the language target.
    project_id: Identifier of the parent dubbing project.
    target_language: BCP-47 language tag this target is dubbed into.
    status: Lifecycle status: 'queued' (waiting on the project), 'processing', 'completed', 'stale'
        (source/transcript changed), or 'failed'.
    revision: Monotonic counter incremented whenever this target's transcript changes (a source edit affecting it,
        or an edit to its translation).
    created_at: When the language target was created.
    updated_at: When the language target was last updated.
    model_id: Effective dubbing model id (target override or project default).
    voice_settings: Voice settings applied to the whole language, or null if unset.
    outputs: Signed output URLs; null until the target has produced an output (present once 'completed', and kept
        while 'stale' -- compare `output_revision` against `revision` to tell whether the output is up to date).
    output_revision: The `revision` the current dubbed output was generated from; equal to `revision` when up to
        date, less than it when 'stale'. Null until a generation has completed.
    error: Why this language failed; null unless `status` is 'failed', and also null for the few languages that
        failed before failure reporting was introduced. A code of 'project_failed' means the parent project failed, so
        read the project for the underlying cause.
    warnings: Non-fatal conditions raised while dubbing this language, empty when there are none. Reflects the
        latest generation. Conditions raised while preparing the source are reported on the project instead.
    """

    language_id: str

    project_id: str

    target_language: str

    status: DubbingLanguageResponseStatusType0 | str

    revision: int

    created_at: datetime.datetime

    updated_at: datetime.datetime

    model_id: None | str | Unset = UNSET

    voice_settings: None | Unset | VoiceSettingsModel = UNSET

    outputs: DubbingLanguageOutputs | None | Unset = UNSET

    output_revision: int | None | Unset = UNSET

    error: DubbingError | None | Unset = UNSET

    warnings: list[VoicesNotPermittedWarning] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("language_id", "language_id", STR, required=True),
        Field("project_id", "project_id", STR, required=True),
        Field("target_language", "target_language", STR, required=True),
        Field("status", "status", union(literal("DubbingLanguageResponseStatusType0"), STR), required=True),
        Field("revision", "revision", INT, required=True),
        Field("created_at", "created_at", DATETIME, required=True),
        Field("updated_at", "updated_at", DATETIME, required=True),
        Field("model_id", "model_id", union(STR, NULL)),
        Field("voice_settings", "voice_settings", union(object_of("VoiceSettingsModel"), NULL)),
        Field("outputs", "outputs", union(object_of("DubbingLanguageOutputs"), NULL)),
        Field("output_revision", "output_revision", union(INT, NULL)),
        Field("error", "error", union(object_of("DubbingError"), NULL)),
        Field("warnings", "warnings", list_of(object_of("VoicesNotPermittedWarning"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DubbingLanguageOutputs(Lazy, AdditionalProperties[Any]):
    """Signed, time-limited download URLs for a language target's outputs.

    Attributes:
        lossless_audio: Signed URL of the dubbed lossless audio track.
    """

    lossless_audio: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("lossless_audio", "lossless_audio", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_error import DubbingError
from ..models.voice_settings_model import VoiceSettingsModel
from ..models.voices_not_permitted_warning import VoicesNotPermittedWarning
