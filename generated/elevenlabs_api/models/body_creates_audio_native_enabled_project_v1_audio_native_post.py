from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    BodyCreatesAudioNativeEnabledProjectV1AudioNativePostApplyTextNormalizationType0,
    check_body_creates_audio_native_enabled_project_v1_audio_native_post_apply_text_normalization_type_0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    File,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyCreatesAudioNativeEnabledProjectV1AudioNativePost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyCreatesAudioNativeEnabledProjectV1AudioNativePost(Lazy):
    """Attributes:
    name (str): Project name.
    image (None | str | Unset): (Deprecated) Image URL used in the player. If not provided, default image set in the
        Player settings is used.
    author (None | str | Unset): Author used in the player and inserted at the start of the uploaded article. If not
        provided, the default author set in the Player settings is used.
    title (None | str | Unset): Title used in the player and inserted at the top of the uploaded article. If not
        provided, the default title set in the Player settings is used.
    small (bool | Unset): (Deprecated) Whether to use small player or not. If not provided, default value set in the
        Player settings is used. Defaults to False on the server.
    text_color (None | str | Unset): Text color used in the player. If not provided, default text color set in the
        Player settings is used.
    background_color (None | str | Unset): Background color used in the player. If not provided, default background
        color set in the Player settings is used.
    sessionization (int | Unset): (Deprecated) Specifies for how many minutes to persist the session across page
        reloads. If not provided, default sessionization set in the Player settings is used. Defaults to 0 on the
        server.
    voice_id (None | str | Unset): Voice ID used to voice the content. If not provided, default voice ID set in the
        Player settings is used.
    model_id (None | str | Unset): TTS Model ID used in the player. If not provided, default model ID set in the
        Player settings is used.
    file (File | Unset): Either txt or HTML input file containing the article content. HTML should be formatted as
        follows '&lt;html&gt;&lt;body&gt;&lt;div&gt;&lt;p&gt;Your content&lt;/p&gt;&lt;h3&gt;More of your
        content&lt;/h3&gt;&lt;p&gt;Some more of your content&lt;/p&gt;&lt;/div&gt;&lt;/body&gt;&lt;/html&gt;'
    auto_convert (bool | Unset): Whether to auto convert the project to audio or not. Defaults to False on the
        server.
    apply_text_normalization (BodyCreatesAudioNativeEnabledProjectV1AudioNativePostApplyTextNormalizationType0 |
        None | Unset):
            This parameter controls text normalization with four modes: 'auto', 'on', 'apply_english' and 'off'.
            When set to 'auto', the system will automatically decide whether to apply text normalization
            (e.g., spelling out numbers). With 'on', text normalization will always be applied, while
            with 'off', it will be skipped. 'apply_english' is the same as 'on' but will assume that text is in English.

    pronunciation_dictionary_locators (list[str] | Unset): A list of pronunciation dictionary locators
        (pronunciation_dictionary_id, version_id) encoded as a list of JSON strings for pronunciation dictionaries to be
        applied to the text. A list of json encoded strings is required as adding projects may occur through formData as
        opposed to jsonBody. To specify multiple dictionaries use multiple --form lines in your curl, such as --form
        'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Vm
        d4Zor6fplcA7WrINey\\",\\"version_id\\":\\"hRPaxjlTdR7wFMhV4w0b\\"}"' --form
        'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Jz
        WtcGQMJ6bnlWwyMo7e\\",\\"version_id\\":\\"lbmwxiLu4q6txYxgdZqn\\"}"'.
    """

    name: str

    image: None | str | Unset = UNSET

    author: None | str | Unset = UNSET

    title: None | str | Unset = UNSET

    small: bool | Unset = UNSET

    text_color: None | str | Unset = UNSET

    background_color: None | str | Unset = UNSET

    sessionization: int | Unset = UNSET

    voice_id: None | str | Unset = UNSET

    model_id: None | str | Unset = UNSET

    file: File | Unset = UNSET

    auto_convert: bool | Unset = UNSET

    apply_text_normalization: (
        BodyCreatesAudioNativeEnabledProjectV1AudioNativePostApplyTextNormalizationType0 | None | Unset
    ) = UNSET

    pronunciation_dictionary_locators: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("name",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        image: Any
        try:
            image = self.image

        except (AttributeError, TypeError):
            image = self.image

        author: Any
        try:
            author = self.author

        except (AttributeError, TypeError):
            author = self.author

        title: Any
        try:
            title = self.title

        except (AttributeError, TypeError):
            title = self.title

        small = self.small

        text_color: Any
        try:
            text_color = self.text_color

        except (AttributeError, TypeError):
            text_color = self.text_color

        background_color: Any
        try:
            background_color = self.background_color

        except (AttributeError, TypeError):
            background_color = self.background_color

        sessionization = self.sessionization

        voice_id: Any
        try:
            voice_id = self.voice_id

        except (AttributeError, TypeError):
            voice_id = self.voice_id

        model_id: Any
        try:
            model_id = self.model_id

        except (AttributeError, TypeError):
            model_id = self.model_id

        file: Any
        try:
            file = UNSET
            if not isinstance(self.file, Unset):
                file = self.file.to_tuple()

        except (AttributeError, TypeError):
            file = self.file

        auto_convert = self.auto_convert

        apply_text_normalization: Any
        try:
            if isinstance(self.apply_text_normalization, Unset):
                apply_text_normalization = UNSET
            elif isinstance(self.apply_text_normalization, str):
                apply_text_normalization = self.apply_text_normalization
            else:
                apply_text_normalization = self.apply_text_normalization

        except (AttributeError, TypeError):
            apply_text_normalization = self.apply_text_normalization

        pronunciation_dictionary_locators: Any
        try:
            pronunciation_dictionary_locators = UNSET
            if not isinstance(self.pronunciation_dictionary_locators, Unset):
                pronunciation_dictionary_locators = self.pronunciation_dictionary_locators

        except (AttributeError, TypeError):
            pronunciation_dictionary_locators = self.pronunciation_dictionary_locators

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if image is not UNSET:
            field_dict["image"] = image
        if author is not UNSET:
            field_dict["author"] = author
        if title is not UNSET:
            field_dict["title"] = title
        if small is not UNSET:
            field_dict["small"] = small
        if text_color is not UNSET:
            field_dict["text_color"] = text_color
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if sessionization is not UNSET:
            field_dict["sessionization"] = sessionization
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if file is not UNSET:
            field_dict["file"] = file
        if auto_convert is not UNSET:
            field_dict["auto_convert"] = auto_convert
        if apply_text_normalization is not UNSET:
            field_dict["apply_text_normalization"] = apply_text_normalization
        if pronunciation_dictionary_locators is not UNSET:
            field_dict["pronunciation_dictionary_locators"] = pronunciation_dictionary_locators
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.image, Unset):
            if isinstance(self.image, str) or self.image is None:
                files.append(("image", (None, str(self.image).encode(), "text/plain")))

        if not isinstance(self.author, Unset):
            if isinstance(self.author, str) or self.author is None:
                files.append(("author", (None, str(self.author).encode(), "text/plain")))

        if not isinstance(self.title, Unset):
            if isinstance(self.title, str) or self.title is None:
                files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.small, Unset):
            files.append(("small", (None, b"true" if self.small else b"false", "text/plain")))

        if not isinstance(self.text_color, Unset):
            if isinstance(self.text_color, str) or self.text_color is None:
                files.append(("text_color", (None, str(self.text_color).encode(), "text/plain")))

        if not isinstance(self.background_color, Unset):
            if isinstance(self.background_color, str) or self.background_color is None:
                files.append(("background_color", (None, str(self.background_color).encode(), "text/plain")))

        if not isinstance(self.sessionization, Unset):
            files.append(("sessionization", (None, str(self.sessionization).encode(), "text/plain")))

        if not isinstance(self.voice_id, Unset):
            if isinstance(self.voice_id, str) or self.voice_id is None:
                files.append(("voice_id", (None, str(self.voice_id).encode(), "text/plain")))

        if not isinstance(self.model_id, Unset):
            if isinstance(self.model_id, str) or self.model_id is None:
                files.append(("model_id", (None, str(self.model_id).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.auto_convert, Unset):
            files.append(("auto_convert", (None, b"true" if self.auto_convert else b"false", "text/plain")))

        if not isinstance(self.apply_text_normalization, Unset):
            if isinstance(self.apply_text_normalization, str) or self.apply_text_normalization is None:
                files.append(
                    ("apply_text_normalization", (None, str(self.apply_text_normalization).encode(), "text/plain"))
                )

        if not isinstance(self.pronunciation_dictionary_locators, Unset):
            for pronunciation_dictionary_locators_item_element in self.pronunciation_dictionary_locators:
                files.append(
                    (
                        "pronunciation_dictionary_locators",
                        (None, str(pronunciation_dictionary_locators_item_element).encode(), "text/plain"),
                    )
                )

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
        body_creates_audio_native_enabled_project_v1_audio_native_post = cls.__new__(cls)
        body_creates_audio_native_enabled_project_v1_audio_native_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_creates_audio_native_enabled_project_v1_audio_native_post

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


_read_name = plain_reader("name", (str,), "a string", True)

_read_image = plain_reader(
    "image",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_author = plain_reader(
    "author",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_title = plain_reader(
    "title",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_small = plain_reader("small", (bool,), "a boolean", False)

_read_text_color = plain_reader(
    "text_color",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_background_color = plain_reader(
    "background_color",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_sessionization = plain_reader("sessionization", (int,), "an integer", False)

_read_voice_id = plain_reader(
    "voice_id",
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


def _read_file(cls: type[BodyCreatesAudioNativeEnabledProjectV1AudioNativePost], d: Mapping[str, Any]) -> Any:
    file_raw = d.get("file", UNSET)
    try:
        _file = file_raw
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))
    except (KeyError, TypeError, ValueError, AttributeError):
        file = deviating_field(cls, "file", file_raw)

    return file


_read_auto_convert = plain_reader("auto_convert", (bool,), "a boolean", False)


def _read_apply_text_normalization(
    cls: type[BodyCreatesAudioNativeEnabledProjectV1AudioNativePost], d: Mapping[str, Any]
) -> Any:
    apply_text_normalization_raw = d.get("apply_text_normalization", UNSET)
    try:

        def _parse_apply_text_normalization(
            data: object,
        ) -> BodyCreatesAudioNativeEnabledProjectV1AudioNativePostApplyTextNormalizationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            apply_text_normalization_type_0 = (
                check_body_creates_audio_native_enabled_project_v1_audio_native_post_apply_text_normalization_type_0(
                    data
                )
            )

            return apply_text_normalization_type_0

        apply_text_normalization = _parse_apply_text_normalization(apply_text_normalization_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        apply_text_normalization = deviating_field(cls, "apply_text_normalization", apply_text_normalization_raw)

    return apply_text_normalization


_read_pronunciation_dictionary_locators = plain_reader(
    "pronunciation_dictionary_locators", (list,), "an array", False, ((str,), "a string")
)


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "image",
        "author",
        "title",
        "small",
        "text_color",
        "background_color",
        "sessionization",
        "voice_id",
        "model_id",
        "file",
        "auto_convert",
        "apply_text_normalization",
        "pronunciation_dictionary_locators",
    )
)


def _read_additional_properties(
    cls: type[BodyCreatesAudioNativeEnabledProjectV1AudioNativePost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyCreatesAudioNativeEnabledProjectV1AudioNativePost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    image = d.get("image", UNSET)
    if image.__class__ is not str and image is not None and image is not UNSET:
        image = _read_image(cls, d)

    author = d.get("author", UNSET)
    if author.__class__ is not str and author is not None and author is not UNSET:
        author = _read_author(cls, d)

    title = d.get("title", UNSET)
    if title.__class__ is not str and title is not None and title is not UNSET:
        title = _read_title(cls, d)

    small = d.get("small", UNSET)
    if small.__class__ is not bool and small is not UNSET:
        small = _read_small(cls, d)

    text_color = d.get("text_color", UNSET)
    if text_color.__class__ is not str and text_color is not None and text_color is not UNSET:
        text_color = _read_text_color(cls, d)

    background_color = d.get("background_color", UNSET)
    if background_color.__class__ is not str and background_color is not None and background_color is not UNSET:
        background_color = _read_background_color(cls, d)

    sessionization = d.get("sessionization", UNSET)
    if sessionization.__class__ is not int and sessionization is not UNSET:
        sessionization = _read_sessionization(cls, d)

    voice_id = d.get("voice_id", UNSET)
    if voice_id.__class__ is not str and voice_id is not None and voice_id is not UNSET:
        voice_id = _read_voice_id(cls, d)

    model_id = d.get("model_id", UNSET)
    if model_id.__class__ is not str and model_id is not None and model_id is not UNSET:
        model_id = _read_model_id(cls, d)

    if "file" in known:
        file = known["file"]
    else:
        file = d.get("file", UNSET)
        if file is not UNSET:
            file = _read_file(cls, d)

    auto_convert = d.get("auto_convert", UNSET)
    if auto_convert.__class__ is not bool and auto_convert is not UNSET:
        auto_convert = _read_auto_convert(cls, d)

    if "apply_text_normalization" in known:
        apply_text_normalization = known["apply_text_normalization"]
    else:
        apply_text_normalization = d.get("apply_text_normalization", UNSET)
        if apply_text_normalization is not UNSET and apply_text_normalization is not None:
            apply_text_normalization = _read_apply_text_normalization(cls, d)

    pronunciation_dictionary_locators = d.get("pronunciation_dictionary_locators", UNSET)
    if pronunciation_dictionary_locators.__class__ is not list and pronunciation_dictionary_locators is not UNSET:
        pronunciation_dictionary_locators = _read_pronunciation_dictionary_locators(cls, d)
    elif pronunciation_dictionary_locators.__class__ is list and pronunciation_dictionary_locators:
        check_items(cls, "pronunciation_dictionary_locators", pronunciation_dictionary_locators, (str,), "a string")

    return {
        "name": name,
        "image": image,
        "author": author,
        "title": title,
        "small": small,
        "text_color": text_color,
        "background_color": background_color,
        "sessionization": sessionization,
        "voice_id": voice_id,
        "model_id": model_id,
        "file": file,
        "auto_convert": auto_convert,
        "apply_text_normalization": apply_text_normalization,
        "pronunciation_dictionary_locators": pronunciation_dictionary_locators,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyCreatesAudioNativeEnabledProjectV1AudioNativePost,
    _all_fields,
    {
        "name": _read_name,
        "image": _read_image,
        "author": _read_author,
        "title": _read_title,
        "small": _read_small,
        "text_color": _read_text_color,
        "background_color": _read_background_color,
        "sessionization": _read_sessionization,
        "voice_id": _read_voice_id,
        "model_id": _read_model_id,
        "file": _read_file,
        "auto_convert": _read_auto_convert,
        "apply_text_normalization": _read_apply_text_normalization,
        "pronunciation_dictionary_locators": _read_pronunciation_dictionary_locators,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
