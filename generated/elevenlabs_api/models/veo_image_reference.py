from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import VeoImageReferenceRole, check_veo_image_reference_role
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    parse_strictly,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="VeoImageReference")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VeoImageReference(Lazy):
    """A reference image guiding a Veo generation, with its role.

    Attributes:
        image (GenerationReference | InlineImageReference | StaticAssetReference):
        role (VeoImageReferenceRole): How the model uses the image: `subject` places its subject or scene elements into
            the video; `style` transfers its visual style.
    """

    image: GenerationReference | InlineImageReference | StaticAssetReference

    role: VeoImageReferenceRole

    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "image",
        "role",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        image: Any
        try:
            if (
                isinstance(self.image, GenerationReference)
                or isinstance(self.image, StaticAssetReference)
                or isinstance(self.image, InlineImageReference)
            ):
                image = self.image.to_dict()
            else:
                image = self.image

        except (AttributeError, TypeError):
            image = self.image

        role: Any
        try:
            role = self.role
        except (AttributeError, TypeError):
            role = self.role

        field_dict: dict[str, Any] = {}
        if image is not None or "image" not in self._missing_fields:
            field_dict["image"] = image
        if role is not None or "role" not in self._missing_fields:
            field_dict["role"] = role
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        veo_image_reference = cls.__new__(cls)
        veo_image_reference.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return veo_image_reference


def _read_image(cls: type[VeoImageReference], d: Mapping[str, Any]) -> Any:
    image_raw = d.get("image", MISSING)
    if image_raw is MISSING:
        image = missing_field(cls, "image")
    else:
        try:

            def _parse_image(data: object) -> GenerationReference | InlineImageReference | StaticAssetReference:
                return parse_strictly(_parse_image_member, data)

            def _parse_image_member(data: object) -> GenerationReference | InlineImageReference | StaticAssetReference:
                if isinstance(data, dict):
                    for known in (
                        GenerationReference,
                        StaticAssetReference,
                        InlineImageReference,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_image_reference_type_0 = GenerationReference.from_dict(data)

                    return componentsschemas_image_reference_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_image_reference_type_1 = StaticAssetReference.from_dict(data)

                    return componentsschemas_image_reference_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                componentsschemas_image_reference_type_2 = InlineImageReference.from_dict(data)

                return componentsschemas_image_reference_type_2

            image = _parse_image(image_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            image = deviating_field(cls, "image", image_raw)

    return image


def _read_role(cls: type[VeoImageReference], d: Mapping[str, Any]) -> Any:
    role_raw = d.get("role", MISSING)
    if role_raw is MISSING:
        role = missing_field(cls, "role")
    else:
        try:
            role = check_veo_image_reference_role(role_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            role = deviating_field(cls, "role", role_raw)

    return role


def _all_fields(cls: type[VeoImageReference], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "image" in known:
        image = known["image"]
    else:
        image = _read_image(cls, d)

    if "role" in known:
        role = known["role"]
    else:
        role = _read_role(cls, d)

    return {
        "image": image,
        "role": role,
        "_missing_fields": (),
    }


set_readers(
    VeoImageReference,
    _all_fields,
    {
        "image": _read_image,
        "role": _read_role,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_reference import GenerationReference
from ..models.inline_image_reference import InlineImageReference
from ..models.static_asset_reference import StaticAssetReference
