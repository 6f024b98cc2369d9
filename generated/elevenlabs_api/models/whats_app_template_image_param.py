from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="WhatsAppTemplateImageParam")


@_attrs_define
class WhatsAppTemplateImageParam:
    """Attributes:
    image (WhatsAppTemplateImageParamDetails):
    type_ (Literal['image'] | Unset):  Default: 'image'.
    """

    image: WhatsAppTemplateImageParamDetails

    type_: Literal["image"] | Unset = "image"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "image")

    def to_dict(self) -> dict[str, Any]:
        image: Any
        try:
            image = self.image.to_dict()
        except (AttributeError, TypeError):
            image = self.image

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if image is not None or "image" not in self._missing_fields:
            field_dict["image"] = image
        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["image"] | Unset, type__raw)
        if type_ != "image" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'image', got '{type_}'")

        image_raw = d.pop("image", MISSING)
        if image_raw is MISSING:
            image = missing_field(cls, "image")
            _missing += ("image",)
        else:
            try:
                image = WhatsAppTemplateImageParamDetails.from_dict(image_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                image = deviating_field(cls, "image", image_raw)

        whats_app_template_image_param = cls(
            image=image,
            type_=type_,
        )
        if _missing:
            whats_app_template_image_param._missing_fields = _missing
        whats_app_template_image_param.additional_properties = d
        return whats_app_template_image_param

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
from ..models.whats_app_template_image_param_details import WhatsAppTemplateImageParamDetails
