from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0,
    BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage,
    QualityPresetType,
    check_body_create_podcast_v1_studio_podcasts_post_apply_text_normalization_type_0,
    check_body_create_podcast_v1_studio_podcasts_post_the_duration_of_the_generated_podcast_this_varies_depending_on_the_format_voice_and_language,
    check_quality_preset_type,
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
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyCreatePodcastV1StudioPodcastsPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyCreatePodcastV1StudioPodcastsPost(Lazy):
    """Attributes:
    model_id (str): The ID of the model to be used for this Studio project, you can query GET /v1/models to list all
        available models.
    mode (PodcastBulletinMode | PodcastConversationMode): The type of podcast to generate. Can be 'conversation', an
        interaction between two voices, or 'bulletin', a monologue.
    source (list[PodcastTextSource | PodcastUrlSource] | PodcastTextSource | PodcastUrlSource): The source content
        for the Podcast.
    quality_preset (QualityPresetType | Unset):
    duration_scale (BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFor
        matVoiceAndLanguage | Unset): Duration of the generated podcast. Must be one of:
        short - produces podcasts shorter than 3 minutes.
        default - produces podcasts roughly between 3-7 minutes.
        long - produces podcasts longer than 7 minutes. Defaults to 'default' on the server.
    language (None | str | Unset): An optional language of the Studio project. Two-letter language code (ISO 639-1).
    intro (None | str | Unset): The intro text that will always be added to the beginning of the podcast.
    outro (None | str | Unset): The outro text that will always be added to the end of the podcast.
    instructions_prompt (None | str | Unset): Additional instructions prompt for the podcast generation used to
        adjust the podcast's style and tone.
    highlights (list[str] | None | Unset): A brief summary or highlights of the Studio project's content, providing
        key points or themes. This should be between 10 and 70 characters.
    callback_url (None | str | Unset):
            A url that will be called by our service when the Studio project is converted. Request will contain a json
        blob containing the status of the conversion
            Messages:
            1. When project was converted successfully:
            {
              type: "project_conversion_status",
              event_timestamp: 1234567890,
              data: {
                request_id: "1234567890",
                project_id: "21m00Tcm4TlvDq8ikWAM",
                conversion_status: "success",
                project_snapshot_id: "22m00Tcm4TlvDq8ikMAT",
                error_details: None,
              }
            }
            2. When project conversion failed:
            {
              type: "project_conversion_status",
              event_timestamp: 1234567890,
              data: {
                request_id: "1234567890",
                project_id: "21m00Tcm4TlvDq8ikWAM",
                conversion_status: "error",
                project_snapshot_id: None,
                error_details: "Error details if conversion failed"
              }
            }

            3. When chapter was converted successfully:
            {
              type: "chapter_conversion_status",
              event_timestamp: 1234567890,
              data: {
                request_id: "1234567890",
                project_id: "21m00Tcm4TlvDq8ikWAM",
                chapter_id: "22m00Tcm4TlvDq8ikMAT",
                conversion_status: "success",
                chapter_snapshot_id: "23m00Tcm4TlvDq8ikMAV",
                error_details: None,
              }
            }
            4. When chapter conversion failed:
            {
              type: "chapter_conversion_status",
              event_timestamp: 1234567890,
              data: {
                request_id: "1234567890",
                project_id: "21m00Tcm4TlvDq8ikWAM",
                chapter_id: "22m00Tcm4TlvDq8ikMAT",
                conversion_status: "error",
                chapter_snapshot_id: None,
                error_details: "Error details if conversion failed"
              }
            }

    apply_text_normalization (BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0 | None | Unset):
            This parameter controls text normalization with four modes: 'auto', 'on', 'apply_english' and 'off'.
            When set to 'auto', the system will automatically decide whether to apply text normalization
            (e.g., spelling out numbers). With 'on', text normalization will always be applied, while
            with 'off', it will be skipped. 'apply_english' is the same as 'on' but will assume that text is in English.

    """

    model_id: str

    mode: PodcastBulletinMode | PodcastConversationMode

    source: list[PodcastTextSource | PodcastUrlSource] | PodcastTextSource | PodcastUrlSource

    quality_preset: QualityPresetType | Unset = UNSET

    duration_scale: (
        BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage
        | Unset
    ) = UNSET

    language: None | str | Unset = UNSET

    intro: None | str | Unset = UNSET

    outro: None | str | Unset = UNSET

    instructions_prompt: None | str | Unset = UNSET

    highlights: list[str] | None | Unset = UNSET

    callback_url: None | str | Unset = UNSET

    apply_text_normalization: BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0 | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "model_id",
        "mode",
        "source",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        model_id = self.model_id

        mode: Any
        try:
            if isinstance(self.mode, PodcastConversationMode) or isinstance(self.mode, PodcastBulletinMode):
                mode = self.mode.to_dict()
            else:
                mode = self.mode

        except (AttributeError, TypeError):
            mode = self.mode

        source: Any
        try:
            if isinstance(self.source, PodcastTextSource) or isinstance(self.source, PodcastUrlSource):
                source = self.source.to_dict()
            elif isinstance(self.source, list):
                source = []
                for source_type_2_item_data in self.source:
                    source_type_2_item: dict[str, Any]
                    if isinstance(source_type_2_item_data, PodcastTextSource) or isinstance(
                        source_type_2_item_data, PodcastUrlSource
                    ):
                        source_type_2_item = source_type_2_item_data.to_dict()
                    else:
                        source_type_2_item = source_type_2_item_data

                    source.append(source_type_2_item)

            else:
                source = self.source

        except (AttributeError, TypeError):
            source = self.source

        quality_preset: Any
        try:
            quality_preset = UNSET
            if not isinstance(self.quality_preset, Unset):
                quality_preset = self.quality_preset

        except (AttributeError, TypeError):
            quality_preset = self.quality_preset

        duration_scale: Any
        try:
            duration_scale = UNSET
            if not isinstance(self.duration_scale, Unset):
                duration_scale = self.duration_scale

        except (AttributeError, TypeError):
            duration_scale = self.duration_scale

        language: Any
        try:
            language = self.language

        except (AttributeError, TypeError):
            language = self.language

        intro: Any
        try:
            intro = self.intro

        except (AttributeError, TypeError):
            intro = self.intro

        outro: Any
        try:
            outro = self.outro

        except (AttributeError, TypeError):
            outro = self.outro

        instructions_prompt: Any
        try:
            instructions_prompt = self.instructions_prompt

        except (AttributeError, TypeError):
            instructions_prompt = self.instructions_prompt

        highlights: Any
        try:
            if isinstance(self.highlights, Unset):
                highlights = UNSET
            elif isinstance(self.highlights, list):
                highlights = self.highlights

            else:
                highlights = self.highlights

        except (AttributeError, TypeError):
            highlights = self.highlights

        callback_url: Any
        try:
            callback_url = self.callback_url

        except (AttributeError, TypeError):
            callback_url = self.callback_url

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model_id is not None or "model_id" not in self._missing_fields:
            field_dict["model_id"] = model_id
        if mode is not None or "mode" not in self._missing_fields:
            field_dict["mode"] = mode
        if source is not None or "source" not in self._missing_fields:
            field_dict["source"] = source
        if quality_preset is not UNSET:
            field_dict["quality_preset"] = quality_preset
        if duration_scale is not UNSET:
            field_dict["duration_scale"] = duration_scale
        if language is not UNSET:
            field_dict["language"] = language
        if intro is not UNSET:
            field_dict["intro"] = intro
        if outro is not UNSET:
            field_dict["outro"] = outro
        if instructions_prompt is not UNSET:
            field_dict["instructions_prompt"] = instructions_prompt
        if highlights is not UNSET:
            field_dict["highlights"] = highlights
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if apply_text_normalization is not UNSET:
            field_dict["apply_text_normalization"] = apply_text_normalization
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_create_podcast_v1_studio_podcasts_post = cls.__new__(cls)
        body_create_podcast_v1_studio_podcasts_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_create_podcast_v1_studio_podcasts_post

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


