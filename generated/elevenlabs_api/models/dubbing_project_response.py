from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import DubbingProjectResponseStatusType0
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DubbingProjectResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DubbingProjectResponse(Lazy):
    """Attributes:
    project_id (str): Unique identifier of the dubbing project.
    status (DubbingProjectResponseStatusType0 | str): Lifecycle status of the project: 'preparing'/'processing'
        while it transcribes, 'ready' once transcription is done, or 'failed'.
    revision (int): Monotonic counter incremented whenever the source transcript is edited (segment
        add/edit/delete).
    created_at (datetime.datetime): When the project was created.
    updated_at (datetime.datetime): When the project was last updated.
    reference (None | str | Unset): Optional free-form string the customer can provide to identify the project on
        their end.
    source_language (None | str | Unset): BCP-47 language tag of the source media (null if auto-detected).
    model_id (None | str | Unset): Default dubbing model id applied to this project's language targets.
    media (DubbingSourceMediaInfo | None | Unset): Source media metadata; null until the project is ready.
    language_ids (list[str] | Unset): Identifiers of the language targets created under this project. Defaults to []
        on the server.
    webhook_ids (list[str] | Unset): Workspace webhooks notified when this project becomes ready or fails, and when
        any of its languages completes or fails. Defaults to [] on the server.
    error (DubbingError | None | Unset): Why the project failed; null unless `status` is 'failed'. Also null for the
        few projects that failed before failure reporting was introduced.
    warnings (list[VoicesNotPermittedWarning] | Unset): Non-fatal conditions raised while preparing the source,
        empty when there are none. Reflects the latest preparation. Conditions raised while dubbing a particular
        language are reported on that language instead.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "project_id",
        "status",
        "revision",
        "created_at",
        "updated_at",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        project_id = self.project_id

        status: Any
        try:
            if isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        revision = self.revision

        created_at: Any
        try:
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError):
            created_at = self.created_at

        updated_at: Any
        try:
            updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError):
            updated_at = self.updated_at

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
            model_id = self.model_id

        except (AttributeError, TypeError):
            model_id = self.model_id

        media: Any
        try:
            if isinstance(self.media, Unset):
                media = UNSET
            elif isinstance(self.media, DubbingSourceMediaInfo):
                media = self.media.to_dict()
            else:
                media = self.media

        except (AttributeError, TypeError):
            media = self.media

        language_ids: Any
        try:
            language_ids = UNSET
            if not isinstance(self.language_ids, Unset):
                language_ids = self.language_ids

        except (AttributeError, TypeError):
            language_ids = self.language_ids

        webhook_ids: Any
        try:
            webhook_ids = UNSET
            if not isinstance(self.webhook_ids, Unset):
                webhook_ids = self.webhook_ids

        except (AttributeError, TypeError):
            webhook_ids = self.webhook_ids

        error: Any
        try:
            if isinstance(self.error, Unset):
                error = UNSET
            elif isinstance(self.error, DubbingError):
                error = self.error.to_dict()
            else:
                error = self.error

        except (AttributeError, TypeError):
            error = self.error

        warnings: Any
        try:
            warnings = UNSET
            if not isinstance(self.warnings, Unset):
                warnings = []
                for warnings_item_data in self.warnings:
                    warnings_item = warnings_item_data.to_dict()
                    warnings.append(warnings_item)

        except (AttributeError, TypeError):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if project_id is not None or "project_id" not in self._missing_fields:
            field_dict["project_id"] = project_id
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        if revision is not None or "revision" not in self._missing_fields:
            field_dict["revision"] = revision
        if created_at is not None or "created_at" not in self._missing_fields:
            field_dict["created_at"] = created_at
        if updated_at is not None or "updated_at" not in self._missing_fields:
            field_dict["updated_at"] = updated_at
        if reference is not UNSET:
            field_dict["reference"] = reference
        if source_language is not UNSET:
            field_dict["source_language"] = source_language
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if media is not UNSET:
            field_dict["media"] = media
        if language_ids is not UNSET:
            field_dict["language_ids"] = language_ids
        if webhook_ids is not UNSET:
            field_dict["webhook_ids"] = webhook_ids
        if error is not UNSET:
            field_dict["error"] = error
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dubbing_project_response = cls.__new__(cls)
        dubbing_project_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return dubbing_project_response

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


_read_project_id = plain_reader("project_id", (str,), "a string", True)

_read_status = plain_reader("status", (str,), "a string", True)

_read_revision = plain_reader("revision", (int,), "an integer", True)


def _read_created_at(cls: type[DubbingProjectResponse], d: Mapping[str, Any]) -> Any:
    created_at_raw = d.get("created_at", MISSING)
    if created_at_raw is MISSING:
        created_at = missing_field(cls, "created_at")
    else:
        try:
            created_at = datetime.datetime.fromisoformat(created_at_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            created_at = deviating_field(cls, "created_at", created_at_raw)

    return created_at


def _read_updated_at(cls: type[DubbingProjectResponse], d: Mapping[str, Any]) -> Any:
    updated_at_raw = d.get("updated_at", MISSING)
    if updated_at_raw is MISSING:
        updated_at = missing_field(cls, "updated_at")
    else:
        try:
            updated_at = datetime.datetime.fromisoformat(updated_at_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            updated_at = deviating_field(cls, "updated_at", updated_at_raw)

    return updated_at


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


def _read_media(cls: type[DubbingProjectResponse], d: Mapping[str, Any]) -> Any:
    media_raw = d.get("media", UNSET)
    try:

        def _parse_media(data: object) -> DubbingSourceMediaInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            media_type_0 = DubbingSourceMediaInfo.from_dict(data)

            return media_type_0

        media = _parse_media(media_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        media = deviating_field(cls, "media", media_raw)

    return media


_read_language_ids = plain_reader("language_ids", (list,), "an array", False, ((str,), "a string"))

_read_webhook_ids = plain_reader("webhook_ids", (list,), "an array", False, ((str,), "a string"))


def _read_error(cls: type[DubbingProjectResponse], d: Mapping[str, Any]) -> Any:
    error_raw = d.get("error", UNSET)
    try:

        def _parse_error(data: object) -> DubbingError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            error_type_0 = DubbingError.from_dict(data)

            return error_type_0

        error = _parse_error(error_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        error = deviating_field(cls, "error", error_raw)

    return error


def _read_warnings(cls: type[DubbingProjectResponse], d: Mapping[str, Any]) -> Any:
    warnings_raw = d.get("warnings", UNSET)
    try:
        expect_array("warnings", warnings_raw)
        _warnings = warnings_raw
        warnings: list[VoicesNotPermittedWarning] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = VoicesNotPermittedWarning.from_dict(warnings_item_data)

                warnings.append(warnings_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        warnings = deviating_field(cls, "warnings", warnings_raw)

    return warnings


_FIELDS: frozenset[str] = frozenset(
    (
        "project_id",
        "status",
        "revision",
        "created_at",
        "updated_at",
        "reference",
        "source_language",
        "model_id",
        "media",
        "language_ids",
        "webhook_ids",
        "error",
        "warnings",
    )
)


def _read_additional_properties(cls: type[DubbingProjectResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DubbingProjectResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    project_id = d.get("project_id", MISSING)
    if project_id.__class__ is not str:
        project_id = _read_project_id(cls, d)

    status = d.get("status", MISSING)
    if status.__class__ is not str:
        status = _read_status(cls, d)

    revision = d.get("revision", MISSING)
    if revision.__class__ is not int:
        revision = _read_revision(cls, d)

    if "created_at" in known:
        created_at = known["created_at"]
    else:
        created_at = _read_created_at(cls, d)

    if "updated_at" in known:
        updated_at = known["updated_at"]
    else:
        updated_at = _read_updated_at(cls, d)

    reference = d.get("reference", UNSET)
    if reference.__class__ is not str and reference is not None and reference is not UNSET:
        reference = _read_reference(cls, d)

    source_language = d.get("source_language", UNSET)
    if source_language.__class__ is not str and source_language is not None and source_language is not UNSET:
        source_language = _read_source_language(cls, d)

    model_id = d.get("model_id", UNSET)
    if model_id.__class__ is not str and model_id is not None and model_id is not UNSET:
        model_id = _read_model_id(cls, d)

    if "media" in known:
        media = known["media"]
    else:
        media = d.get("media", UNSET)
        if media is not UNSET and media is not None:
            media = _read_media(cls, d)

    language_ids = d.get("language_ids", UNSET)
    if language_ids.__class__ is not list and language_ids is not UNSET:
        language_ids = _read_language_ids(cls, d)
    elif language_ids.__class__ is list and language_ids:
        check_items(cls, "language_ids", language_ids, (str,), "a string")

    webhook_ids = d.get("webhook_ids", UNSET)
    if webhook_ids.__class__ is not list and webhook_ids is not UNSET:
        webhook_ids = _read_webhook_ids(cls, d)
    elif webhook_ids.__class__ is list and webhook_ids:
        check_items(cls, "webhook_ids", webhook_ids, (str,), "a string")

    if "error" in known:
        error = known["error"]
    else:
        error = d.get("error", UNSET)
        if error is not UNSET and error is not None:
            error = _read_error(cls, d)

    if "warnings" in known:
        warnings = known["warnings"]
    else:
        warnings = d.get("warnings", UNSET)
        if warnings is not UNSET:
            warnings = _read_warnings(cls, d)

    return {
        "project_id": project_id,
        "status": status,
        "revision": revision,
        "created_at": created_at,
        "updated_at": updated_at,
        "reference": reference,
        "source_language": source_language,
        "model_id": model_id,
        "media": media,
        "language_ids": language_ids,
        "webhook_ids": webhook_ids,
        "error": error,
        "warnings": warnings,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DubbingProjectResponse,
    _all_fields,
    {
        "project_id": _read_project_id,
        "status": _read_status,
        "revision": _read_revision,
        "created_at": _read_created_at,
        "updated_at": _read_updated_at,
        "reference": _read_reference,
        "source_language": _read_source_language,
        "model_id": _read_model_id,
        "media": _read_media,
        "language_ids": _read_language_ids,
        "webhook_ids": _read_webhook_ids,
        "error": _read_error,
        "warnings": _read_warnings,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_error import DubbingError
from ..models.dubbing_source_media_info import DubbingSourceMediaInfo
from ..models.voices_not_permitted_warning import VoicesNotPermittedWarning
