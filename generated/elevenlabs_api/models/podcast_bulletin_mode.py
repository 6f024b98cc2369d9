from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="PodcastBulletinMode")


@_attrs_define
class PodcastBulletinMode:
    """Example:
        {'bulletin': {'host_voice_id': 'aw1NgEzBg83R7vgmiJt6'}, 'type': 'bulletin'}

    Attributes:
        type_ (Literal['bulletin']): The type of podcast to create.
        bulletin (PodcastBulletinModeData):  Example: {'host_voice_id': 'aw1NgEzBg83R7vgmiJt6'}.
    """

    type_: Literal["bulletin"]

    bulletin: PodcastBulletinModeData

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "bulletin")

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        bulletin: Any
        try:
            bulletin = self.bulletin.to_dict()
        except (AttributeError, TypeError):
            bulletin = self.bulletin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if bulletin is not None or "bulletin" not in self._missing_fields:
            field_dict["bulletin"] = bulletin
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", MISSING)
        if type__raw is MISSING:
            type__raw = missing_field(cls, "type")
        type_ = cast(Literal["bulletin"], type__raw)
        if type_ != "bulletin":
            raise ValueError(f"type must match const 'bulletin', got '{type_}'")

        bulletin_raw = d.pop("bulletin", MISSING)
        if bulletin_raw is MISSING:
            bulletin = missing_field(cls, "bulletin")
            _missing += ("bulletin",)
        else:
            try:
                bulletin = PodcastBulletinModeData.from_dict(bulletin_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                bulletin = deviating_field(cls, "bulletin", bulletin_raw)

        podcast_bulletin_mode = cls(
            type_=type_,
            bulletin=bulletin,
        )
        if _missing:
            podcast_bulletin_mode._missing_fields = _missing
        podcast_bulletin_mode.additional_properties = d
        return podcast_bulletin_mode

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.podcast_bulletin_mode_data import PodcastBulletinModeData
