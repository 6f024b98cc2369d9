from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dubbing_language_response_status_type_0 import (
    DubbingLanguageResponseStatusType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DubbingLanguageResponse")


@_attrs_define
class DubbingLanguageResponse:
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
    voice_settings (None | Unset | VoiceSettings): Voice settings applied to the whole language, or null if unset.
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

    voice_settings: None | Unset | VoiceSettings = UNSET

    outputs: DubbingLanguageOutputs | None | Unset = UNSET

    output_revision: int | None | Unset = UNSET

    error: DubbingError | None | Unset = UNSET

    warnings: list[VoicesNotPermittedWarning] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language_id = self.language_id

        project_id = self.project_id

        target_language = self.target_language

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        revision = self.revision

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        model_id: None | str | Unset = self.model_id

        voice_settings: dict[str, Any] | None | Unset
        if isinstance(self.voice_settings, Unset):
            voice_settings = UNSET
        elif isinstance(self.voice_settings, VoiceSettings):
            voice_settings = self.voice_settings.to_dict()
        else:
            voice_settings = self.voice_settings

        outputs: dict[str, Any] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, DubbingLanguageOutputs):
            outputs = self.outputs.to_dict()
        else:
            outputs = self.outputs

        output_revision: int | None | Unset = self.output_revision

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, DubbingError):
            error = self.error.to_dict()
        else:
            error = self.error

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["language_id"] = language_id
        field_dict["project_id"] = project_id
        field_dict["target_language"] = target_language
        field_dict["status"] = status
        field_dict["revision"] = revision
        field_dict["created_at"] = created_at
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
        d = dict(src_dict)
        language_id = d.pop("language_id")

        project_id = d.pop("project_id")

        target_language = d.pop("target_language")

        status = d.pop("status")

        revision = d.pop("revision")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        model_id = d.pop("model_id", UNSET)

        def _parse_voice_settings(data: object) -> None | Unset | VoiceSettings:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            voice_settings_type_0 = VoiceSettings.from_dict(data)

            return voice_settings_type_0

        voice_settings = _parse_voice_settings(d.pop("voice_settings", UNSET))

        def _parse_outputs(data: object) -> DubbingLanguageOutputs | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            outputs_type_0 = DubbingLanguageOutputs.from_dict(data)

            return outputs_type_0

        outputs = _parse_outputs(d.pop("outputs", UNSET))

        output_revision = d.pop("output_revision", UNSET)

        def _parse_error(data: object) -> DubbingError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            error_type_0 = DubbingError.from_dict(data)

            return error_type_0

        error = _parse_error(d.pop("error", UNSET))

        _warnings = d.pop("warnings", UNSET)
        warnings: list[VoicesNotPermittedWarning] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = VoicesNotPermittedWarning.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        dubbing_language_response = cls(
            language_id=language_id,
            project_id=project_id,
            target_language=target_language,
            status=status,
            revision=revision,
            created_at=created_at,
            updated_at=updated_at,
            model_id=model_id,
            voice_settings=voice_settings,
            outputs=outputs,
            output_revision=output_revision,
            error=error,
            warnings=warnings,
        )
        dubbing_language_response.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_error import DubbingError
from ..models.dubbing_language_outputs import DubbingLanguageOutputs
from ..models.voice_settings import VoiceSettings
from ..models.voices_not_permitted_warning import VoicesNotPermittedWarning
