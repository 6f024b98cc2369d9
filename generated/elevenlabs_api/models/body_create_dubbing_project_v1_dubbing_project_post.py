from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    FILE,
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
    BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0,
)
from ..types import UNSET, File, Unset


@_attrs_define(slots=False)
class BodyCreateDubbingProjectV1DubbingProjectPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    file: The source media file to dub. Provide this or source_url.
    source_url: Public URL to fetch the source media from. Provide this or file.
    reference: Optional free-form string (max 500 characters) to identify the project on your end.
    source_language: BCP-47 language tag of the source media; must be a language the transcription model supports.
        Any region or script subtag is ignored, since transcription is per-language. Omit to auto-detect.
    model_id: Default dubbing model id ('dubbing_v1' or 'dubbing_v2') for the project's language targets; a target
        may override it. Omit to use the system default.
    keyterms: Key terms to bias transcription/translation toward (e.g. product or brand names). At most 1000 terms;
        each term at most 50 characters and 5 words; the characters `<>{}[]\\` are not allowed.
    webhook_ids: Ids of workspace webhooks to notify when this project becomes ready or fails, and when any of its
        languages completes or fails. At most 3; each must be a webhook configured in your workspace.
    target_language: Optional shortcut: also create a language target in this BCP-47 language, queued to start once
        the project is ready. Must be a language the dubbing model supports, and a region-qualified tag must be one of
        the supported dialects.
    transcript: Enterprise only. Optional JSON transcript to use instead of automatic transcription. When provided,
        source_language is required. Segments may include an optional external_id and an optional translation; if any
        segment includes a translation, target_language is required and every segment must include one (used to seed the
        target created via target_language).
    """

    file: File | None | Unset = UNSET

    source_url: None | str | Unset = UNSET

    reference: None | str | Unset = UNSET

    source_language: None | str | Unset = UNSET

    model_id: BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0 | None | str | Unset = UNSET

    keyterms: list[str] | Unset = UNSET

    webhook_ids: list[str] | Unset = UNSET

    target_language: None | str | Unset = UNSET

    transcript: File | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("file", "file", union(FILE, NULL)),
        Field("source_url", "source_url", union(STR, NULL)),
        Field("reference", "reference", union(STR, NULL)),
        Field("source_language", "source_language", union(STR, NULL)),
        Field(
            "model_id",
            "model_id",
            union(literal("BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0"), STR, NULL),
        ),
        Field("keyterms", "keyterms", list_of(STR)),
        Field("webhook_ids", "webhook_ids", list_of(STR)),
        Field("target_language", "target_language", union(STR, NULL)),
        Field("transcript", "transcript", union(FILE, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if not isinstance(self.file, Unset):
            if isinstance(self.file, File):
                files.append(("file", self.file.to_tuple()))
            elif self.file is None:
                files.append(("file", (None, str(self.file).encode(), "text/plain")))

        if not isinstance(self.source_url, Unset):
            if isinstance(self.source_url, str) or self.source_url is None:
                files.append(("source_url", (None, str(self.source_url).encode(), "text/plain")))

        if not isinstance(self.reference, Unset):
            if isinstance(self.reference, str) or self.reference is None:
                files.append(("reference", (None, str(self.reference).encode(), "text/plain")))

        if not isinstance(self.source_language, Unset):
            if isinstance(self.source_language, str) or self.source_language is None:
                files.append(("source_language", (None, str(self.source_language).encode(), "text/plain")))

        if not isinstance(self.model_id, Unset):
            if isinstance(self.model_id, str) or isinstance(self.model_id, str) or self.model_id is None:
                files.append(("model_id", (None, str(self.model_id).encode(), "text/plain")))

        if not isinstance(self.keyterms, Unset):
            for keyterms_item_element in self.keyterms:
                files.append(("keyterms", (None, str(keyterms_item_element).encode(), "text/plain")))

        if not isinstance(self.webhook_ids, Unset):
            for webhook_ids_item_element in self.webhook_ids:
                files.append(("webhook_ids", (None, str(webhook_ids_item_element).encode(), "text/plain")))

        if not isinstance(self.target_language, Unset):
            if isinstance(self.target_language, str) or self.target_language is None:
                files.append(("target_language", (None, str(self.target_language).encode(), "text/plain")))

        if not isinstance(self.transcript, Unset):
            if isinstance(self.transcript, File):
                files.append(("transcript", self.transcript.to_tuple()))
            elif self.transcript is None:
                files.append(("transcript", (None, str(self.transcript).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files
