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
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="MediaGenerationListResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class MediaGenerationListResponse(Lazy):
    """One page of the caller's generations, newest first.

    Example:
        {'generations': [{'content_mime_type': 'video/mp4', 'content_url':
        'https://storage.googleapis.com/generations/JWr5N6X9ZTqf8jD2LmQb', 'id': 'JWr5N6X9ZTqf8jD2LmQb', 'status':
        'completed'}, {'id': 'Kx2mP7Y4WVrg9kE3NnRc', 'status': 'generating'}], 'has_more': True, 'next_cursor':
        'MjAyNi0wNy0xN1QxMjowMDowMHxLeDJtUDdZNFdWcmc5a0UzTm5SYw'}

    Attributes:
        generations (list[MediaGenerationCompletedResponse | MediaGenerationFailedResponse |
            MediaGenerationInProgressResponse | UnknownVariant]): The generations on this page, newest first. Each item has
            the same shape as the corresponding GET endpoint's response.
        next_cursor (None | str): Pass as `cursor` to fetch the next page. `null` when there is no further page.
        has_more (bool): Whether more generations exist beyond this page.
    """

    generations: list[
        MediaGenerationCompletedResponse
        | MediaGenerationFailedResponse
        | MediaGenerationInProgressResponse
        | UnknownVariant
    ]

    next_cursor: None | str = _attrs_field(default=None, kw_only=True)

    has_more: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "generations",
        "next_cursor",
        "has_more",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        generations: Any
        try:
            generations = []
            for generations_item_data in self.generations:
                generations_item: dict[str, Any]
                if (
                    isinstance(generations_item_data, MediaGenerationCompletedResponse)
                    or isinstance(generations_item_data, MediaGenerationFailedResponse)
                    or isinstance(generations_item_data, MediaGenerationInProgressResponse)
                    or isinstance(generations_item_data, UnknownVariant)
                ):
                    generations_item = generations_item_data.to_dict()
                else:
                    generations_item = generations_item_data

                generations.append(generations_item)

        except (AttributeError, TypeError):
            generations = self.generations

        next_cursor: Any
        try:
            next_cursor = self.next_cursor

        except (AttributeError, TypeError):
            next_cursor = self.next_cursor

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if generations is not None or "generations" not in self._missing_fields:
            field_dict["generations"] = generations
        if next_cursor is not None or "next_cursor" not in self._missing_fields:
            field_dict["next_cursor"] = next_cursor
        if has_more is not None or "has_more" not in self._missing_fields:
            field_dict["has_more"] = has_more
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        media_generation_list_response = cls.__new__(cls)
        media_generation_list_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return media_generation_list_response

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


def _read_generations(cls: type[MediaGenerationListResponse], d: Mapping[str, Any]) -> Any:
    generations_raw = d.get("generations", MISSING)
    if generations_raw is MISSING:
        generations = missing_field(cls, "generations")
    else:
        try:
            expect_array("generations", generations_raw)
            generations = []
            _generations = generations_raw
            for generations_item_data in _generations:

                def _parse_generations_item(
                    data: object,
                ) -> (
                    MediaGenerationCompletedResponse
                    | MediaGenerationFailedResponse
                    | MediaGenerationInProgressResponse
                    | UnknownVariant
                ):
                    return parse_strictly(_parse_generations_item_member, data)

                def _parse_generations_item_member(
                    data: object,
                ) -> (
                    MediaGenerationCompletedResponse
                    | MediaGenerationFailedResponse
                    | MediaGenerationInProgressResponse
                    | UnknownVariant
                ):
                    if isinstance(data, dict):
                        for known in (
                            MediaGenerationCompletedResponse,
                            MediaGenerationFailedResponse,
                            MediaGenerationInProgressResponse,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        componentsschemas_media_generation_response_type_0 = MediaGenerationCompletedResponse.from_dict(
                            data
                        )

                        return componentsschemas_media_generation_response_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        componentsschemas_media_generation_response_type_1 = MediaGenerationFailedResponse.from_dict(
                            data
                        )

                        return componentsschemas_media_generation_response_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        componentsschemas_media_generation_response_type_2 = (
                            MediaGenerationInProgressResponse.from_dict(data)
                        )

                        return componentsschemas_media_generation_response_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_media_generation_response_type_3 = UnknownVariant.from_dict(data)

                    return componentsschemas_media_generation_response_type_3

                generations_item = _parse_generations_item(generations_item_data)

                generations.append(generations_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            generations = deviating_field(cls, "generations", generations_raw)

    return generations


_read_next_cursor = plain_reader(
    "next_cursor",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_has_more = plain_reader("has_more", (bool,), "a boolean", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "generations",
        "next_cursor",
        "has_more",
    )
)


def _read_additional_properties(cls: type[MediaGenerationListResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[MediaGenerationListResponse], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "generations" in known:
        generations = known["generations"]
    else:
        generations = _read_generations(cls, d)

    next_cursor = d.get("next_cursor", MISSING)
    if next_cursor.__class__ is not str and next_cursor is not None:
        next_cursor = _read_next_cursor(cls, d)

    has_more = d.get("has_more", MISSING)
    if has_more.__class__ is not bool:
        has_more = _read_has_more(cls, d)

    return {
        "generations": generations,
        "next_cursor": next_cursor,
        "has_more": has_more,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    MediaGenerationListResponse,
    _all_fields,
    {
        "generations": _read_generations,
        "next_cursor": _read_next_cursor,
        "has_more": _read_has_more,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.media_generation_completed_response import MediaGenerationCompletedResponse
from ..models.media_generation_failed_response import MediaGenerationFailedResponse
from ..models.media_generation_in_progress_response import MediaGenerationInProgressResponse
from ..models.unknown_variant import UnknownVariant
