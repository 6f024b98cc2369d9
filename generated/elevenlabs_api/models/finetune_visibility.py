from typing import Literal

FinetuneVisibility = Literal["private", "public", "workspace"]

FINETUNE_VISIBILITY_VALUES: set[FinetuneVisibility] = {
    "private",
    "public",
    "workspace",
}


def check_finetune_visibility(value: str) -> FinetuneVisibility:
    if value in FINETUNE_VISIBILITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FINETUNE_VISIBILITY_VALUES!r}")
