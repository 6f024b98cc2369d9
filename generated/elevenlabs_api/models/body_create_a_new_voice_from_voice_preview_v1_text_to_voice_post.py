from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
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

T = TypeVar("T", bound="BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePost(Lazy):
    """Attributes:
    voice_name (str): Name to use for the created voice.
    voice_description (str): Description to use for the created voice.
    generated_voice_id (str): The generated_voice_id to create; obtain it from POST /v1/text-to-voice/design, POST
        /v1/text-to-voice/:voice_id/remix, or the response headers when generating previews.
    labels (BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePostLabelsType0 | None | Unset): Optional, metadata to
        add to the created voice. Defaults to None.
    played_not_selected_voice_ids (list[str] | None | Unset): List of voice ids that the user has played but not
        selected. Used for RLHF.
    """

    voice_name: str

    voice_description: str

    generated_voice_id: str

    labels: BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePostLabelsType0 | None | Unset = UNSET

    played_not_selected_voice_ids: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "voice_name",
        "voice_description",
        "generated_voice_id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        voice_name = self.voice_name

        voice_description = self.voice_description

        generated_voice_id = self.generated_voice_id

        labels: Any
        try:
            if isinstance(self.labels, Unset):
                labels = UNSET
            elif isinstance(self.labels, BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePostLabelsType0):
                labels = self.labels.to_dict()
            else:
                labels = self.labels

        except (AttributeError, TypeError):
            labels = self.labels

        played_not_selected_voice_ids: Any
        try:
            if isinstance(self.played_not_selected_voice_ids, Unset):
                played_not_selected_voice_ids = UNSET
            elif isinstance(self.played_not_selected_voice_ids, list):
                played_not_selected_voice_ids = self.played_not_selected_voice_ids

            else:
                played_not_selected_voice_ids = self.played_not_selected_voice_ids

        except (AttributeError, TypeError):
            played_not_selected_voice_ids = self.played_not_selected_voice_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if voice_name is not None or "voice_name" not in self._missing_fields:
            field_dict["voice_name"] = voice_name
        if voice_description is not None or "voice_description" not in self._missing_fields:
            field_dict["voice_description"] = voice_description
        if generated_voice_id is not None or "generated_voice_id" not in self._missing_fields:
            field_dict["generated_voice_id"] = generated_voice_id
        if labels is not UNSET:
            field_dict["labels"] = labels
        if played_not_selected_voice_ids is not UNSET:
            field_dict["played_not_selected_voice_ids"] = played_not_selected_voice_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_create_a_new_voice_from_voice_preview_v1_text_to_voice_post = cls.__new__(cls)
        body_create_a_new_voice_from_voice_preview_v1_text_to_voice_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_create_a_new_voice_from_voice_preview_v1_text_to_voice_post

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


_read_voice_name = plain_reader("voice_name", (str,), "a string", True)

_read_voice_description = plain_reader("voice_description", (str,), "a string", True)

_read_generated_voice_id = plain_reader("generated_voice_id", (str,), "a string", True)


def _read_labels(cls: type[BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePost], d: Mapping[str, Any]) -> Any:
    labels_raw = d.get("labels", UNSET)
    try:

        def _parse_labels(
            data: object,
        ) -> BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePostLabelsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            labels_type_0 = BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePostLabelsType0.from_dict(data)

            return labels_type_0

        labels = _parse_labels(labels_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        labels = deviating_field(cls, "labels", labels_raw)

    return labels


_read_played_not_selected_voice_ids = plain_reader(
    "played_not_selected_voice_ids",
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
        "voice_name",
        "voice_description",
        "generated_voice_id",
        "labels",
        "played_not_selected_voice_ids",
    )
)


def _read_additional_properties(
    cls: type[BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    voice_name = d.get("voice_name", MISSING)
    if voice_name.__class__ is not str:
        voice_name = _read_voice_name(cls, d)

    voice_description = d.get("voice_description", MISSING)
    if voice_description.__class__ is not str:
        voice_description = _read_voice_description(cls, d)

    generated_voice_id = d.get("generated_voice_id", MISSING)
    if generated_voice_id.__class__ is not str:
        generated_voice_id = _read_generated_voice_id(cls, d)

    if "labels" in known:
        labels = known["labels"]
    else:
        labels = d.get("labels", UNSET)
        if labels is not UNSET and labels is not None:
            labels = _read_labels(cls, d)

    played_not_selected_voice_ids = d.get("played_not_selected_voice_ids", UNSET)
    if (
        played_not_selected_voice_ids.__class__ is not list
        and played_not_selected_voice_ids is not None
        and played_not_selected_voice_ids is not UNSET
    ):
        played_not_selected_voice_ids = _read_played_not_selected_voice_ids(cls, d)
    elif played_not_selected_voice_ids.__class__ is list and played_not_selected_voice_ids:
        check_items(cls, "played_not_selected_voice_ids", played_not_selected_voice_ids, (str,), "a string")

    return {
        "voice_name": voice_name,
        "voice_description": voice_description,
        "generated_voice_id": generated_voice_id,
        "labels": labels,
        "played_not_selected_voice_ids": played_not_selected_voice_ids,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePost,
    _all_fields,
    {
        "voice_name": _read_voice_name,
        "voice_description": _read_voice_description,
        "generated_voice_id": _read_generated_voice_id,
        "labels": _read_labels,
        "played_not_selected_voice_ids": _read_played_not_selected_voice_ids,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.body_create_a_new_voice_from_voice_preview_v1_text_to_voice_post_labels_type_0 import (
    BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePostLabelsType0,
)
