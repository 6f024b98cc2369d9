from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import DubbingLanguageResponseStatusType0
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DubbingLanguageResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DubbingLanguageResponse(Lazy):
    """Attributes:
    language_id (str): Unique identifier of the language target.
    project_id (str): Identifier of the parent dubbing project.
    target_language (str): BCP-47 language tag this target is dubbed into.
    status (DubbingLanguageResponseStatusType0 | str): Lifecycle status: 'queued' (waiting on the project),
        'processing', 'completed', 'stale' (source/transcript changed), or 'failed'.
    revision (int): Monotonic counter incremented whenever this target's transcript changes (a source edit affecting
        it, or an edit to its translation).
    created_at (datetime.datetime): When the language target was created.
    updated_at (datetime.datetime): When the language target was last updated.
    model_id (None | str | Unset): Effective dubbing model id (target override or project default).
    voice_settings (None | Unset | VoiceSettingsModel): Voice settings applied to the whole language, or null if
        unset.
    outputs (DubbingLanguageOutputs | None | Unset): Signed output URLs; null until the target has produced an
        output (present once 'completed', and kept while 'stale' -- compare `output_revision` against `revision` to tell
        whether the output is up to date).
    output_revision (int | None | Unset): The `revision` the current dubbed output was generated from; equal to
        `revision` when up to date, less than it when 'stale'. Null until a generation has completed.
    error (DubbingError | None | Unset): Why this language failed; null unless `status` is 'failed', and also null
        for the few languages that failed before failure reporting was introduced. A code of 'project_failed' means the
        parent project failed, so read the project for the underlying cause.
    warnings (list[VoicesNotPermittedWarning] | Unset): Non-fatal conditions raised while dubbing this language,
        empty when there are none. Reflects the latest generation. Conditions raised while preparing the source are
        reported on the project instead.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "language_id",
        "project_id",
        "target_language",
        "status",
        "revision",
        "created_at",
        "updated_at",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        language_id = self.language_id

        project_id = self.project_id

        target_language = self.target_language

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

        model_id: Any
        try:
            model_id = self.model_id

        except (AttributeError, TypeError):
            model_id = self.model_id

        voice_settings: Any
        try:
            if isinstance(self.voice_settings, Unset):
                voice_settings = UNSET
            elif isinstance(self.voice_settings, VoiceSettingsModel):
                voice_settings = self.voice_settings.to_dict()
            else:
                voice_settings = self.voice_settings

        except (AttributeError, TypeError):
            voice_settings = self.voice_settings

        outputs: Any
        try:
            if isinstance(self.outputs, Unset):
                outputs = UNSET
            elif isinstance(self.outputs, DubbingLanguageOutputs):
                outputs = self.outputs.to_dict()
            else:
                outputs = self.outputs

        except (AttributeError, TypeError):
            outputs = self.outputs

        output_revision: Any
        try:
            output_revision = self.output_revision

        except (AttributeError, TypeError):
            output_revision = self.output_revision

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
        if language_id is not None or "language_id" not in self._missing_fields:
            field_dict["language_id"] = language_id
        if project_id is not None or "project_id" not in self._missing_fields:
            field_dict["project_id"] = project_id
        if target_language is not None or "target_language" not in self._missing_fields:
            field_dict["target_language"] = target_language
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        if revision is not None or "revision" not in self._missing_fields:
            field_dict["revision"] = revision
        if created_at is not None or "created_at" not in self._missing_fields:
            field_dict["created_at"] = created_at
        if updated_at is not None or "updated_at" not in self._missing_fields:
            field_dict["updated_at"] = updated_at
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if output_revision is not UNSET:
            field_dict["output_revision"] = output_revision
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
        dubbing_language_response = cls.__new__(cls)
        dubbing_language_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return dubbing_language_response

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


_read_language_id = plain_reader("language_id", (str,), "a string", True)

_read_project_id = plain_reader("project_id", (str,), "a string", True)

_read_target_language = plain_reader("target_language", (str,), "a string", True)

_read_status = plain_reader("status", (str,), "a string", True)

_read_revision = plain_reader("revision", (int,), "an integer", True)


def _read_created_at(cls: type[DubbingLanguageResponse], d: Mapping[str, Any]) -> Any:
    created_at_raw = d.get("created_at", MISSING)
    if created_at_raw is MISSING:
        created_at = missing_field(cls, "created_at")
    else:
        try:
            created_at = datetime.datetime.fromisoformat(created_at_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            created_at = deviating_field(cls, "created_at", created_at_raw)

    return created_at


def _read_updated_at(cls: type[DubbingLanguageResponse], d: Mapping[str, Any]) -> Any:
    updated_at_raw = d.get("updated_at", MISSING)
    if updated_at_raw is MISSING:
        updated_at = missing_field(cls, "updated_at")
    else:
        try:
            updated_at = datetime.datetime.fromisoformat(updated_at_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            updated_at = deviating_field(cls, "updated_at", updated_at_raw)

    return updated_at


_read_model_id = plain_reader(
    "model_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_voice_settings(cls: type[DubbingLanguageResponse], d: Mapping[str, Any]) -> Any:
    voice_settings_raw = d.get("voice_settings", UNSET)
    try:

        def _parse_voice_settings(data: object) -> None | Unset | VoiceSettingsModel:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            voice_settings_type_0 = VoiceSettingsModel.from_dict(data)

            return voice_settings_type_0

        voice_settings = _parse_voice_settings(voice_settings_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        voice_settings = deviating_field(cls, "voice_settings", voice_settings_raw)

    return voice_settings


def _read_outputs(cls: type[DubbingLanguageResponse], d: Mapping[str, Any]) -> Any:
    outputs_raw = d.get("outputs", UNSET)
    try:

        def _parse_outputs(data: object) -> DubbingLanguageOutputs | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            outputs_type_0 = DubbingLanguageOutputs.from_dict(data)

            return outputs_type_0

        outputs = _parse_outputs(outputs_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        outputs = deviating_field(cls, "outputs", outputs_raw)

    return outputs


_read_output_revision = plain_reader(
    "output_revision",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


def _read_error(cls: type[DubbingLanguageResponse], d: Mapping[str, Any]) -> Any:
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


def _read_warnings(cls: type[DubbingLanguageResponse], d: Mapping[str, Any]) -> Any:
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
        "language_id",
        "project_id",
        "target_language",
        "status",
        "revision",
        "created_at",
        "updated_at",
        "model_id",
        "voice_settings",
        "outputs",
        "output_revision",
        "error",
        "warnings",
    )
)


def _read_additional_properties(cls: type[DubbingLanguageResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DubbingLanguageResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    language_id = d.get("language_id", MISSING)
    if language_id.__class__ is not str:
        language_id = _read_language_id(cls, d)

    project_id = d.get("project_id", MISSING)
    if project_id.__class__ is not str:
        project_id = _read_project_id(cls, d)

    target_language = d.get("target_language", MISSING)
    if target_language.__class__ is not str:
        target_language = _read_target_language(cls, d)

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

    model_id = d.get("model_id", UNSET)
    if model_id.__class__ is not str and model_id is not None and model_id is not UNSET:
        model_id = _read_model_id(cls, d)

    if "voice_settings" in known:
        voice_settings = known["voice_settings"]
    else:
        voice_settings = d.get("voice_settings", UNSET)
        if voice_settings is not UNSET and voice_settings is not None:
            voice_settings = _read_voice_settings(cls, d)

    if "outputs" in known:
        outputs = known["outputs"]
    else:
        outputs = d.get("outputs", UNSET)
        if outputs is not UNSET and outputs is not None:
            outputs = _read_outputs(cls, d)

    output_revision = d.get("output_revision", UNSET)
    if output_revision.__class__ is not int and output_revision is not None and output_revision is not UNSET:
        output_revision = _read_output_revision(cls, d)

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
        "language_id": language_id,
        "project_id": project_id,
        "target_language": target_language,
        "status": status,
        "revision": revision,
        "created_at": created_at,
        "updated_at": updated_at,
        "model_id": model_id,
        "voice_settings": voice_settings,
        "outputs": outputs,
        "output_revision": output_revision,
        "error": error,
        "warnings": warnings,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DubbingLanguageResponse,
    _all_fields,
    {
        "language_id": _read_language_id,
        "project_id": _read_project_id,
        "target_language": _read_target_language,
        "status": _read_status,
        "revision": _read_revision,
        "created_at": _read_created_at,
        "updated_at": _read_updated_at,
        "model_id": _read_model_id,
        "voice_settings": _read_voice_settings,
        "outputs": _read_outputs,
        "output_revision": _read_output_revision,
        "error": _read_error,
        "warnings": _read_warnings,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_error import DubbingError
from ..models.dubbing_language_outputs import DubbingLanguageOutputs
from ..models.voice_settings_model import VoiceSettingsModel
from ..models.voices_not_permitted_warning import VoicesNotPermittedWarning
