from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    AgentDefinitionSource,
    AuthorizationMethod,
    ConversationInitiationSource,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationHistoryMetadataCommonModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationHistoryMetadataCommonModel(Lazy):
    """Attributes:
    start_time_unix_secs (int):
    call_duration_secs (int):
    accepted_time_unix_secs (int | None | Unset):
    cost (int | None | Unset):
    deletion_settings (ConversationDeletionSettings | Unset):
    feedback (ConversationHistoryFeedbackCommonModel | Unset):
    authorization_method (AuthorizationMethod | str | Unset):
    charging (ConversationChargingCommonModel | Unset):
    phone_call (ConversationHistorySipTrunkingPhoneCallModel | ConversationHistoryTwilioPhoneCallModel | None |
        UnknownVariant | Unset):
    batch_call (ConversationHistoryBatchCallModel | None | Unset):
    termination_reason (str | Unset): Defaults to empty on the server.
    error (ConversationHistoryErrorCommonModel | None | Unset):
    warnings (list[str] | Unset):
    main_language (None | str | Unset):
    rag_usage (ConversationHistoryRagUsageCommonModel | None | Unset):
    text_only (bool | Unset): Defaults to False on the server.
    features_usage (FeaturesUsageCommonModel | Unset):
    eleven_assistant (ConversationHistoryElevenAssistantCommonModel | Unset):
    initiator_id (None | str | Unset):
    conversation_initiation_source (ConversationInitiationSource | str | Unset):
    conversation_initiation_source_version (None | str | Unset):
    timezone (None | str | Unset):
    initiation_trigger (DefaultConversationInitiationTrigger | UnknownVariant | Unset |
        ZendeskConversationInitiationTrigger):
    async_metadata (AsyncConversationMetadata | None | Unset):
    whatsapp (None | Unset | WhatsAppConversationInfo):
    agent_created_from (AgentDefinitionSource | str | Unset):
    agent_last_updated_from (AgentDefinitionSource | str | Unset):
    """

    start_time_unix_secs: int

    call_duration_secs: int

    accepted_time_unix_secs: int | None | Unset = UNSET

    cost: int | None | Unset = UNSET

    deletion_settings: ConversationDeletionSettings | Unset = UNSET

    feedback: ConversationHistoryFeedbackCommonModel | Unset = UNSET

    authorization_method: AuthorizationMethod | str | Unset = UNSET

    charging: ConversationChargingCommonModel | Unset = UNSET

    phone_call: (
        ConversationHistorySipTrunkingPhoneCallModel
        | ConversationHistoryTwilioPhoneCallModel
        | None
        | UnknownVariant
        | Unset
    ) = UNSET

    batch_call: ConversationHistoryBatchCallModel | None | Unset = UNSET

    termination_reason: str | Unset = UNSET

    error: ConversationHistoryErrorCommonModel | None | Unset = UNSET

    warnings: list[str] | Unset = UNSET

    main_language: None | str | Unset = UNSET

    rag_usage: ConversationHistoryRagUsageCommonModel | None | Unset = UNSET

    text_only: bool | Unset = UNSET

    features_usage: FeaturesUsageCommonModel | Unset = UNSET

    eleven_assistant: ConversationHistoryElevenAssistantCommonModel | Unset = UNSET

    initiator_id: None | str | Unset = UNSET

    conversation_initiation_source: ConversationInitiationSource | str | Unset = UNSET

    conversation_initiation_source_version: None | str | Unset = UNSET

    timezone: None | str | Unset = UNSET

    initiation_trigger: (
        DefaultConversationInitiationTrigger | UnknownVariant | Unset | ZendeskConversationInitiationTrigger
    ) = UNSET

    async_metadata: AsyncConversationMetadata | None | Unset = UNSET

    whatsapp: None | Unset | WhatsAppConversationInfo = UNSET

    agent_created_from: AgentDefinitionSource | str | Unset = UNSET

    agent_last_updated_from: AgentDefinitionSource | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "start_time_unix_secs",
        "call_duration_secs",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        start_time_unix_secs = self.start_time_unix_secs

        call_duration_secs = self.call_duration_secs

        accepted_time_unix_secs: Any
        try:
            accepted_time_unix_secs = self.accepted_time_unix_secs

        except (AttributeError, TypeError):
            accepted_time_unix_secs = self.accepted_time_unix_secs

        cost: Any
        try:
            cost = self.cost

        except (AttributeError, TypeError):
            cost = self.cost

        deletion_settings: Any
        try:
            deletion_settings = UNSET
            if not isinstance(self.deletion_settings, Unset):
                deletion_settings = self.deletion_settings.to_dict()
        except (AttributeError, TypeError):
            deletion_settings = self.deletion_settings

        feedback: Any
        try:
            feedback = UNSET
            if not isinstance(self.feedback, Unset):
                feedback = self.feedback.to_dict()
        except (AttributeError, TypeError):
            feedback = self.feedback

        authorization_method: Any
        try:
            if isinstance(self.authorization_method, Unset):
                authorization_method = UNSET
            elif isinstance(self.authorization_method, str):
                authorization_method = self.authorization_method
            else:
                authorization_method = self.authorization_method

        except (AttributeError, TypeError):
            authorization_method = self.authorization_method

        charging: Any
        try:
            charging = UNSET
            if not isinstance(self.charging, Unset):
                charging = self.charging.to_dict()
        except (AttributeError, TypeError):
            charging = self.charging

        phone_call: Any
        try:
            if isinstance(self.phone_call, Unset):
                phone_call = UNSET
            elif (
                isinstance(self.phone_call, ConversationHistoryTwilioPhoneCallModel)
                or isinstance(self.phone_call, ConversationHistorySipTrunkingPhoneCallModel)
                or isinstance(self.phone_call, UnknownVariant)
            ):
                phone_call = self.phone_call.to_dict()
            else:
                phone_call = self.phone_call

        except (AttributeError, TypeError):
            phone_call = self.phone_call

        batch_call: Any
        try:
            if isinstance(self.batch_call, Unset):
                batch_call = UNSET
            elif isinstance(self.batch_call, ConversationHistoryBatchCallModel):
                batch_call = self.batch_call.to_dict()
            else:
                batch_call = self.batch_call

        except (AttributeError, TypeError):
            batch_call = self.batch_call

        termination_reason = self.termination_reason

        error: Any
        try:
            if isinstance(self.error, Unset):
                error = UNSET
            elif isinstance(self.error, ConversationHistoryErrorCommonModel):
                error = self.error.to_dict()
            else:
                error = self.error

        except (AttributeError, TypeError):
            error = self.error

        warnings: Any
        try:
            warnings = UNSET
            if not isinstance(self.warnings, Unset):
                warnings = self.warnings

        except (AttributeError, TypeError):
            warnings = self.warnings

        main_language: Any
        try:
            main_language = self.main_language

        except (AttributeError, TypeError):
            main_language = self.main_language

        rag_usage: Any
        try:
            if isinstance(self.rag_usage, Unset):
                rag_usage = UNSET
            elif isinstance(self.rag_usage, ConversationHistoryRagUsageCommonModel):
                rag_usage = self.rag_usage.to_dict()
            else:
                rag_usage = self.rag_usage

        except (AttributeError, TypeError):
            rag_usage = self.rag_usage

        text_only = self.text_only

        features_usage: Any
        try:
            features_usage = UNSET
            if not isinstance(self.features_usage, Unset):
                features_usage = self.features_usage.to_dict()
        except (AttributeError, TypeError):
            features_usage = self.features_usage

        eleven_assistant: Any
        try:
            eleven_assistant = UNSET
            if not isinstance(self.eleven_assistant, Unset):
                eleven_assistant = self.eleven_assistant.to_dict()
        except (AttributeError, TypeError):
            eleven_assistant = self.eleven_assistant

        initiator_id: Any
        try:
            initiator_id = self.initiator_id

        except (AttributeError, TypeError):
            initiator_id = self.initiator_id

        conversation_initiation_source: Any
        try:
            if isinstance(self.conversation_initiation_source, Unset):
                conversation_initiation_source = UNSET
            elif isinstance(self.conversation_initiation_source, str):
                conversation_initiation_source = self.conversation_initiation_source
            else:
                conversation_initiation_source = self.conversation_initiation_source

        except (AttributeError, TypeError):
            conversation_initiation_source = self.conversation_initiation_source

        conversation_initiation_source_version: Any
        try:
            conversation_initiation_source_version = self.conversation_initiation_source_version

        except (AttributeError, TypeError):
            conversation_initiation_source_version = self.conversation_initiation_source_version

        timezone: Any
        try:
            timezone = self.timezone

        except (AttributeError, TypeError):
            timezone = self.timezone

        initiation_trigger: Any
        try:
            if isinstance(self.initiation_trigger, Unset):
                initiation_trigger = UNSET
            elif (
                isinstance(self.initiation_trigger, DefaultConversationInitiationTrigger)
                or isinstance(self.initiation_trigger, ZendeskConversationInitiationTrigger)
                or isinstance(self.initiation_trigger, UnknownVariant)
            ):
                initiation_trigger = self.initiation_trigger.to_dict()
            else:
                initiation_trigger = self.initiation_trigger

        except (AttributeError, TypeError):
            initiation_trigger = self.initiation_trigger

        async_metadata: Any
        try:
            if isinstance(self.async_metadata, Unset):
                async_metadata = UNSET
            elif isinstance(self.async_metadata, AsyncConversationMetadata):
                async_metadata = self.async_metadata.to_dict()
            else:
                async_metadata = self.async_metadata

        except (AttributeError, TypeError):
            async_metadata = self.async_metadata

        whatsapp: Any
        try:
            if isinstance(self.whatsapp, Unset):
                whatsapp = UNSET
            elif isinstance(self.whatsapp, WhatsAppConversationInfo):
                whatsapp = self.whatsapp.to_dict()
            else:
                whatsapp = self.whatsapp

        except (AttributeError, TypeError):
            whatsapp = self.whatsapp

        agent_created_from: Any
        try:
            if isinstance(self.agent_created_from, Unset):
                agent_created_from = UNSET
            elif isinstance(self.agent_created_from, str):
                agent_created_from = self.agent_created_from
            else:
                agent_created_from = self.agent_created_from

        except (AttributeError, TypeError):
            agent_created_from = self.agent_created_from

        agent_last_updated_from: Any
        try:
            if isinstance(self.agent_last_updated_from, Unset):
                agent_last_updated_from = UNSET
            elif isinstance(self.agent_last_updated_from, str):
                agent_last_updated_from = self.agent_last_updated_from
            else:
                agent_last_updated_from = self.agent_last_updated_from

        except (AttributeError, TypeError):
            agent_last_updated_from = self.agent_last_updated_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start_time_unix_secs is not None or "start_time_unix_secs" not in self._missing_fields:
            field_dict["start_time_unix_secs"] = start_time_unix_secs
        if call_duration_secs is not None or "call_duration_secs" not in self._missing_fields:
            field_dict["call_duration_secs"] = call_duration_secs
        if accepted_time_unix_secs is not UNSET:
            field_dict["accepted_time_unix_secs"] = accepted_time_unix_secs
        if cost is not UNSET:
            field_dict["cost"] = cost
        if deletion_settings is not UNSET:
            field_dict["deletion_settings"] = deletion_settings
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if authorization_method is not UNSET:
            field_dict["authorization_method"] = authorization_method
        if charging is not UNSET:
            field_dict["charging"] = charging
        if phone_call is not UNSET:
            field_dict["phone_call"] = phone_call
        if batch_call is not UNSET:
            field_dict["batch_call"] = batch_call
        if termination_reason is not UNSET:
            field_dict["termination_reason"] = termination_reason
        if error is not UNSET:
            field_dict["error"] = error
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if main_language is not UNSET:
            field_dict["main_language"] = main_language
        if rag_usage is not UNSET:
            field_dict["rag_usage"] = rag_usage
        if text_only is not UNSET:
            field_dict["text_only"] = text_only
        if features_usage is not UNSET:
            field_dict["features_usage"] = features_usage
        if eleven_assistant is not UNSET:
            field_dict["eleven_assistant"] = eleven_assistant
        if initiator_id is not UNSET:
            field_dict["initiator_id"] = initiator_id
        if conversation_initiation_source is not UNSET:
            field_dict["conversation_initiation_source"] = conversation_initiation_source
        if conversation_initiation_source_version is not UNSET:
            field_dict["conversation_initiation_source_version"] = conversation_initiation_source_version
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if initiation_trigger is not UNSET:
            field_dict["initiation_trigger"] = initiation_trigger
        if async_metadata is not UNSET:
            field_dict["async_metadata"] = async_metadata
        if whatsapp is not UNSET:
            field_dict["whatsapp"] = whatsapp
        if agent_created_from is not UNSET:
            field_dict["agent_created_from"] = agent_created_from
        if agent_last_updated_from is not UNSET:
            field_dict["agent_last_updated_from"] = agent_last_updated_from
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_history_metadata_common_model = cls.__new__(cls)
        conversation_history_metadata_common_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_history_metadata_common_model

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


