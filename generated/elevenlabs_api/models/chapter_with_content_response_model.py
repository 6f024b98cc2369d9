from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chapter_with_content_response_model_state_type_0 import (
    ChapterWithContentResponseModelStateType0,
)
from ..types import MISSING, UNSET, Unset, deviating_field, missing_field

T = TypeVar("T", bound="ChapterWithContentResponseModel")


@_attrs_define
class ChapterWithContentResponseModel:
    """Example:
        {'can_be_downloaded': True, 'chapter_id': 'aw1NgEzBg83R7vgmiJt6', 'content': {'blocks': []},
        'conversion_progress': 0.5, 'last_conversion_date_unix': 1714204800, 'name': 'Chapter 1', 'state': 'default',
        'statistics': {'characters_converted': 200, 'characters_unconverted': 100, 'paragraphs_converted': 5,
        'paragraphs_unconverted': 3}}

    Attributes:
        chapter_id (str): The ID of the chapter.
        name (str): The name of the chapter.
        can_be_downloaded (bool): Whether the chapter can be downloaded.
        state (ChapterWithContentResponseModelStateType0 | str): The state of the chapter.
        content (ChapterContentResponseModel):
        last_conversion_date_unix (int | None | Unset): The last conversion date of the chapter.
        conversion_progress (float | None | Unset): The conversion progress of the chapter.
        has_video (bool | None | Unset): Whether the chapter has a video.
        has_visual_content (bool | None | Unset): Whether the chapter has any visual content (video, image, or text
            clips).
        voice_ids (list[str] | None | Unset): List of voice ids used by the chapter
        statistics (ChapterStatisticsResponseModel | None | Unset): The statistics of the chapter.
        last_conversion_error (None | str | Unset): The last conversion error of the chapter.
    """

    chapter_id: str

    name: str

    can_be_downloaded: bool

    state: ChapterWithContentResponseModelStateType0 | str

    content: ChapterContentResponseModel

    last_conversion_date_unix: int | None | Unset = UNSET

    conversion_progress: float | None | Unset = UNSET

    has_video: bool | None | Unset = UNSET

    has_visual_content: bool | None | Unset = UNSET

    voice_ids: list[str] | None | Unset = UNSET

    statistics: ChapterStatisticsResponseModel | None | Unset = UNSET

    last_conversion_error: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chapter_id = self.chapter_id

        name = self.name

        can_be_downloaded = self.can_be_downloaded

        state: Any
        try:
            if isinstance(self.state, str):
                state = self.state
            else:
                state = self.state

        except (AttributeError, TypeError):
            state = self.state

        content: Any
        try:
            content = self.content.to_dict()
        except (AttributeError, TypeError):
            content = self.content

        last_conversion_date_unix: Any
        try:
            last_conversion_date_unix = self.last_conversion_date_unix

        except (AttributeError, TypeError):
            last_conversion_date_unix = self.last_conversion_date_unix

        conversion_progress: Any
        try:
            conversion_progress = self.conversion_progress

        except (AttributeError, TypeError):
            conversion_progress = self.conversion_progress

        has_video: Any
        try:
            has_video = self.has_video

        except (AttributeError, TypeError):
            has_video = self.has_video

        has_visual_content: Any
        try:
            has_visual_content = self.has_visual_content

        except (AttributeError, TypeError):
            has_visual_content = self.has_visual_content

        voice_ids: Any
        try:
            if isinstance(self.voice_ids, Unset):
                voice_ids = UNSET
            elif isinstance(self.voice_ids, list):
                voice_ids = self.voice_ids

            else:
                voice_ids = self.voice_ids

        except (AttributeError, TypeError):
            voice_ids = self.voice_ids

        statistics: Any
        try:
            if isinstance(self.statistics, Unset):
                statistics = UNSET
            elif isinstance(self.statistics, ChapterStatisticsResponseModel):
                statistics = self.statistics.to_dict()
            else:
                statistics = self.statistics

        except (AttributeError, TypeError):
            statistics = self.statistics

        last_conversion_error: Any
        try:
            last_conversion_error = self.last_conversion_error

        except (AttributeError, TypeError):
            last_conversion_error = self.last_conversion_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if chapter_id is not None:
            field_dict["chapter_id"] = chapter_id
        if name is not None:
            field_dict["name"] = name
        if can_be_downloaded is not None:
            field_dict["can_be_downloaded"] = can_be_downloaded
        if state is not None:
            field_dict["state"] = state
        if content is not None:
            field_dict["content"] = content
        if last_conversion_date_unix is not UNSET:
            field_dict["last_conversion_date_unix"] = last_conversion_date_unix
        if conversion_progress is not UNSET:
            field_dict["conversion_progress"] = conversion_progress
        if has_video is not UNSET:
            field_dict["has_video"] = has_video
        if has_visual_content is not UNSET:
            field_dict["has_visual_content"] = has_visual_content
        if voice_ids is not UNSET:
            field_dict["voice_ids"] = voice_ids
        if statistics is not UNSET:
            field_dict["statistics"] = statistics
        if last_conversion_error is not UNSET:
            field_dict["last_conversion_error"] = last_conversion_error
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        chapter_id = d.pop("chapter_id", MISSING)
        if chapter_id is MISSING:
            chapter_id = missing_field(cls, "chapter_id")

        name = d.pop("name", MISSING)
        if name is MISSING:
            name = missing_field(cls, "name")

        can_be_downloaded = d.pop("can_be_downloaded", MISSING)
        if can_be_downloaded is MISSING:
            can_be_downloaded = missing_field(cls, "can_be_downloaded")

        state = d.pop("state", MISSING)
        if state is MISSING:
            state = missing_field(cls, "state")

        content_raw = d.pop("content", MISSING)
        if content_raw is MISSING:
            content_raw = missing_field(cls, "content")
        try:
            content = ChapterContentResponseModel.from_dict(content_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            content = deviating_field(cls, "content", content_raw)

        last_conversion_date_unix = d.pop("last_conversion_date_unix", UNSET)

        conversion_progress = d.pop("conversion_progress", UNSET)

        has_video = d.pop("has_video", UNSET)

        has_visual_content = d.pop("has_visual_content", UNSET)

        voice_ids_raw = d.pop("voice_ids", UNSET)
        try:

            def _parse_voice_ids(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, list):
                    raise TypeError(f"got {type(data).__name__}")
                voice_ids_type_0 = cast(list[str], data)

                return voice_ids_type_0

            voice_ids = _parse_voice_ids(voice_ids_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            voice_ids = deviating_field(cls, "voice_ids", voice_ids_raw)

        statistics_raw = d.pop("statistics", UNSET)
        try:

            def _parse_statistics(data: object) -> ChapterStatisticsResponseModel | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                statistics_type_0 = ChapterStatisticsResponseModel.from_dict(data)

                return statistics_type_0

            statistics = _parse_statistics(statistics_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            statistics = deviating_field(cls, "statistics", statistics_raw)

        last_conversion_error = d.pop("last_conversion_error", UNSET)

        chapter_with_content_response_model = cls(
            chapter_id=chapter_id,
            name=name,
            can_be_downloaded=can_be_downloaded,
            state=state,
            content=content,
            last_conversion_date_unix=last_conversion_date_unix,
            conversion_progress=conversion_progress,
            has_video=has_video,
            has_visual_content=has_visual_content,
            voice_ids=voice_ids,
            statistics=statistics,
            last_conversion_error=last_conversion_error,
        )
        chapter_with_content_response_model.additional_properties = d
        return chapter_with_content_response_model

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
from ..models.chapter_content_response_model import ChapterContentResponseModel
from ..models.chapter_statistics_response_model import ChapterStatisticsResponseModel
