from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    AudioNativeProjectSettingsResponseModelStatusType0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AudioNativeProjectSettingsResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AudioNativeProjectSettingsResponseModel(Lazy):
    """Example:
        {'audio_path': 'audio/my_project.mp3', 'audio_url': 'https://example.com/audio/my_project.mp3', 'author': 'John
        Doe', 'background_color': '#FFFFFF', 'image': 'https://example.com/image.jpg', 'sessionization': 1, 'small':
        False, 'status': 'ready', 'text_color': '#000000', 'title': 'My Project'}

    Attributes:
        title (str): The title of the project.
        image (str): The image of the project.
        author (str): The author of the project.
        small (bool): Whether the project is small.
        text_color (str): The text color of the project.
        background_color (str): The background color of the project.
        sessionization (int): The sessionization of the project. Specifies for how many minutes to persist the session
            across page reloads.
        audio_path (None | str | Unset): The path of the audio file.
        audio_url (None | str | Unset): The URL of the audio file.
        status (AudioNativeProjectSettingsResponseModelStatusType0 | str | Unset): Current state of the project Defaults
            to 'ready' on the server.
    """

    title: str

    image: str

    author: str

    small: bool

    text_color: str

    background_color: str

    sessionization: int

    audio_path: None | str | Unset = UNSET

    audio_url: None | str | Unset = UNSET

    status: AudioNativeProjectSettingsResponseModelStatusType0 | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "title",
        "image",
        "author",
        "small",
        "text_color",
        "background_color",
        "sessionization",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        title = self.title

        image = self.image

        author = self.author

        small = self.small

        text_color = self.text_color

        background_color = self.background_color

        sessionization = self.sessionization

        audio_path: Any
        try:
            audio_path = self.audio_path

        except (AttributeError, TypeError):
            audio_path = self.audio_path

        audio_url: Any
        try:
            audio_url = self.audio_url

        except (AttributeError, TypeError):
            audio_url = self.audio_url

        status: Any
        try:
            if isinstance(self.status, Unset):
                status = UNSET
            elif isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if title is not None or "title" not in self._missing_fields:
            field_dict["title"] = title
        if image is not None or "image" not in self._missing_fields:
            field_dict["image"] = image
        if author is not None or "author" not in self._missing_fields:
            field_dict["author"] = author
        if small is not None or "small" not in self._missing_fields:
            field_dict["small"] = small
        if text_color is not None or "text_color" not in self._missing_fields:
            field_dict["text_color"] = text_color
        if background_color is not None or "background_color" not in self._missing_fields:
            field_dict["background_color"] = background_color
        if sessionization is not None or "sessionization" not in self._missing_fields:
            field_dict["sessionization"] = sessionization
        if audio_path is not UNSET:
            field_dict["audio_path"] = audio_path
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if status is not UNSET:
            field_dict["status"] = status
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        audio_native_project_settings_response_model = cls.__new__(cls)
        audio_native_project_settings_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return audio_native_project_settings_response_model

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


_read_title = plain_reader("title", (str,), "a string", True)

_read_image = plain_reader("image", (str,), "a string", True)

_read_author = plain_reader("author", (str,), "a string", True)

_read_small = plain_reader("small", (bool,), "a boolean", True)

_read_text_color = plain_reader("text_color", (str,), "a string", True)

_read_background_color = plain_reader("background_color", (str,), "a string", True)

_read_sessionization = plain_reader("sessionization", (int,), "an integer", True)

_read_audio_path = plain_reader(
    "audio_path",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_audio_url = plain_reader(
    "audio_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_status = plain_reader("status", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "title",
        "image",
        "author",
        "small",
        "text_color",
        "background_color",
        "sessionization",
        "audio_path",
        "audio_url",
        "status",
    )
)


def _read_additional_properties(
    cls: type[AudioNativeProjectSettingsResponseModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AudioNativeProjectSettingsResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    title = d.get("title", MISSING)
    if title.__class__ is not str:
        title = _read_title(cls, d)

    image = d.get("image", MISSING)
    if image.__class__ is not str:
        image = _read_image(cls, d)

    author = d.get("author", MISSING)
    if author.__class__ is not str:
        author = _read_author(cls, d)

    small = d.get("small", MISSING)
    if small.__class__ is not bool:
        small = _read_small(cls, d)

    text_color = d.get("text_color", MISSING)
    if text_color.__class__ is not str:
        text_color = _read_text_color(cls, d)

    background_color = d.get("background_color", MISSING)
    if background_color.__class__ is not str:
        background_color = _read_background_color(cls, d)

    sessionization = d.get("sessionization", MISSING)
    if sessionization.__class__ is not int:
        sessionization = _read_sessionization(cls, d)

    audio_path = d.get("audio_path", UNSET)
    if audio_path.__class__ is not str and audio_path is not None and audio_path is not UNSET:
        audio_path = _read_audio_path(cls, d)

    audio_url = d.get("audio_url", UNSET)
    if audio_url.__class__ is not str and audio_url is not None and audio_url is not UNSET:
        audio_url = _read_audio_url(cls, d)

    status = d.get("status", UNSET)
    if status.__class__ is not str and status is not UNSET:
        status = _read_status(cls, d)

    return {
        "title": title,
        "image": image,
        "author": author,
        "small": small,
        "text_color": text_color,
        "background_color": background_color,
        "sessionization": sessionization,
        "audio_path": audio_path,
        "audio_url": audio_url,
        "status": status,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AudioNativeProjectSettingsResponseModel,
    _all_fields,
    {
        "title": _read_title,
        "image": _read_image,
        "author": _read_author,
        "small": _read_small,
        "text_color": _read_text_color,
        "background_color": _read_background_color,
        "sessionization": _read_sessionization,
        "audio_path": _read_audio_path,
        "audio_url": _read_audio_url,
        "status": _read_status,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
