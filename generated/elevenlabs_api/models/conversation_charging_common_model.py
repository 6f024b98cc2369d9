from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class ConversationChargingCommonModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    dev_discount: Defaults to False on the server.
    is_burst: Defaults to False on the server.
    free_minutes_consumed: Defaults to 0 on the server.
    free_llm_dollars_consumed: Defaults to 0 on the server.
    """

    dev_discount: bool | Unset = UNSET

    is_burst: bool | Unset = UNSET

    tier: None | str | Unset = UNSET

    llm_usage: LlmCategoryUsage | Unset = UNSET

    llm_price: float | None | Unset = UNSET

    llm_charge: int | None | Unset = UNSET

    call_charge: int | None | Unset = UNSET

    free_minutes_consumed: float | Unset = UNSET

    free_llm_dollars_consumed: float | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("dev_discount", "dev_discount", BOOL),
        Field("is_burst", "is_burst", BOOL),
        Field("tier", "tier", union(STR, NULL)),
        Field("llm_usage", "llm_usage", object_of("LlmCategoryUsage")),
        Field("llm_price", "llm_price", union(FLOAT, NULL)),
        Field("llm_charge", "llm_charge", union(INT, NULL)),
        Field("call_charge", "call_charge", union(INT, NULL)),
        Field("free_minutes_consumed", "free_minutes_consumed", FLOAT),
        Field("free_llm_dollars_consumed", "free_llm_dollars_consumed", FLOAT),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.llm_category_usage import LlmCategoryUsage
