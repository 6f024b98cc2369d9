from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ChapterWithContentResponseModelStateType0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ChapterWithContentResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ChapterWithContentResponseModel(Lazy):
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
        statistics (ChapterStatisticsResponse | None | Unset): The statistics of the chapter.
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

    statistics: ChapterStatisticsResponse | None | Unset = UNSET

    last_conversion_error: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "chapter_id",
        "name",
        "can_be_downloaded",
        "state",
        "content",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
            elif isinstance(self.statistics, ChapterStatisticsResponse):
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
        if chapter_id is not None or "chapter_id" not in self._missing_fields:
            field_dict["chapter_id"] = chapter_id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if can_be_downloaded is not None or "can_be_downloaded" not in self._missing_fields:
            field_dict["can_be_downloaded"] = can_be_downloaded
        if state is not None or "state" not in self._missing_fields:
            field_dict["state"] = state
        if content is not None or "content" not in self._missing_fields:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        chapter_with_content_response_model = cls.__new__(cls)
        chapter_with_content_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_chapter_id = plain_reader("chapter_id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_can_be_downloaded = plain_reader("can_be_downloaded", (bool,), "a boolean", True)

_read_state = plain_reader("state", (str,), "a string", True)


def _read_content(cls: type[ChapterWithContentResponseModel], d: Mapping[str, Any]) -> Any:
    content_raw = d.get("content", MISSING)
    if content_raw is MISSING:
        content = missing_field(cls, "content")
    else:
        try:
            content = ChapterContentResponseModel.from_dict(content_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            content = deviating_field(cls, "content", content_raw)

    return content


_read_last_conversion_date_unix = plain_reader(
    "last_conversion_date_unix",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_conversion_progress = plain_reader(
    "conversion_progress",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_has_video = plain_reader(
    "has_video",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_has_visual_content = plain_reader(
    "has_visual_content",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_voice_ids = plain_reader(
    "voice_ids",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)


def _read_statistics(cls: type[ChapterWithContentResponseModel], d: Mapping[str, Any]) -> Any:
    statistics_raw = d.get("statistics", UNSET)
    try:

        def _parse_statistics(data: object) -> ChapterStatisticsResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            statistics_type_0 = ChapterStatisticsResponse.from_dict(data)

            return statistics_type_0

        statistics = _parse_statistics(statistics_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        statistics = deviating_field(cls, "statistics", statistics_raw)

    return statistics


_read_last_conversion_error = plain_reader(
    "last_conversion_error",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "chapter_id",
        "name",
        "can_be_downloaded",
        "state",
        "content",
        "last_conversion_date_unix",
        "conversion_progress",
        "has_video",
        "has_visual_content",
        "voice_ids",
        "statistics",
        "last_conversion_error",
    )
)


def _read_additional_properties(cls: type[ChapterWithContentResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ChapterWithContentResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    chapter_id = d.get("chapter_id", MISSING)
    if chapter_id.__class__ is not str:
        chapter_id = _read_chapter_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    can_be_downloaded = d.get("can_be_downloaded", MISSING)
    if can_be_downloaded.__class__ is not bool:
        can_be_downloaded = _read_can_be_downloaded(cls, d)

    state = d.get("state", MISSING)
    if state.__class__ is not str:
        state = _read_state(cls, d)

    if "content" in known:
        content = known["content"]
    else:
        content = _read_content(cls, d)

    last_conversion_date_unix = d.get("last_conversion_date_unix", UNSET)
    if (
        last_conversion_date_unix.__class__ is not int
        and last_conversion_date_unix is not None
        and last_conversion_date_unix is not UNSET
    ):
        last_conversion_date_unix = _read_last_conversion_date_unix(cls, d)

    conversion_progress = d.get("conversion_progress", UNSET)
    if (
        conversion_progress.__class__ is not float
        and conversion_progress.__class__ is not int
        and conversion_progress is not None
        and conversion_progress is not UNSET
    ):
        conversion_progress = _read_conversion_progress(cls, d)

    has_video = d.get("has_video", UNSET)
    if has_video.__class__ is not bool and has_video is not None and has_video is not UNSET:
        has_video = _read_has_video(cls, d)

    has_visual_content = d.get("has_visual_content", UNSET)
    if has_visual_content.__class__ is not bool and has_visual_content is not None and has_visual_content is not UNSET:
        has_visual_content = _read_has_visual_content(cls, d)

    voice_ids = d.get("voice_ids", UNSET)
    if voice_ids.__class__ is not list and voice_ids is not None and voice_ids is not UNSET:
        voice_ids = _read_voice_ids(cls, d)
    elif voice_ids.__class__ is list and voice_ids:
        check_items(cls, "voice_ids", voice_ids, (str,), "a string")

    if "statistics" in known:
        statistics = known["statistics"]
    else:
        statistics = d.get("statistics", UNSET)
        if statistics is not UNSET and statistics is not None:
            statistics = _read_statistics(cls, d)

    last_conversion_error = d.get("last_conversion_error", UNSET)
    if (
        last_conversion_error.__class__ is not str
        and last_conversion_error is not None
        and last_conversion_error is not UNSET
    ):
        last_conversion_error = _read_last_conversion_error(cls, d)

    return {
        "chapter_id": chapter_id,
        "name": name,
        "can_be_downloaded": can_be_downloaded,
        "state": state,
        "content": content,
        "last_conversion_date_unix": last_conversion_date_unix,
        "conversion_progress": conversion_progress,
        "has_video": has_video,
        "has_visual_content": has_visual_content,
        "voice_ids": voice_ids,
        "statistics": statistics,
        "last_conversion_error": last_conversion_error,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ChapterWithContentResponseModel,
    _all_fields,
    {
        "chapter_id": _read_chapter_id,
        "name": _read_name,
        "can_be_downloaded": _read_can_be_downloaded,
        "state": _read_state,
        "content": _read_content,
        "last_conversion_date_unix": _read_last_conversion_date_unix,
        "conversion_progress": _read_conversion_progress,
        "has_video": _read_has_video,
        "has_visual_content": _read_has_visual_content,
        "voice_ids": _read_voice_ids,
        "statistics": _read_statistics,
        "last_conversion_error": _read_last_conversion_error,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.chapter_content_response_model import ChapterContentResponseModel
from ..models.chapter_statistics_response import ChapterStatisticsResponse
