from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    FILE,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    union,
)
from ..models._literals import (
    BodyCreatesAudioNativeEnabledProjectV1AudioNativePostApplyTextNormalizationType0,
)
from ..types import UNSET, File, Unset


@_attrs_define(slots=False)
class BodyCreatesAudioNativeEnabledProjectV1AudioNativePost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name: Project name.
    image: (Deprecated) Image URL used in the player. If not provided, default image set in the Player settings is
        used.
    author: Author used in the player and inserted at the start of the uploaded article. If not provided, the
        default author set in the Player settings is used.
    title: Title used in the player and inserted at the top of the uploaded article. If not provided, the default
        title set in the Player settings is used.
    small: (Deprecated) Whether to use small player or not. If not provided, default value set in the Player
        settings is used. Defaults to False on the server.
    text_color: Text color used in the player. If not provided, default text color set in the Player settings is
        used.
    background_color: Background color used in the player. If not provided, default background color set in the
        Player settings is used.
    sessionization: (Deprecated) Specifies for how many minutes to persist the session across page reloads. If not
        provided, default sessionization set in the Player settings is used. Defaults to 0 on the server.
    voice_id: Voice ID used to voice the content. If not provided, default voice ID set in the Player settings is
        used.
    model_id: TTS Model ID used in the player. If not provided, default model ID set in the Player settings is used.
    file: Either txt or HTML input file containing the article content. HTML should be formatted as follows
        '&lt;html&gt;&lt;body&gt;&lt;div&gt;&lt;p&gt;Your content&lt;/p&gt;&lt;h3&gt;More of your
        content&lt;/h3&gt;&lt;p&gt;Some more of your content&lt;/p&gt;&lt;/div&gt;&lt;/body&gt;&lt;/html&gt;'
    auto_convert: Whether to auto convert the project to audio or not. Defaults to False on the server.
    apply_text_normalization:
            This parameter controls text normalization with four modes: 'auto', 'on', 'apply_english' and 'off'.
            When set to 'auto', the system will automatically decide whether to apply text normalization
            (e.g., spelling out numbers). With 'on', text normalization will always be applied, while
            with 'off', it will be skipped. 'apply_english' is the same as 'on' but will assume that text is in English.

    pronunciation_dictionary_locators: A list of pronunciation dictionary locators (pronunciation_dictionary_id,
        version_id) encoded as a list of JSON strings for pronunciation dictionaries to be applied to the text. A list
        of json encoded strings is required as adding projects may occur through formData as opposed to jsonBody. To
        specify multiple dictionaries use multiple --form lines in your curl, such as --form
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("image", "image", union(STR, NULL)),
        Field("author", "author", union(STR, NULL)),
        Field("title", "title", union(STR, NULL)),
        Field("small", "small", BOOL),
        Field("text_color", "text_color", union(STR, NULL)),
        Field("background_color", "background_color", union(STR, NULL)),
        Field("sessionization", "sessionization", INT),
        Field("voice_id", "voice_id", union(STR, NULL)),
        Field("model_id", "model_id", union(STR, NULL)),
        Field("file", "file", FILE),
        Field("auto_convert", "auto_convert", BOOL),
        Field(
            "apply_text_normalization",
            "apply_text_normalization",
            union(literal("BodyCreatesAudioNativeEnabledProjectV1AudioNativePostApplyTextNormalizationType0"), NULL),
        ),
        Field("pronunciation_dictionary_locators", "pronunciation_dictionary_locators", list_of(STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )

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
