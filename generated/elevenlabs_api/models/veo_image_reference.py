from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    Field,
    Lazy,
    literal,
    object_of,
    union,
)
from ..models._literals import VeoImageReferenceRole


@_attrs_define(slots=False)
class VeoImageReference(Lazy):
    """A reference image guiding a Veo generation, with its role.

    Attributes:
        role: How the model uses the image: `subject` places its subject or scene elements into the video; `style`
            transfers its visual style.
    """

    image: GenerationReference | InlineImageReference | StaticAssetReference

    role: VeoImageReferenceRole

    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "image",
            "image",
            union(
                object_of("GenerationReference"), object_of("StaticAssetReference"), object_of("InlineImageReference")
            ),
            required=True,
        ),
        Field("role", "role", literal("VeoImageReferenceRole"), required=True),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_reference import GenerationReference
from ..models.inline_image_reference import InlineImageReference
from ..models.static_asset_reference import StaticAssetReference
