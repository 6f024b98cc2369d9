from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="VoiceDesignPreviewResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VoiceDesignPreviewResponse(Lazy):
    """Attributes:
    previews (list[VoicePreviewResponseModel]): The previews of the generated voices.
    text (str): The text used to preview the voices.
    """

    previews: list[VoicePreviewResponseModel]

    text: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "previews",
        "text",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        previews: Any
        try:
            previews = []
            for previews_item_data in self.previews:
                previews_item = previews_item_data.to_dict()
                previews.append(previews_item)

        except (AttributeError, TypeError):
            previews = self.previews

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if previews is not None or "previews" not in self._missing_fields:
            field_dict["previews"] = previews
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        voice_design_preview_response = cls.__new__(cls)
        voice_design_preview_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return voice_design_preview_response

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


def _read_previews(cls: type[VoiceDesignPreviewResponse], d: Mapping[str, Any]) -> Any:
    previews_raw = d.get("previews", MISSING)
    if previews_raw is MISSING:
        previews = missing_field(cls, "previews")
    else:
        try:
            expect_array("previews", previews_raw)
            previews = []
            _previews = previews_raw
            for previews_item_data in _previews:
                previews_item = VoicePreviewResponseModel.from_dict(previews_item_data)

                previews.append(previews_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            previews = deviating_field(cls, "previews", previews_raw)

    return previews


_read_text = plain_reader("text", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "previews",
        "text",
    )
)


def _read_additional_properties(cls: type[VoiceDesignPreviewResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[VoiceDesignPreviewResponse], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "previews" in known:
        previews = known["previews"]
    else:
        previews = _read_previews(cls, d)

    text = d.get("text", MISSING)
    if text.__class__ is not str:
        text = _read_text(cls, d)

    return {
        "previews": previews,
        "text": text,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    VoiceDesignPreviewResponse,
    _all_fields,
    {
        "previews": _read_previews,
        "text": _read_text,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.voice_preview_response_model import VoicePreviewResponseModel
