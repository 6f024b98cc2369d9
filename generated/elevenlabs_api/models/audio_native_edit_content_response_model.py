from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="AudioNativeEditContentResponseModel")


@_attrs_define
class AudioNativeEditContentResponseModel:
    """Example:
        {'converting': False, 'html_snippet': "<div id='audio-native-player'></div>", 'project_id':
        'JBFqnCBsd6RMkjVDRZzb', 'publishing': False}

    Attributes:
        project_id (str): The ID of the project.
        converting (bool): Whether the project is currently being converted.
        publishing (bool): Whether the project is currently being published.
        html_snippet (str): The HTML snippet to embed the Audio Native player.
    """

    project_id: str

    converting: bool

    publishing: bool

    html_snippet: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        converting = self.converting

        publishing = self.publishing

        html_snippet = self.html_snippet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if project_id is not None or "project_id" not in self._missing_fields:
            field_dict["project_id"] = project_id
        if converting is not None or "converting" not in self._missing_fields:
            field_dict["converting"] = converting
        if publishing is not None or "publishing" not in self._missing_fields:
            field_dict["publishing"] = publishing
        if html_snippet is not None or "html_snippet" not in self._missing_fields:
            field_dict["html_snippet"] = html_snippet
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        project_id = d.pop("project_id", MISSING)
        if project_id.__class__ is not str:
            if project_id is MISSING:
                project_id = missing_field(cls, "project_id")
                _missing += ("project_id",)
            else:
                project_id = unexpected_type(cls, "project_id", project_id, "a string")

        converting = d.pop("converting", MISSING)
        if converting.__class__ is not bool:
            if converting is MISSING:
                converting = missing_field(cls, "converting")
                _missing += ("converting",)
            else:
                converting = unexpected_type(cls, "converting", converting, "a boolean")

        publishing = d.pop("publishing", MISSING)
        if publishing.__class__ is not bool:
            if publishing is MISSING:
                publishing = missing_field(cls, "publishing")
                _missing += ("publishing",)
            else:
                publishing = unexpected_type(cls, "publishing", publishing, "a boolean")

        html_snippet = d.pop("html_snippet", MISSING)
        if html_snippet.__class__ is not str:
            if html_snippet is MISSING:
                html_snippet = missing_field(cls, "html_snippet")
                _missing += ("html_snippet",)
            else:
                html_snippet = unexpected_type(cls, "html_snippet", html_snippet, "a string")

        audio_native_edit_content_response_model = cls(
            project_id=project_id,
            converting=converting,
            publishing=publishing,
            html_snippet=html_snippet,
        )
        if _missing:
            audio_native_edit_content_response_model._missing_fields = _missing
        audio_native_edit_content_response_model.additional_properties = d
        return audio_native_edit_content_response_model

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
