from typing import Literal

EmbedVariant = Literal["compact", "expandable", "full", "tiny"]

EMBED_VARIANT_VALUES: set[EmbedVariant] = {
    "compact",
    "expandable",
    "full",
    "tiny",
}


def check_embed_variant(value: str) -> EmbedVariant:
    if value in EMBED_VARIANT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMBED_VARIANT_VALUES!r}")
