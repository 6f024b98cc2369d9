from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    target_language: BCP-47 language tag to dub the project into (e.g. 'fr', 'es-MX'); must be a language the
        dubbing model supports. A region-qualified tag must be one of the supported dialects.
    voice_settings: Voice settings applied to the whole language (e.g. cloning strength).
    translations: Enterprise only. Optional translations to use instead of machine translation. A map from each
        source segment's external_id (or its id, if you supplied none) to the translated text; every source segment must
        be covered exactly once. At most 20000 entries, totalling at most 4 MiB of text.
    """

    target_language: str

    voice_settings: None | Unset | VoiceSettingsModel = UNSET

    translations: (
        BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePostTranslationsType0 | None | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("target_language", "target_language", STR, required=True),
        Field("voice_settings", "voice_settings", union(object_of("VoiceSettingsModel"), NULL)),
        Field(
            "translations",
            "translations",
            union(
                object_of("BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePostTranslationsType0"), NULL
            ),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePostTranslationsType0(
    Lazy, AdditionalProperties["str"]
):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.voice_settings_model import VoiceSettingsModel
