from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.veo_image_reference_role import VeoImageReferenceRole, check_veo_image_reference_role

T = TypeVar("T", bound="VeoImageReference")


@_attrs_define
class VeoImageReference:
    """A reference image guiding a Veo generation, with its role.

    Attributes:
        image (GenerationReference | InlineImageReference | StaticAssetReference):
        role (VeoImageReferenceRole): How the model uses the image: `subject` places its subject or scene elements into
            the video; `style` transfers its visual style.
    """

    image: GenerationReference | InlineImageReference | StaticAssetReference

    role: VeoImageReferenceRole

    def to_dict(self) -> dict[str, Any]:
        image: dict[str, Any]
        if (
            isinstance(self.image, GenerationReference)
            or isinstance(self.image, StaticAssetReference)
            or isinstance(self.image, InlineImageReference)
        ):
            image = self.image.to_dict()
        else:
            image = self.image

        role: str = self.role

        field_dict: dict[str, Any] = {}
        field_dict["image"] = image
        field_dict["role"] = role
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_image(data: object) -> GenerationReference | InlineImageReference | StaticAssetReference:
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

        image = _parse_image(d.pop("image"))

        role = check_veo_image_reference_role(d.pop("role"))

        veo_image_reference = cls(
            image=image,
            role=role,
        )
        return veo_image_reference


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_reference import GenerationReference
from ..models.inline_image_reference import InlineImageReference
from ..models.static_asset_reference import StaticAssetReference
