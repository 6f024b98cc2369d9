from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, STR, AdditionalProperties, Field, Lazy, const, dict_of, object_of, union


@_attrs_define(slots=False)
class ConversationalAiKnowledgeBaseDocumentsBulkDeleteResponseBulkDeleteKnowledgeBaseDocumentsV1ConvaiKnowledgeBaseBulkDeletePost(
    Lazy, AdditionalProperties["BatchFailureResponseModel | KnowledgeBaseBulkDeleteSuccessfulResponseModel"]
):
    additional_properties: dict[str, BatchFailureResponseModel | KnowledgeBaseBulkDeleteSuccessfulResponseModel] = (
        _attrs_field(init=False, factory=dict)
    )

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "additional_properties",
            None,
            dict_of(
                union(
                    object_of("KnowledgeBaseBulkDeleteSuccessfulResponseModel"), object_of("BatchFailureResponseModel")
                )
            ),
        ),
    )


@_attrs_define(slots=False)
class KnowledgeBaseBulkDeleteSuccessfulResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    status:  Default: 'success'.
    """

    data: KnowledgeBaseDeletedResponseModel

    status: Literal["success"] = _attrs_field(
        default="success",
        kw_only=True,
        validator=types.tag("KnowledgeBaseBulkDeleteSuccessfulResponseModel", "status", "success"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("status", "status", const("success"), required=True),
        Field("data", "data", object_of("KnowledgeBaseDeletedResponseModel"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class KnowledgeBaseDeletedResponseModel(Lazy, AdditionalProperties[Any]):
    id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.batch_failure_response_model import BatchFailureResponseModel
