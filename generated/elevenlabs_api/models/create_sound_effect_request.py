from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import SfxModelId, check_sfx_model_id
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CreateSoundEffectRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CreateSoundEffectRequest(Lazy):
    """Attributes:
    text (str): The text that will get converted into a sound effect.
    loop (bool | Unset): Whether to create a sound effect that loops smoothly. Only available for the
        'eleven_text_to_sound_v2 model'. Defaults to False on the server.
    duration_seconds (float | None | Unset): The duration of the sound which will be generated in seconds. Must be
        at least 0.5 and at most 30. If set to None we will guess the optimal duration using the prompt. Defaults to
        None.
    prompt_influence (float | None | Unset): A higher prompt influence makes your generation follow the prompt more
        closely while also making generations less variable. Must be a value between 0 and 1. Defaults to 0.3. Defaults
        to 0.3 on the server.
    model_id (SfxModelId | Unset):
    """

    text: str

    loop: bool | Unset = UNSET

    duration_seconds: float | None | Unset = UNSET

    prompt_influence: float | None | Unset = UNSET

    model_id: SfxModelId | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("text",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        text = self.text

        loop = self.loop

        duration_seconds: Any
        try:
            duration_seconds = self.duration_seconds

        except (AttributeError, TypeError):
            duration_seconds = self.duration_seconds

        prompt_influence: Any
        try:
            prompt_influence = self.prompt_influence

        except (AttributeError, TypeError):
            prompt_influence = self.prompt_influence

        model_id: Any
        try:
            model_id = UNSET
            if not isinstance(self.model_id, Unset):
                model_id = self.model_id

        except (AttributeError, TypeError):
            model_id = self.model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if loop is not UNSET:
            field_dict["loop"] = loop
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if prompt_influence is not UNSET:
            field_dict["prompt_influence"] = prompt_influence
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        create_sound_effect_request = cls.__new__(cls)
        create_sound_effect_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return create_sound_effect_request

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


_read_text = plain_reader("text", (str,), "a string", True)

_read_loop = plain_reader("loop", (bool,), "a boolean", False)

_read_duration_seconds = plain_reader(
    "duration_seconds",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_prompt_influence = plain_reader(
    "prompt_influence",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


def _read_model_id(cls: type[CreateSoundEffectRequest], d: Mapping[str, Any]) -> Any:
    model_id_raw = d.get("model_id", UNSET)
    try:
        _model_id = model_id_raw
        model_id: SfxModelId | Unset
        if isinstance(_model_id, Unset):
            model_id = UNSET
        else:
            model_id = check_sfx_model_id(_model_id)
    except (KeyError, TypeError, ValueError, AttributeError):
        model_id = deviating_field(cls, "model_id", model_id_raw)

    return model_id


_FIELDS: frozenset[str] = frozenset(
    (
        "text",
        "loop",
        "duration_seconds",
        "prompt_influence",
        "model_id",
    )
)


def _read_additional_properties(cls: type[CreateSoundEffectRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[CreateSoundEffectRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    text = d.get("text", MISSING)
    if text.__class__ is not str:
        text = _read_text(cls, d)

    loop = d.get("loop", UNSET)
    if loop.__class__ is not bool and loop is not UNSET:
        loop = _read_loop(cls, d)

    duration_seconds = d.get("duration_seconds", UNSET)
    if (
        duration_seconds.__class__ is not float
        and duration_seconds.__class__ is not int
        and duration_seconds is not None
        and duration_seconds is not UNSET
    ):
        duration_seconds = _read_duration_seconds(cls, d)

    prompt_influence = d.get("prompt_influence", UNSET)
    if (
        prompt_influence.__class__ is not float
        and prompt_influence.__class__ is not int
        and prompt_influence is not None
        and prompt_influence is not UNSET
    ):
        prompt_influence = _read_prompt_influence(cls, d)

    if "model_id" in known:
        model_id = known["model_id"]
    else:
        model_id = d.get("model_id", UNSET)
        if model_id is not UNSET:
            model_id = _read_model_id(cls, d)

    return {
        "text": text,
        "loop": loop,
        "duration_seconds": duration_seconds,
        "prompt_influence": prompt_influence,
        "model_id": model_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    CreateSoundEffectRequest,
    _all_fields,
    {
        "text": _read_text,
        "loop": _read_loop,
        "duration_seconds": _read_duration_seconds,
        "prompt_influence": _read_prompt_influence,
        "model_id": _read_model_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