_read_start_time_unix_secs = plain_reader("start_time_unix_secs", (int,), "an integer", True)

_read_call_duration_secs = plain_reader("call_duration_secs", (int,), "an integer", True)

_read_accepted_time_unix_secs = plain_reader(
    "accepted_time_unix_secs",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_cost = plain_reader(
    "cost",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


def _read_deletion_settings(cls: type[ConversationHistoryMetadataCommonModel], d: Mapping[str, Any]) -> Any:
    deletion_settings_raw = d.get("deletion_settings", UNSET)
    try:
        _deletion_settings = deletion_settings_raw
        deletion_settings: ConversationDeletionSettings | Unset
        if isinstance(_deletion_settings, Unset):
            deletion_settings = UNSET
        else:
            deletion_settings = ConversationDeletionSettings.from_dict(_deletion_settings)
    except (KeyError, TypeError, ValueError, AttributeError):
        deletion_settings = deviating_field(cls, "deletion_settings", deletion_settings_raw)

    return deletion_settings


def _read_feedback(cls: type[ConversationHistoryMetadataCommonModel], d: Mapping[str, Any]) -> Any:
    feedback_raw = d.get("feedback", UNSET)
    try:
        _feedback = feedback_raw
        feedback: ConversationHistoryFeedbackCommonModel | Unset
        if isinstance(_feedback, Unset):
            feedback = UNSET
        else:
            feedback = ConversationHistoryFeedbackCommonModel.from_dict(_feedback)
    except (KeyError, TypeError, ValueError, AttributeError):
        feedback = deviating_field(cls, "feedback", feedback_raw)

    return feedback


_read_authorization_method = plain_reader("authorization_method", (str,), "a string", False)


def _read_charging(cls: type[ConversationHistoryMetadataCommonModel], d: Mapping[str, Any]) -> Any:
    charging_raw = d.get("charging", UNSET)
    try:
        _charging = charging_raw
        charging: ConversationChargingCommonModel | Unset
        if isinstance(_charging, Unset):
            charging = UNSET
        else:
            charging = ConversationChargingCommonModel.from_dict(_charging)
    except (KeyError, TypeError, ValueError, AttributeError):
        charging = deviating_field(cls, "charging", charging_raw)

    return charging


def _read_phone_call(cls: type[ConversationHistoryMetadataCommonModel], d: Mapping[str, Any]) -> Any:
    phone_call_raw = d.get("phone_call", UNSET)
    try:

        def _parse_phone_call(
            data: object,
        ) -> (
            ConversationHistorySipTrunkingPhoneCallModel
            | ConversationHistoryTwilioPhoneCallModel
            | None
            | UnknownVariant
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_phone_call_member, data)

        def _parse_phone_call_member(
            data: object,
        ) -> (
            ConversationHistorySipTrunkingPhoneCallModel
            | ConversationHistoryTwilioPhoneCallModel
            | None
            | UnknownVariant
            | Unset
        ):
            if isinstance(data, dict):
                for known in (
                    ConversationHistoryTwilioPhoneCallModel,
                    ConversationHistorySipTrunkingPhoneCallModel,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                componentsschemas_conversation_history_metadata_common_model_phone_call_type_0 = (
                    ConversationHistoryTwilioPhoneCallModel.from_dict(data)
                )

                return componentsschemas_conversation_history_metadata_common_model_phone_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                componentsschemas_conversation_history_metadata_common_model_phone_call_type_1 = (
                    ConversationHistorySipTrunkingPhoneCallModel.from_dict(data)
                )

                return componentsschemas_conversation_history_metadata_common_model_phone_call_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            componentsschemas_conversation_history_metadata_common_model_phone_call_type_2 = UnknownVariant.from_dict(
                data
            )

            return componentsschemas_conversation_history_metadata_common_model_phone_call_type_2

        phone_call = _parse_phone_call(phone_call_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        phone_call = deviating_field(cls, "phone_call", phone_call_raw)

    return phone_call


def _read_batch_call(cls: type[ConversationHistoryMetadataCommonModel], d: Mapping[str, Any]) -> Any:
    batch_call_raw = d.get("batch_call", UNSET)
    try:

        def _parse_batch_call(data: object) -> ConversationHistoryBatchCallModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            batch_call_type_0 = ConversationHistoryBatchCallModel.from_dict(data)

            return batch_call_type_0

        batch_call = _parse_batch_call(batch_call_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        batch_call = deviating_field(cls, "batch_call", batch_call_raw)

    return batch_call


_read_termination_reason = plain_reader("termination_reason", (str,), "a string", False)


def _read_error(cls: type[ConversationHistoryMetadataCommonModel], d: Mapping[str, Any]) -> Any:
    error_raw = d.get("error", UNSET)
    try:

        def _parse_error(data: object) -> ConversationHistoryErrorCommonModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            error_type_0 = ConversationHistoryErrorCommonModel.from_dict(data)

            return error_type_0

        error = _parse_error(error_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        error = deviating_field(cls, "error", error_raw)

    return error


_read_warnings = plain_reader("warnings", (list,), "an array", False, ((str,), "a string"))

_read_main_language = plain_reader(
    "main_language",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_rag_usage(cls: type[ConversationHistoryMetadataCommonModel], d: Mapping[str, Any]) -> Any:
    rag_usage_raw = d.get("rag_usage", UNSET)
    try:

        def _parse_rag_usage(data: object) -> ConversationHistoryRagUsageCommonModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            rag_usage_type_0 = ConversationHistoryRagUsageCommonModel.from_dict(data)

            return rag_usage_type_0

        rag_usage = _parse_rag_usage(rag_usage_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        rag_usage = deviating_field(cls, "rag_usage", rag_usage_raw)

    return rag_usage


_read_text_only = plain_reader("text_only", (bool,), "a boolean", False)


def _read_features_usage(cls: type[ConversationHistoryMetadataCommonModel], d: Mapping[str, Any]) -> Any:
    features_usage_raw = d.get("features_usage", UNSET)
    try:
        _features_usage = features_usage_raw
        features_usage: FeaturesUsageCommonModel | Unset
        if isinstance(_features_usage, Unset):
            features_usage = UNSET
        else:
            features_usage = FeaturesUsageCommonModel.from_dict(_features_usage)
    except (KeyError, TypeError, ValueError, AttributeError):
        features_usage = deviating_field(cls, "features_usage", features_usage_raw)

    return features_usage


def _read_eleven_assistant(cls: type[ConversationHistoryMetadataCommonModel], d: Mapping[str, Any]) -> Any:
    eleven_assistant_raw = d.get("eleven_assistant", UNSET)
    try:
        _eleven_assistant = eleven_assistant_raw
        eleven_assistant: ConversationHistoryElevenAssistantCommonModel | Unset
        if isinstance(_eleven_assistant, Unset):
            eleven_assistant = UNSET
        else:
            eleven_assistant = ConversationHistoryElevenAssistantCommonModel.from_dict(_eleven_assistant)
    except (KeyError, TypeError, ValueError, AttributeError):
        eleven_assistant = deviating_field(cls, "eleven_assistant", eleven_assistant_raw)

    return eleven_assistant


_read_initiator_id = plain_reader(
    "initiator_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_conversation_initiation_source = plain_reader("conversation_initiation_source", (str,), "a string", False)

_read_conversation_initiation_source_version = plain_reader(
    "conversation_initiation_source_version",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_timezone = plain_reader(
    "timezone",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_initiation_trigger(cls: type[ConversationHistoryMetadataCommonModel], d: Mapping[str, Any]) -> Any:
    initiation_trigger_raw = d.get("initiation_trigger", UNSET)
    try:

        def _parse_initiation_trigger(
            data: object,
        ) -> DefaultConversationInitiationTrigger | UnknownVariant | Unset | ZendeskConversationInitiationTrigger:
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_initiation_trigger_member, data)

        def _parse_initiation_trigger_member(
            data: object,
        ) -> DefaultConversationInitiationTrigger | UnknownVariant | Unset | ZendeskConversationInitiationTrigger:
            if isinstance(data, dict):
                for known in (
                    DefaultConversationInitiationTrigger,
                    ZendeskConversationInitiationTrigger,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                componentsschemas_conversation_history_metadata_common_model_initiation_trigger_type_0 = (
                    DefaultConversationInitiationTrigger.from_dict(data)
                )

                return componentsschemas_conversation_history_metadata_common_model_initiation_trigger_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                componentsschemas_conversation_history_metadata_common_model_initiation_trigger_type_1 = (
                    ZendeskConversationInitiationTrigger.from_dict(data)
                )

                return componentsschemas_conversation_history_metadata_common_model_initiation_trigger_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            componentsschemas_conversation_history_metadata_common_model_initiation_trigger_type_2 = (
                UnknownVariant.from_dict(data)
            )

            return componentsschemas_conversation_history_metadata_common_model_initiation_trigger_type_2

        initiation_trigger = _parse_initiation_trigger(initiation_trigger_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        initiation_trigger = deviating_field(cls, "initiation_trigger", initiation_trigger_raw)

    return initiation_trigger


def _read_async_metadata(cls: type[ConversationHistoryMetadataCommonModel], d: Mapping[str, Any]) -> Any:
    async_metadata_raw = d.get("async_metadata", UNSET)
    try:

        def _parse_async_metadata(data: object) -> AsyncConversationMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            async_metadata_type_0 = AsyncConversationMetadata.from_dict(data)

            return async_metadata_type_0

        async_metadata = _parse_async_metadata(async_metadata_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        async_metadata = deviating_field(cls, "async_metadata", async_metadata_raw)

    return async_metadata


def _read_whatsapp(cls: type[ConversationHistoryMetadataCommonModel], d: Mapping[str, Any]) -> Any:
    whatsapp_raw = d.get("whatsapp", UNSET)
    try:

        def _parse_whatsapp(data: object) -> None | Unset | WhatsAppConversationInfo:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            whatsapp_type_0 = WhatsAppConversationInfo.from_dict(data)

            return whatsapp_type_0

        whatsapp = _parse_whatsapp(whatsapp_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        whatsapp = deviating_field(cls, "whatsapp", whatsapp_raw)

    return whatsapp


_read_agent_created_from = plain_reader("agent_created_from", (str,), "a string", False)

_read_agent_last_updated_from = plain_reader("agent_last_updated_from", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "start_time_unix_secs",
        "call_duration_secs",
        "accepted_time_unix_secs",
        "cost",
        "deletion_settings",
        "feedback",
        "authorization_method",
        "charging",
        "phone_call",
        "batch_call",
        "termination_reason",
        "error",
        "warnings",
        "main_language",
        "rag_usage",
        "text_only",
        "features_usage",
        "eleven_assistant",
        "initiator_id",
        "conversation_initiation_source",
        "conversation_initiation_source_version",
        "timezone",
        "initiation_trigger",
        "async_metadata",
        "whatsapp",
        "agent_created_from",
        "agent_last_updated_from",
    )
)


def _read_additional_properties(
    cls: type[ConversationHistoryMetadataCommonModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationHistoryMetadataCommonModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    start_time_unix_secs = d.get("start_time_unix_secs", MISSING)
    if start_time_unix_secs.__class__ is not int:
        start_time_unix_secs = _read_start_time_unix_secs(cls, d)

    call_duration_secs = d.get("call_duration_secs", MISSING)
    if call_duration_secs.__class__ is not int:
        call_duration_secs = _read_call_duration_secs(cls, d)

    accepted_time_unix_secs = d.get("accepted_time_unix_secs", UNSET)
    if (
        accepted_time_unix_secs.__class__ is not int
        and accepted_time_unix_secs is not None
        and accepted_time_unix_secs is not UNSET
    ):
        accepted_time_unix_secs = _read_accepted_time_unix_secs(cls, d)

    cost = d.get("cost", UNSET)
    if cost.__class__ is not int and cost is not None and cost is not UNSET:
        cost = _read_cost(cls, d)

    if "deletion_settings" in known:
        deletion_settings = known["deletion_settings"]
    else:
        deletion_settings = d.get("deletion_settings", UNSET)
        if deletion_settings is not UNSET:
            deletion_settings = _read_deletion_settings(cls, d)

    if "feedback" in known:
        feedback = known["feedback"]
    else:
        feedback = d.get("feedback", UNSET)
        if feedback is not UNSET:
            feedback = _read_feedback(cls, d)

    authorization_method = d.get("authorization_method", UNSET)
    if authorization_method.__class__ is not str and authorization_method is not UNSET:
        authorization_method = _read_authorization_method(cls, d)

    if "charging" in known:
        charging = known["charging"]
    else:
        charging = d.get("charging", UNSET)
        if charging is not UNSET:
            charging = _read_charging(cls, d)

    if "phone_call" in known:
        phone_call = known["phone_call"]
    else:
        phone_call = d.get("phone_call", UNSET)
        if phone_call is not UNSET and phone_call is not None:
            phone_call = _read_phone_call(cls, d)

    if "batch_call" in known:
        batch_call = known["batch_call"]
    else:
        batch_call = d.get("batch_call", UNSET)
        if batch_call is not UNSET and batch_call is not None:
            batch_call = _read_batch_call(cls, d)

    termination_reason = d.get("termination_reason", UNSET)
    if termination_reason.__class__ is not str and termination_reason is not UNSET:
        termination_reason = _read_termination_reason(cls, d)

    if "error" in known:
        error = known["error"]
    else:
        error = d.get("error", UNSET)
        if error is not UNSET and error is not None:
            error = _read_error(cls, d)

    warnings = d.get("warnings", UNSET)
    if warnings.__class__ is not list and warnings is not UNSET:
        warnings = _read_warnings(cls, d)
    elif warnings.__class__ is list and warnings:
        check_items(cls, "warnings", warnings, (str,), "a string")

    main_language = d.get("main_language", UNSET)
    if main_language.__class__ is not str and main_language is not None and main_language is not UNSET:
        main_language = _read_main_language(cls, d)

    if "rag_usage" in known:
        rag_usage = known["rag_usage"]
    else:
        rag_usage = d.get("rag_usage", UNSET)
        if rag_usage is not UNSET and rag_usage is not None:
            rag_usage = _read_rag_usage(cls, d)

    text_only = d.get("text_only", UNSET)
    if text_only.__class__ is not bool and text_only is not UNSET:
        text_only = _read_text_only(cls, d)

    if "features_usage" in known:
        features_usage = known["features_usage"]
    else:
        features_usage = d.get("features_usage", UNSET)
        if features_usage is not UNSET:
            features_usage = _read_features_usage(cls, d)

    if "eleven_assistant" in known:
        eleven_assistant = known["eleven_assistant"]
    else:
        eleven_assistant = d.get("eleven_assistant", UNSET)
        if eleven_assistant is not UNSET:
            eleven_assistant = _read_eleven_assistant(cls, d)

    initiator_id = d.get("initiator_id", UNSET)
    if initiator_id.__class__ is not str and initiator_id is not None and initiator_id is not UNSET:
        initiator_id = _read_initiator_id(cls, d)

    conversation_initiation_source = d.get("conversation_initiation_source", UNSET)
    if conversation_initiation_source.__class__ is not str and conversation_initiation_source is not UNSET:
        conversation_initiation_source = _read_conversation_initiation_source(cls, d)

    conversation_initiation_source_version = d.get("conversation_initiation_source_version", UNSET)
    if (
        conversation_initiation_source_version.__class__ is not str
        and conversation_initiation_source_version is not None
        and conversation_initiation_source_version is not UNSET
    ):
        conversation_initiation_source_version = _read_conversation_initiation_source_version(cls, d)

    timezone = d.get("timezone", UNSET)
    if timezone.__class__ is not str and timezone is not None and timezone is not UNSET:
        timezone = _read_timezone(cls, d)

    if "initiation_trigger" in known:
        initiation_trigger = known["initiation_trigger"]
    else:
        initiation_trigger = d.get("initiation_trigger", UNSET)
        if initiation_trigger is not UNSET:
            initiation_trigger = _read_initiation_trigger(cls, d)

    if "async_metadata" in known:
        async_metadata = known["async_metadata"]
    else:
        async_metadata = d.get("async_metadata", UNSET)
        if async_metadata is not UNSET and async_metadata is not None:
            async_metadata = _read_async_metadata(cls, d)

    if "whatsapp" in known:
        whatsapp = known["whatsapp"]
    else:
        whatsapp = d.get("whatsapp", UNSET)
        if whatsapp is not UNSET and whatsapp is not None:
            whatsapp = _read_whatsapp(cls, d)

    agent_created_from = d.get("agent_created_from", UNSET)
    if agent_created_from.__class__ is not str and agent_created_from is not UNSET:
        agent_created_from = _read_agent_created_from(cls, d)

    agent_last_updated_from = d.get("agent_last_updated_from", UNSET)
    if agent_last_updated_from.__class__ is not str and agent_last_updated_from is not UNSET:
        agent_last_updated_from = _read_agent_last_updated_from(cls, d)

    return {
        "start_time_unix_secs": start_time_unix_secs,
        "call_duration_secs": call_duration_secs,
        "accepted_time_unix_secs": accepted_time_unix_secs,
        "cost": cost,
        "deletion_settings": deletion_settings,
        "feedback": feedback,
        "authorization_method": authorization_method,
        "charging": charging,
        "phone_call": phone_call,
        "batch_call": batch_call,
        "termination_reason": termination_reason,
        "error": error,
        "warnings": warnings,
        "main_language": main_language,
        "rag_usage": rag_usage,
        "text_only": text_only,
        "features_usage": features_usage,
        "eleven_assistant": eleven_assistant,
        "initiator_id": initiator_id,
        "conversation_initiation_source": conversation_initiation_source,
        "conversation_initiation_source_version": conversation_initiation_source_version,
        "timezone": timezone,
        "initiation_trigger": initiation_trigger,
        "async_metadata": async_metadata,
        "whatsapp": whatsapp,
        "agent_created_from": agent_created_from,
        "agent_last_updated_from": agent_last_updated_from,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ConversationHistoryMetadataCommonModel,
    _all_fields,
    {
        "start_time_unix_secs": _read_start_time_unix_secs,
        "call_duration_secs": _read_call_duration_secs,
        "accepted_time_unix_secs": _read_accepted_time_unix_secs,
        "cost": _read_cost,
        "deletion_settings": _read_deletion_settings,
        "feedback": _read_feedback,
        "authorization_method": _read_authorization_method,
        "charging": _read_charging,
        "phone_call": _read_phone_call,
        "batch_call": _read_batch_call,
        "termination_reason": _read_termination_reason,
        "error": _read_error,
        "warnings": _read_warnings,
        "main_language": _read_main_language,
        "rag_usage": _read_rag_usage,
        "text_only": _read_text_only,
        "features_usage": _read_features_usage,
        "eleven_assistant": _read_eleven_assistant,
        "initiator_id": _read_initiator_id,
        "conversation_initiation_source": _read_conversation_initiation_source,
        "conversation_initiation_source_version": _read_conversation_initiation_source_version,
        "timezone": _read_timezone,
        "initiation_trigger": _read_initiation_trigger,
        "async_metadata": _read_async_metadata,
        "whatsapp": _read_whatsapp,
        "agent_created_from": _read_agent_created_from,
        "agent_last_updated_from": _read_agent_last_updated_from,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.async_conversation_metadata import AsyncConversationMetadata
from ..models.conversation_charging_common_model import ConversationChargingCommonModel
from ..models.conversation_deletion_settings import ConversationDeletionSettings
from ..models.conversation_history_batch_call_model import ConversationHistoryBatchCallModel
from ..models.conversation_history_eleven_assistant_common_model import ConversationHistoryElevenAssistantCommonModel
from ..models.conversation_history_error_common_model import ConversationHistoryErrorCommonModel
from ..models.conversation_history_feedback_common_model import ConversationHistoryFeedbackCommonModel
from ..models.conversation_history_rag_usage_common_model import ConversationHistoryRagUsageCommonModel
from ..models.conversation_history_sip_trunking_phone_call_model import ConversationHistorySipTrunkingPhoneCallModel
from ..models.conversation_history_twilio_phone_call_model import ConversationHistoryTwilioPhoneCallModel
from ..models.default_conversation_initiation_trigger import DefaultConversationInitiationTrigger
from ..models.features_usage_common_model import FeaturesUsageCommonModel
from ..models.unknown_variant import UnknownVariant
from ..models.whats_app_conversation_info import WhatsAppConversationInfo
from ..models.zendesk_conversation_initiation_trigger import ZendeskConversationInitiationTrigger
