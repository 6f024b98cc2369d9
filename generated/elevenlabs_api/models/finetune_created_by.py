from typing import Literal

FinetuneCreatedBy = Literal["elevenlabs", "self", "workspace"]

FINETUNE_CREATED_BY_VALUES: set[FinetuneCreatedBy] = {
    "elevenlabs",
    "self",
    "workspace",
}


def check_finetune_created_by(value: str) -> FinetuneCreatedBy:
    if value in FINETUNE_CREATED_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FINETUNE_CREATED_BY_VALUES!r}")
