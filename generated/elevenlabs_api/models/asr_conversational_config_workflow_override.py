from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    AsrInputFormat,
    AsrProvider,
    AsrQuality,
)
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AsrConversationalConfigWorkflowOverride")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AsrConversationalConfigWorkflowOverride(Lazy):
    """Example:
        {'keywords': ['hello', 'world'], 'provider': 'scribe_realtime', 'quality': 'high', 'user_input_audio_format':
        'pcm_16000'}

    Attributes:
        quality (AsrQuality | None | str | Unset): The quality of the transcription
        provider (AsrProvider | None | str | Unset): The provider of the transcription service
        user_input_audio_format (AsrInputFormat | None | str | Unset): The format of the audio to be transcribed
        keywords (list[str] | None | Unset): Keywords to boost prediction probability for
    """

    quality: AsrQuality | None | str | Unset = UNSET

    provider: AsrProvider | None | str | Unset = UNSET

    user_input_audio_format: AsrInputFormat | None | str | Unset = UNSET

    keywords: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        quality: Any
        try:
            if isinstance(self.quality, Unset):
                quality = UNSET
            elif isinstance(self.quality, str):
                quality = self.quality
            else:
                quality = self.quality

        except (AttributeError, TypeError):
            quality = self.quality

        provider: Any
        try:
            if isinstance(self.provider, Unset):
                provider = UNSET
            elif isinstance(self.provider, str):
                provider = self.provider
            else:
                provider = self.provider

        except (AttributeError, TypeError):
            provider = self.provider

        user_input_audio_format: Any
        try:
            if isinstance(self.user_input_audio_format, Unset):
                user_input_audio_format = UNSET
            elif isinstance(self.user_input_audio_format, str):
                user_input_audio_format = self.user_input_audio_format
            else:
                user_input_audio_format = self.user_input_audio_format

        except (AttributeError, TypeError):
            user_input_audio_format = self.user_input_audio_format

        keywords: Any
        try:
            if isinstance(self.keywords, Unset):
                keywords = UNSET
            elif isinstance(self.keywords, list):
                keywords = self.keywords

            else:
                keywords = self.keywords

        except (AttributeError, TypeError):
            keywords = self.keywords

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if quality is not UNSET:
            field_dict["quality"] = quality
        if provider is not UNSET:
            field_dict["provider"] = provider
        if user_input_audio_format is not UNSET:
            field_dict["user_input_audio_format"] = user_input_audio_format
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        asr_conversational_config_workflow_override = cls.__new__(cls)
        asr_conversational_config_workflow_override.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return asr_conversational_config_workflow_override

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


_read_quality = plain_reader(
    "quality",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_provider = plain_reader(
    "provider",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_user_input_audio_format = plain_reader(
    "user_input_audio_format",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_keywords = plain_reader(
    "keywords",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)


_FIELDS: frozenset[str] = frozenset(
    (
        "quality",
        "provider",
        "user_input_audio_format",
        "keywords",
    )
)


def _read_additional_properties(
    cls: type[AsrConversationalConfigWorkflowOverride], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AsrConversationalConfigWorkflowOverride], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    quality = d.get("quality", UNSET)
    if quality is not None and quality.__class__ is not str and quality is not UNSET:
        quality = _read_quality(cls, d)

    provider = d.get("provider", UNSET)
    if provider is not None and provider.__class__ is not str and provider is not UNSET:
        provider = _read_provider(cls, d)

    user_input_audio_format = d.get("user_input_audio_format", UNSET)
    if (
        user_input_audio_format is not None
        and user_input_audio_format.__class__ is not str
        and user_input_audio_format is not UNSET
    ):
        user_input_audio_format = _read_user_input_audio_format(cls, d)

    keywords = d.get("keywords", UNSET)
    if keywords.__class__ is not list and keywords is not None and keywords is not UNSET:
        keywords = _read_keywords(cls, d)
    elif keywords.__class__ is list and keywords:
        check_items(cls, "keywords", keywords, (str,), "a string")

    return {
        "quality": quality,
        "provider": provider,
        "user_input_audio_format": user_input_audio_format,
        "keywords": keywords,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AsrConversationalConfigWorkflowOverride,
    _all_fields,
    {
        "quality": _read_quality,
        "provider": _read_provider,
        "user_input_audio_format": _read_user_input_audio_format,
        "keywords": _read_keywords,
        "additional_properties": _read_additional_properties,
    },
)
