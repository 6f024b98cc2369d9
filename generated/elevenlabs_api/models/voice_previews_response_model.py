from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="VoicePreviewsResponseModel")


@_attrs_define
class VoicePreviewsResponseModel:
    """Attributes:
    previews (list[VoicePreviewResponseModel]): The previews of the generated voices.
    text (str): The text used to preview the voices.
    """

    previews: list[VoicePreviewResponseModel]

    text: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        previews: Any
        try:
            previews = []
            for previews_item_data in self.previews:
                previews_item = previews_item_data.to_dict()
                previews.append(previews_item)

        except (AttributeError, TypeError):
            previews = self.previews

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if previews is not None or "previews" not in self._missing_fields:
            field_dict["previews"] = previews
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        previews_raw = d.pop("previews", MISSING)
        if previews_raw is MISSING:
            previews = missing_field(cls, "previews")
            _missing += ("previews",)
        else:
            try:
                expect_array("previews", previews_raw)
                previews = []
                _previews = previews_raw
                for previews_item_data in _previews:
                    previews_item = VoicePreviewResponseModel.from_dict(previews_item_data)

                    previews.append(previews_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                previews = deviating_field(cls, "previews", previews_raw)

        text = d.pop("text", MISSING)
        if text.__class__ is not str:
            if text is MISSING:
                text = missing_field(cls, "text")
                _missing += ("text",)
            else:
                text = unexpected_type(cls, "text", text, "a string")

        voice_previews_response_model = cls(
            previews=previews,
            text=text,
        )
        if _missing:
            voice_previews_response_model._missing_fields = _missing
        voice_previews_response_model.additional_properties = d
        return voice_previews_response_model

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
from ..models.voice_preview_response_model import VoicePreviewResponseModel
