from typing import Literal

VeoImageReferenceRole = Literal["style", "subject"]

VEO_IMAGE_REFERENCE_ROLE_VALUES: set[VeoImageReferenceRole] = {
    "style",
    "subject",
}


def check_veo_image_reference_role(value: str) -> VeoImageReferenceRole:
    if value in VEO_IMAGE_REFERENCE_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VEO_IMAGE_REFERENCE_ROLE_VALUES!r}")
