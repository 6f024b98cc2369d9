from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0,
)
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    File,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyCreateDubbingProjectV1DubbingProjectPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyCreateDubbingProjectV1DubbingProjectPost(Lazy):
    """Attributes:
    file (File | None | Unset): The source media file to dub. Provide this or source_url.
    source_url (None | str | Unset): Public URL to fetch the source media from. Provide this or file.
    reference (None | str | Unset): Optional free-form string (max 500 characters) to identify the project on your
        end.
    source_language (None | str | Unset): BCP-47 language tag of the source media; must be a language the
        transcription model supports. Any region or script subtag is ignored, since transcription is per-language. Omit
        to auto-detect.
    model_id (BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0 | None | str | Unset): Default dubbing model
        id ('dubbing_v1' or 'dubbing_v2') for the project's language targets; a target may override it. Omit to use the
        system default.
    keyterms (list[str] | Unset): Key terms to bias transcription/translation toward (e.g. product or brand names).
        At most 1000 terms; each term at most 50 characters and 5 words; the characters `<>{}[]\\` are not allowed.
    webhook_ids (list[str] | Unset): Ids of workspace webhooks to notify when this project becomes ready or fails,
        and when any of its languages completes or fails. At most 3; each must be a webhook configured in your
        workspace.
    target_language (None | str | Unset): Optional shortcut: also create a language target in this BCP-47 language,
        queued to start once the project is ready. Must be a language the dubbing model supports, and a region-qualified
        tag must be one of the supported dialects.
    transcript (File | None | Unset): Enterprise only. Optional JSON transcript to use instead of automatic
        transcription. When provided, source_language is required. Segments may include an optional external_id and an
        optional translation; if any segment includes a translation, target_language is required and every segment must
        include one (used to seed the target created via target_language).
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

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        file: Any
        try:
            if isinstance(self.file, Unset):
                file = UNSET
            elif isinstance(self.file, File):
                file = self.file.to_tuple()

            else:
                file = self.file

        except (AttributeError, TypeError):
            file = self.file

        source_url: Any
        try:
            source_url = self.source_url

        except (AttributeError, TypeError):
            source_url = self.source_url

        reference: Any
        try:
            reference = self.reference

        except (AttributeError, TypeError):
            reference = self.reference

        source_language: Any
        try:
            source_language = self.source_language

        except (AttributeError, TypeError):
            source_language = self.source_language

        model_id: Any
        try:
            if isinstance(self.model_id, Unset):
                model_id = UNSET
            elif isinstance(self.model_id, str):
                model_id = self.model_id
            else:
                model_id = self.model_id

        except (AttributeError, TypeError):
            model_id = self.model_id

        keyterms: Any
        try:
            keyterms = UNSET
            if not isinstance(self.keyterms, Unset):
                keyterms = self.keyterms

        except (AttributeError, TypeError):
            keyterms = self.keyterms

        webhook_ids: Any
        try:
            webhook_ids = UNSET
            if not isinstance(self.webhook_ids, Unset):
                webhook_ids = self.webhook_ids

        except (AttributeError, TypeError):
            webhook_ids = self.webhook_ids

        target_language: Any
        try:
            target_language = self.target_language

        except (AttributeError, TypeError):
            target_language = self.target_language

        transcript: Any
        try:
            if isinstance(self.transcript, Unset):
                transcript = UNSET
            elif isinstance(self.transcript, File):
                transcript = self.transcript.to_tuple()

            else:
                transcript = self.transcript

        except (AttributeError, TypeError):
            transcript = self.transcript

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file is not UNSET:
            field_dict["file"] = file
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if reference is not UNSET:
            field_dict["reference"] = reference
        if source_language is not UNSET:
            field_dict["source_language"] = source_language
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if keyterms is not UNSET:
            field_dict["keyterms"] = keyterms
        if webhook_ids is not UNSET:
            field_dict["webhook_ids"] = webhook_ids
        if target_language is not UNSET:
            field_dict["target_language"] = target_language
        if transcript is not UNSET:
            field_dict["transcript"] = transcript
        return field_dict

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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_create_dubbing_project_v1_dubbing_project_post = cls.__new__(cls)
        body_create_dubbing_project_v1_dubbing_project_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_create_dubbing_project_v1_dubbing_project_post

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


def _read_file(cls: type[BodyCreateDubbingProjectV1DubbingProjectPost], d: Mapping[str, Any]) -> Any:
    file_raw = d.get("file", UNSET)
    try:

        def _parse_file(data: object) -> File | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, bytes):
                raise TypeError(f"got {type(data).__name__}")
            file_type_0 = File(payload=BytesIO(data))

            return file_type_0

        file = _parse_file(file_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        file = deviating_field(cls, "file", file_raw)

    return file


_read_source_url = plain_reader(
    "source_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_reference = plain_reader(
    "reference",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_source_language = plain_reader(
    "source_language",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_model_id = plain_reader(
    "model_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_keyterms = plain_reader("keyterms", (list,), "an array", False, ((str,), "a string"))

_read_webhook_ids = plain_reader("webhook_ids", (list,), "an array", False, ((str,), "a string"))

_read_target_language = plain_reader(
    "target_language",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_transcript(cls: type[BodyCreateDubbingProjectV1DubbingProjectPost], d: Mapping[str, Any]) -> Any:
    transcript_raw = d.get("transcript", UNSET)
    try:

        def _parse_transcript(data: object) -> File | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, bytes):
                raise TypeError(f"got {type(data).__name__}")
            transcript_type_0 = File(payload=BytesIO(data))

            return transcript_type_0

        transcript = _parse_transcript(transcript_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        transcript = deviating_field(cls, "transcript", transcript_raw)

    return transcript


_FIELDS: frozenset[str] = frozenset(
    (
        "file",
        "source_url",
        "reference",
        "source_language",
        "model_id",
        "keyterms",
        "webhook_ids",
        "target_language",
        "transcript",
    )
)


def _read_additional_properties(
    cls: type[BodyCreateDubbingProjectV1DubbingProjectPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyCreateDubbingProjectV1DubbingProjectPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "file" in known:
        file = known["file"]
    else:
        file = d.get("file", UNSET)
        if file is not UNSET and file is not None:
            file = _read_file(cls, d)

    source_url = d.get("source_url", UNSET)
    if source_url.__class__ is not str and source_url is not None and source_url is not UNSET:
        source_url = _read_source_url(cls, d)

    reference = d.get("reference", UNSET)
    if reference.__class__ is not str and reference is not None and reference is not UNSET:
        reference = _read_reference(cls, d)

    source_language = d.get("source_language", UNSET)
    if source_language.__class__ is not str and source_language is not None and source_language is not UNSET:
        source_language = _read_source_language(cls, d)

    model_id = d.get("model_id", UNSET)
    if model_id.__class__ is not str and model_id is not None and model_id is not UNSET:
        model_id = _read_model_id(cls, d)

    keyterms = d.get("keyterms", UNSET)
    if keyterms.__class__ is not list and keyterms is not UNSET:
        keyterms = _read_keyterms(cls, d)
    elif keyterms.__class__ is list and keyterms:
        check_items(cls, "keyterms", keyterms, (str,), "a string")

    webhook_ids = d.get("webhook_ids", UNSET)
    if webhook_ids.__class__ is not list and webhook_ids is not UNSET:
        webhook_ids = _read_webhook_ids(cls, d)
    elif webhook_ids.__class__ is list and webhook_ids:
        check_items(cls, "webhook_ids", webhook_ids, (str,), "a string")

    target_language = d.get("target_language", UNSET)
    if target_language.__class__ is not str and target_language is not None and target_language is not UNSET:
        target_language = _read_target_language(cls, d)

    if "transcript" in known:
        transcript = known["transcript"]
    else:
        transcript = d.get("transcript", UNSET)
        if transcript is not UNSET and transcript is not None:
            transcript = _read_transcript(cls, d)

    return {
        "file": file,
        "source_url": source_url,
        "reference": reference,
        "source_language": source_language,
        "model_id": model_id,
        "keyterms": keyterms,
        "webhook_ids": webhook_ids,
        "target_language": target_language,
        "transcript": transcript,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    BodyCreateDubbingProjectV1DubbingProjectPost,
    _all_fields,
    {
        "file": _read_file,
        "source_url": _read_source_url,
        "reference": _read_reference,
        "source_language": _read_source_language,
        "model_id": _read_model_id,
        "keyterms": _read_keyterms,
        "webhook_ids": _read_webhook_ids,
        "target_language": _read_target_language,
        "transcript": _read_transcript,
        "additional_properties": _read_additional_properties,
    },
)
