from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    File,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ListSimilarVoicesRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ListSimilarVoicesRequest(Lazy):
    """Attributes:
    audio_file (File | Unset):
    similarity_threshold (float | None | Unset): Threshold for voice similarity between provided sample and library
        voices. Values range from 0 to 2. The smaller the value the more similar voices will be returned.
    top_k (int | None | Unset): Number of most similar voices to return. If similarity_threshold is provided, less
        than this number of voices may be returned. Values range from 1 to 100.
    """

    audio_file: File | Unset = UNSET

    similarity_threshold: float | None | Unset = UNSET

    top_k: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        audio_file: Any
        try:
            audio_file = UNSET
            if not isinstance(self.audio_file, Unset):
                audio_file = self.audio_file.to_tuple()

        except (AttributeError, TypeError):
            audio_file = self.audio_file

        similarity_threshold: Any
        try:
            similarity_threshold = self.similarity_threshold

        except (AttributeError, TypeError):
            similarity_threshold = self.similarity_threshold

        top_k: Any
        try:
            top_k = self.top_k

        except (AttributeError, TypeError):
            top_k = self.top_k

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if audio_file is not UNSET:
            field_dict["audio_file"] = audio_file
        if similarity_threshold is not UNSET:
            field_dict["similarity_threshold"] = similarity_threshold
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if not isinstance(self.audio_file, Unset):
            files.append(("audio_file", self.audio_file.to_tuple()))

        if not isinstance(self.similarity_threshold, Unset):
            if isinstance(self.similarity_threshold, float) or self.similarity_threshold is None:
                files.append(("similarity_threshold", (None, str(self.similarity_threshold).encode(), "text/plain")))

        if not isinstance(self.top_k, Unset):
            if isinstance(self.top_k, int) or self.top_k is None:
                files.append(("top_k", (None, str(self.top_k).encode(), "text/plain")))

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
        list_similar_voices_request = cls.__new__(cls)
        list_similar_voices_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return list_similar_voices_request

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


def _read_audio_file(cls: type[ListSimilarVoicesRequest], d: Mapping[str, Any]) -> Any:
    audio_file_raw = d.get("audio_file", UNSET)
    try:
        _audio_file = audio_file_raw
        audio_file: File | Unset
        if isinstance(_audio_file, Unset):
            audio_file = UNSET
        else:
            audio_file = File(payload=BytesIO(_audio_file))
    except (KeyError, TypeError, ValueError, AttributeError):
        audio_file = deviating_field(cls, "audio_file", audio_file_raw)

    return audio_file


_read_similarity_threshold = plain_reader(
    "similarity_threshold",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_top_k = plain_reader(
    "top_k",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "audio_file",
        "similarity_threshold",
        "top_k",
    )
)


def _read_additional_properties(cls: type[ListSimilarVoicesRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ListSimilarVoicesRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "audio_file" in known:
        audio_file = known["audio_file"]
    else:
        audio_file = d.get("audio_file", UNSET)
        if audio_file is not UNSET:
            audio_file = _read_audio_file(cls, d)

    similarity_threshold = d.get("similarity_threshold", UNSET)
    if (
        similarity_threshold.__class__ is not float
        and similarity_threshold.__class__ is not int
        and similarity_threshold is not None
        and similarity_threshold is not UNSET
    ):
        similarity_threshold = _read_similarity_threshold(cls, d)

    top_k = d.get("top_k", UNSET)
    if top_k.__class__ is not int and top_k is not None and top_k is not UNSET:
        top_k = _read_top_k(cls, d)

    return {
        "audio_file": audio_file,
        "similarity_threshold": similarity_threshold,
        "top_k": top_k,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ListSimilarVoicesRequest,
    _all_fields,
    {
        "audio_file": _read_audio_file,
        "similarity_threshold": _read_similarity_threshold,
        "top_k": _read_top_k,
        "additional_properties": _read_additional_properties,
    },
)