_read_model_id = plain_reader("model_id", (str,), "a string", True)


def _read_mode(cls: type[BodyCreatePodcastV1StudioPodcastsPost], d: Mapping[str, Any]) -> Any:
    mode_raw = d.get("mode", MISSING)
    if mode_raw is MISSING:
        mode = missing_field(cls, "mode")
    else:
        try:

            def _parse_mode(data: object) -> PodcastBulletinMode | PodcastConversationMode:
                return parse_strictly(_parse_mode_member, data)

            def _parse_mode_member(data: object) -> PodcastBulletinMode | PodcastConversationMode:
                if isinstance(data, dict):
                    for known in (
                        PodcastConversationMode,
                        PodcastBulletinMode,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    mode_type_0 = PodcastConversationMode.from_dict(data)

                    return mode_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                mode_type_1 = PodcastBulletinMode.from_dict(data)

                return mode_type_1

            mode = _parse_mode(mode_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            mode = deviating_field(cls, "mode", mode_raw)

    return mode


def _read_source(cls: type[BodyCreatePodcastV1StudioPodcastsPost], d: Mapping[str, Any]) -> Any:
    source_raw = d.get("source", MISSING)
    if source_raw is MISSING:
        source = missing_field(cls, "source")
    else:
        try:

            def _parse_source(
                data: object,
            ) -> list[PodcastTextSource | PodcastUrlSource] | PodcastTextSource | PodcastUrlSource:
                return parse_strictly(_parse_source_member, data)

            def _parse_source_member(
                data: object,
            ) -> list[PodcastTextSource | PodcastUrlSource] | PodcastTextSource | PodcastUrlSource:
                if isinstance(data, dict):
                    for known in (
                        PodcastTextSource,
                        PodcastUrlSource,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    source_type_0 = PodcastTextSource.from_dict(data)

                    return source_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    source_type_1 = PodcastUrlSource.from_dict(data)

                    return source_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError(f"got {type(data).__name__}")
                source_type_2 = []
                _source_type_2 = data
                for source_type_2_item_data in _source_type_2:

                    def _parse_source_type_2_item(data: object) -> PodcastTextSource | PodcastUrlSource:
                        return parse_strictly(_parse_source_type_2_item_member, data)

                    def _parse_source_type_2_item_member(data: object) -> PodcastTextSource | PodcastUrlSource:
                        if isinstance(data, dict):
                            for known in (
                                PodcastTextSource,
                                PodcastUrlSource,
                            ):
                                kind = getattr(known, "_kind", None)
                                if kind is not None and data.get(kind[0]) == kind[1]:
                                    return known.from_dict(data)

                        try:
                            if not isinstance(data, dict):
                                raise TypeError(f"got {type(data).__name__}")
                            source_type_2_item_type_0 = PodcastTextSource.from_dict(data)

                            return source_type_2_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        source_type_2_item_type_1 = PodcastUrlSource.from_dict(data)

                        return source_type_2_item_type_1

                    source_type_2_item = _parse_source_type_2_item(source_type_2_item_data)

                    source_type_2.append(source_type_2_item)

                return source_type_2

            source = _parse_source(source_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            source = deviating_field(cls, "source", source_raw)

    return source


def _read_quality_preset(cls: type[BodyCreatePodcastV1StudioPodcastsPost], d: Mapping[str, Any]) -> Any:
    quality_preset_raw = d.get("quality_preset", UNSET)
    try:
        _quality_preset = quality_preset_raw
        quality_preset: QualityPresetType | Unset
        if isinstance(_quality_preset, Unset):
            quality_preset = UNSET
        else:
            quality_preset = check_quality_preset_type(_quality_preset)
    except (KeyError, TypeError, ValueError, AttributeError):
        quality_preset = deviating_field(cls, "quality_preset", quality_preset_raw)

    return quality_preset


def _read_duration_scale(cls: type[BodyCreatePodcastV1StudioPodcastsPost], d: Mapping[str, Any]) -> Any:
    duration_scale_raw = d.get("duration_scale", UNSET)
    try:
        _duration_scale = duration_scale_raw
        duration_scale: (
            BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage
            | Unset
        )
        if isinstance(_duration_scale, Unset):
            duration_scale = UNSET
        else:
            duration_scale = check_body_create_podcast_v1_studio_podcasts_post_the_duration_of_the_generated_podcast_this_varies_depending_on_the_format_voice_and_language(
                _duration_scale
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        duration_scale = deviating_field(cls, "duration_scale", duration_scale_raw)

    return duration_scale


_read_language = plain_reader(
    "language",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_intro = plain_reader(
    "intro",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_outro = plain_reader(
    "outro",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_instructions_prompt = plain_reader(
    "instructions_prompt",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_highlights = plain_reader(
    "highlights",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)

_read_callback_url = plain_reader(
    "callback_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_apply_text_normalization(cls: type[BodyCreatePodcastV1StudioPodcastsPost], d: Mapping[str, Any]) -> Any:
    apply_text_normalization_raw = d.get("apply_text_normalization", UNSET)
    try:

        def _parse_apply_text_normalization(
            data: object,
        ) -> BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            apply_text_normalization_type_0 = (
                check_body_create_podcast_v1_studio_podcasts_post_apply_text_normalization_type_0(data)
            )

            return apply_text_normalization_type_0

        apply_text_normalization = _parse_apply_text_normalization(apply_text_normalization_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        apply_text_normalization = deviating_field(cls, "apply_text_normalization", apply_text_normalization_raw)

    return apply_text_normalization


_FIELDS: frozenset[str] = frozenset(
    (
        "model_id",
        "mode",
        "source",
        "quality_preset",
        "duration_scale",
        "language",
        "intro",
        "outro",
        "instructions_prompt",
        "highlights",
        "callback_url",
        "apply_text_normalization",
    )
)


def _read_additional_properties(
    cls: type[BodyCreatePodcastV1StudioPodcastsPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyCreatePodcastV1StudioPodcastsPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    model_id = d.get("model_id", MISSING)
    if model_id.__class__ is not str:
        model_id = _read_model_id(cls, d)

    if "mode" in known:
        mode = known["mode"]
    else:
        mode = _read_mode(cls, d)

    if "source" in known:
        source = known["source"]
    else:
        source = _read_source(cls, d)

    if "quality_preset" in known:
        quality_preset = known["quality_preset"]
    else:
        quality_preset = d.get("quality_preset", UNSET)
        if quality_preset is not UNSET:
            quality_preset = _read_quality_preset(cls, d)

    if "duration_scale" in known:
        duration_scale = known["duration_scale"]
    else:
        duration_scale = d.get("duration_scale", UNSET)
        if duration_scale is not UNSET:
            duration_scale = _read_duration_scale(cls, d)

    language = d.get("language", UNSET)
    if language.__class__ is not str and language is not None and language is not UNSET:
        language = _read_language(cls, d)

    intro = d.get("intro", UNSET)
    if intro.__class__ is not str and intro is not None and intro is not UNSET:
        intro = _read_intro(cls, d)

    outro = d.get("outro", UNSET)
    if outro.__class__ is not str and outro is not None and outro is not UNSET:
        outro = _read_outro(cls, d)

    instructions_prompt = d.get("instructions_prompt", UNSET)
    if (
        instructions_prompt.__class__ is not str
        and instructions_prompt is not None
        and instructions_prompt is not UNSET
    ):
        instructions_prompt = _read_instructions_prompt(cls, d)

    highlights = d.get("highlights", UNSET)
    if highlights.__class__ is not list and highlights is not None and highlights is not UNSET:
        highlights = _read_highlights(cls, d)
    elif highlights.__class__ is list and highlights:
        check_items(cls, "highlights", highlights, (str,), "a string")

    callback_url = d.get("callback_url", UNSET)
    if callback_url.__class__ is not str and callback_url is not None and callback_url is not UNSET:
        callback_url = _read_callback_url(cls, d)

    if "apply_text_normalization" in known:
        apply_text_normalization = known["apply_text_normalization"]
    else:
        apply_text_normalization = d.get("apply_text_normalization", UNSET)
        if apply_text_normalization is not UNSET and apply_text_normalization is not None:
            apply_text_normalization = _read_apply_text_normalization(cls, d)

    return {
        "model_id": model_id,
        "mode": mode,
        "source": source,
        "quality_preset": quality_preset,
        "duration_scale": duration_scale,
        "language": language,
        "intro": intro,
        "outro": outro,
        "instructions_prompt": instructions_prompt,
        "highlights": highlights,
        "callback_url": callback_url,
        "apply_text_normalization": apply_text_normalization,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyCreatePodcastV1StudioPodcastsPost,
    _all_fields,
    {
        "model_id": _read_model_id,
        "mode": _read_mode,
        "source": _read_source,
        "quality_preset": _read_quality_preset,
        "duration_scale": _read_duration_scale,
        "language": _read_language,
        "intro": _read_intro,
        "outro": _read_outro,
        "instructions_prompt": _read_instructions_prompt,
        "highlights": _read_highlights,
        "callback_url": _read_callback_url,
        "apply_text_normalization": _read_apply_text_normalization,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.podcast_bulletin_mode import PodcastBulletinMode
from ..models.podcast_conversation_mode import PodcastConversationMode
from ..models.podcast_text_source import PodcastTextSource
from ..models.podcast_url_source import PodcastUrlSource
