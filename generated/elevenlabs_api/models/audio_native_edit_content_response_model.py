from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        converting = self.converting

        publishing = self.publishing

        html_snippet = self.html_snippet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["project_id"] = project_id
        field_dict["converting"] = converting
        field_dict["publishing"] = publishing
        field_dict["html_snippet"] = html_snippet
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_id = d.pop("project_id")

        converting = d.pop("converting")

        publishing = d.pop("publishing")

        html_snippet = d.pop("html_snippet")

        audio_native_edit_content_response_model = cls(
            project_id=project_id,
            converting=converting,
            publishing=publishing,
            html_snippet=html_snippet,
        )
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
