from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WidgetTextContents")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WidgetTextContents(Lazy):
    """Attributes:
    main_label (None | str | Unset): Call to action displayed inside the compact and full variants.
    start_call (None | str | Unset): Text and ARIA label for the start call button.
    start_chat (None | str | Unset): Text and ARIA label for the start chat button (text only)
    new_call (None | str | Unset): Text and ARIA label for the new call button. Displayed when the caller already
        finished at least one call in order ot start the next one.
    end_call (None | str | Unset): Text and ARIA label for the end call button.
    mute_microphone (None | str | Unset): ARIA label for the mute microphone button.
    change_language (None | str | Unset): ARIA label for the change language dropdown.
    collapse (None | str | Unset): ARIA label for the collapse button.
    expand (None | str | Unset): ARIA label for the expand button.
    copied (None | str | Unset): Text displayed when the user copies a value using the copy button.
    accept_terms (None | str | Unset): Text and ARIA label for the accept terms button.
    dismiss_terms (None | str | Unset): Text and ARIA label for the cancel terms button.
    listening_status (None | str | Unset): Status displayed when the agent is listening.
    speaking_status (None | str | Unset): Status displayed when the agent is speaking.
    connecting_status (None | str | Unset): Status displayed when the agent is connecting.
    chatting_status (None | str | Unset): Status displayed when the agent is chatting (text only)
    input_label (None | str | Unset): ARIA label for the text message input.
    input_placeholder (None | str | Unset): Placeholder text for the text message input.
    input_placeholder_text_only (None | str | Unset): Placeholder text for the text message input (text only)
    input_placeholder_new_conversation (None | str | Unset): Placeholder text for the text message input when
        starting a new conversation (text only)
    user_ended_conversation (None | str | Unset): Information message displayed when the user ends the conversation.
    agent_ended_conversation (None | str | Unset): Information message displayed when the agent ends the
        conversation.
    conversation_id (None | str | Unset): Text label used next to the conversation ID.
    error_occurred (None | str | Unset): Text label used when an error occurs.
    copy_id (None | str | Unset): Text and ARIA label used for the copy ID button.
    initiate_feedback (None | str | Unset): Text displayed to prompt the user for feedback.
    request_follow_up_feedback (None | str | Unset): Text displayed to request additional feedback details.
    thanks_for_feedback (None | str | Unset): Text displayed to thank the user for providing feedback.
    thanks_for_feedback_details (None | str | Unset): Additional text displayed explaining the value of user
        feedback.
    follow_up_feedback_placeholder (None | str | Unset): Placeholder text for the follow-up feedback input field.
    submit (None | str | Unset): Text and ARIA label for the submit button.
    go_back (None | str | Unset): Text and ARIA label for the go back button.
    send_message (None | str | Unset): Text and ARIA label for the send message button.
    text_mode (None | str | Unset): Text and ARIA label for the switch to text mode button.
    voice_mode (None | str | Unset): Text and ARIA label for the switch to voice mode button.
    switched_to_text_mode (None | str | Unset): Toast notification displayed when switching to text mode.
    switched_to_voice_mode (None | str | Unset): Toast notification displayed when switching to voice mode.
    copy (None | str | Unset): Text and ARIA label for the copy button.
    download (None | str | Unset): Text and ARIA label for the download button.
    wrap (None | str | Unset): Text and ARIA label for the wrap toggle button.
    agent_working (None | str | Unset): Status text displayed when the agent is processing a tool call.
    agent_done (None | str | Unset): Status text displayed when the agent finishes processing a tool call.
    agent_error (None | str | Unset): Status text displayed when the agent encounters an error during a tool call.
    attach_file (None | str | Unset): Text and ARIA label for the attach file button.
    remove_file (None | str | Unset): ARIA label for the remove file button.
    file_upload_error (None | str | Unset): Error message displayed when a file fails to upload.
    file_type_unsupported (None | str | Unset): Error message displayed when an unsupported file type is selected.
        Followed by the list of accepted types.
    file_too_large (None | str | Unset): Error message displayed when a file exceeds the maximum size limit.
    file_limit_reached (None | str | Unset): Error message displayed when the maximum number of files for a
        conversation is reached.
    typing_indicator (None | str | Unset): Status text displayed while the agent is typing.
    """

    main_label: None | str | Unset = UNSET

    start_call: None | str | Unset = UNSET

    start_chat: None | str | Unset = UNSET

    new_call: None | str | Unset = UNSET

    end_call: None | str | Unset = UNSET

    mute_microphone: None | str | Unset = UNSET

    change_language: None | str | Unset = UNSET

    collapse: None | str | Unset = UNSET

    expand: None | str | Unset = UNSET

    copied: None | str | Unset = UNSET

    accept_terms: None | str | Unset = UNSET

    dismiss_terms: None | str | Unset = UNSET

    listening_status: None | str | Unset = UNSET

    speaking_status: None | str | Unset = UNSET

    connecting_status: None | str | Unset = UNSET

    chatting_status: None | str | Unset = UNSET

    input_label: None | str | Unset = UNSET

    input_placeholder: None | str | Unset = UNSET

    input_placeholder_text_only: None | str | Unset = UNSET

    input_placeholder_new_conversation: None | str | Unset = UNSET

    user_ended_conversation: None | str | Unset = UNSET

    agent_ended_conversation: None | str | Unset = UNSET

    conversation_id: None | str | Unset = UNSET

    error_occurred: None | str | Unset = UNSET

    copy_id: None | str | Unset = UNSET

    initiate_feedback: None | str | Unset = UNSET

    request_follow_up_feedback: None | str | Unset = UNSET

    thanks_for_feedback: None | str | Unset = UNSET

    thanks_for_feedback_details: None | str | Unset = UNSET

    follow_up_feedback_placeholder: None | str | Unset = UNSET

    submit: None | str | Unset = UNSET

    go_back: None | str | Unset = UNSET

    send_message: None | str | Unset = UNSET

    text_mode: None | str | Unset = UNSET

    voice_mode: None | str | Unset = UNSET

    switched_to_text_mode: None | str | Unset = UNSET

    switched_to_voice_mode: None | str | Unset = UNSET

    copy: None | str | Unset = UNSET

    download: None | str | Unset = UNSET

    wrap: None | str | Unset = UNSET

    agent_working: None | str | Unset = UNSET

    agent_done: None | str | Unset = UNSET

    agent_error: None | str | Unset = UNSET

    attach_file: None | str | Unset = UNSET

    remove_file: None | str | Unset = UNSET

    file_upload_error: None | str | Unset = UNSET

    file_type_unsupported: None | str | Unset = UNSET

    file_too_large: None | str | Unset = UNSET

    file_limit_reached: None | str | Unset = UNSET

    typing_indicator: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        main_label: Any
        try:
            main_label = self.main_label

        except (AttributeError, TypeError):
            main_label = self.main_label

        start_call: Any
        try:
            start_call = self.start_call

        except (AttributeError, TypeError):
            start_call = self.start_call

        start_chat: Any
        try:
            start_chat = self.start_chat

        except (AttributeError, TypeError):
            start_chat = self.start_chat

        new_call: Any
        try:
            new_call = self.new_call

        except (AttributeError, TypeError):
            new_call = self.new_call

        end_call: Any
        try:
            end_call = self.end_call

        except (AttributeError, TypeError):
            end_call = self.end_call

        mute_microphone: Any
        try:
            mute_microphone = self.mute_microphone

        except (AttributeError, TypeError):
            mute_microphone = self.mute_microphone

        change_language: Any
        try:
            change_language = self.change_language

        except (AttributeError, TypeError):
            change_language = self.change_language

        collapse: Any
        try:
            collapse = self.collapse

        except (AttributeError, TypeError):
            collapse = self.collapse

        expand: Any
        try:
            expand = self.expand

        except (AttributeError, TypeError):
            expand = self.expand

        copied: Any
        try:
            copied = self.copied

        except (AttributeError, TypeError):
            copied = self.copied

        accept_terms: Any
        try:
            accept_terms = self.accept_terms

        except (AttributeError, TypeError):
            accept_terms = self.accept_terms

        dismiss_terms: Any
        try:
            dismiss_terms = self.dismiss_terms

        except (AttributeError, TypeError):
            dismiss_terms = self.dismiss_terms

        listening_status: Any
        try:
            listening_status = self.listening_status

        except (AttributeError, TypeError):
            listening_status = self.listening_status

        speaking_status: Any
        try:
            speaking_status = self.speaking_status

        except (AttributeError, TypeError):
            speaking_status = self.speaking_status

        connecting_status: Any
        try:
            connecting_status = self.connecting_status

        except (AttributeError, TypeError):
            connecting_status = self.connecting_status

        chatting_status: Any
        try:
            chatting_status = self.chatting_status

        except (AttributeError, TypeError):
            chatting_status = self.chatting_status

        input_label: Any
        try:
            input_label = self.input_label

        except (AttributeError, TypeError):
            input_label = self.input_label

        input_placeholder: Any
        try:
            input_placeholder = self.input_placeholder

        except (AttributeError, TypeError):
            input_placeholder = self.input_placeholder

        input_placeholder_text_only: Any
        try:
            input_placeholder_text_only = self.input_placeholder_text_only

        except (AttributeError, TypeError):
            input_placeholder_text_only = self.input_placeholder_text_only

        input_placeholder_new_conversation: Any
        try:
            input_placeholder_new_conversation = self.input_placeholder_new_conversation

        except (AttributeError, TypeError):
            input_placeholder_new_conversation = self.input_placeholder_new_conversation

        user_ended_conversation: Any
        try:
            user_ended_conversation = self.user_ended_conversation

        except (AttributeError, TypeError):
            user_ended_conversation = self.user_ended_conversation

        agent_ended_conversation: Any
        try:
            agent_ended_conversation = self.agent_ended_conversation

        except (AttributeError, TypeError):
            agent_ended_conversation = self.agent_ended_conversation

        conversation_id: Any
        try:
            conversation_id = self.conversation_id

        except (AttributeError, TypeError):
            conversation_id = self.conversation_id

        error_occurred: Any
        try:
            error_occurred = self.error_occurred

        except (AttributeError, TypeError):
            error_occurred = self.error_occurred

        copy_id: Any
        try:
            copy_id = self.copy_id

        except (AttributeError, TypeError):
            copy_id = self.copy_id

        initiate_feedback: Any
        try:
            initiate_feedback = self.initiate_feedback

        except (AttributeError, TypeError):
            initiate_feedback = self.initiate_feedback

        request_follow_up_feedback: Any
        try:
            request_follow_up_feedback = self.request_follow_up_feedback

        except (AttributeError, TypeError):
            request_follow_up_feedback = self.request_follow_up_feedback

        thanks_for_feedback: Any
        try:
            thanks_for_feedback = self.thanks_for_feedback

        except (AttributeError, TypeError):
            thanks_for_feedback = self.thanks_for_feedback

        thanks_for_feedback_details: Any
        try:
            thanks_for_feedback_details = self.thanks_for_feedback_details

        except (AttributeError, TypeError):
            thanks_for_feedback_details = self.thanks_for_feedback_details

        follow_up_feedback_placeholder: Any
        try:
            follow_up_feedback_placeholder = self.follow_up_feedback_placeholder

        except (AttributeError, TypeError):
            follow_up_feedback_placeholder = self.follow_up_feedback_placeholder

        submit: Any
        try:
            submit = self.submit

        except (AttributeError, TypeError):
            submit = self.submit

        go_back: Any
        try:
            go_back = self.go_back

        except (AttributeError, TypeError):
            go_back = self.go_back

        send_message: Any
        try:
            send_message = self.send_message

        except (AttributeError, TypeError):
            send_message = self.send_message

        text_mode: Any
        try:
            text_mode = self.text_mode

        except (AttributeError, TypeError):
            text_mode = self.text_mode

        voice_mode: Any
        try:
            voice_mode = self.voice_mode

        except (AttributeError, TypeError):
            voice_mode = self.voice_mode

        switched_to_text_mode: Any
        try:
            switched_to_text_mode = self.switched_to_text_mode

        except (AttributeError, TypeError):
            switched_to_text_mode = self.switched_to_text_mode

        switched_to_voice_mode: Any
        try:
            switched_to_voice_mode = self.switched_to_voice_mode

        except (AttributeError, TypeError):
            switched_to_voice_mode = self.switched_to_voice_mode

        copy: Any
        try:
            copy = self.copy

        except (AttributeError, TypeError):
            copy = self.copy

        download: Any
        try:
            download = self.download

        except (AttributeError, TypeError):
            download = self.download

        wrap: Any
        try:
            wrap = self.wrap

        except (AttributeError, TypeError):
            wrap = self.wrap

        agent_working: Any
        try:
            agent_working = self.agent_working

        except (AttributeError, TypeError):
            agent_working = self.agent_working

        agent_done: Any
        try:
            agent_done = self.agent_done

        except (AttributeError, TypeError):
            agent_done = self.agent_done

        agent_error: Any
        try:
            agent_error = self.agent_error

        except (AttributeError, TypeError):
            agent_error = self.agent_error

        attach_file: Any
        try:
            attach_file = self.attach_file

        except (AttributeError, TypeError):
            attach_file = self.attach_file

        remove_file: Any
        try:
            remove_file = self.remove_file

        except (AttributeError, TypeError):
            remove_file = self.remove_file

        file_upload_error: Any
        try:
            file_upload_error = self.file_upload_error

        except (AttributeError, TypeError):
            file_upload_error = self.file_upload_error

        file_type_unsupported: Any
        try:
            file_type_unsupported = self.file_type_unsupported

        except (AttributeError, TypeError):
            file_type_unsupported = self.file_type_unsupported

        file_too_large: Any
        try:
            file_too_large = self.file_too_large

        except (AttributeError, TypeError):
            file_too_large = self.file_too_large

        file_limit_reached: Any
        try:
            file_limit_reached = self.file_limit_reached

        except (AttributeError, TypeError):
            file_limit_reached = self.file_limit_reached

        typing_indicator: Any
        try:
            typing_indicator = self.typing_indicator

        except (AttributeError, TypeError):
            typing_indicator = self.typing_indicator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if main_label is not UNSET:
            field_dict["main_label"] = main_label
        if start_call is not UNSET:
            field_dict["start_call"] = start_call
        if start_chat is not UNSET:
            field_dict["start_chat"] = start_chat
        if new_call is not UNSET:
            field_dict["new_call"] = new_call
        if end_call is not UNSET:
            field_dict["end_call"] = end_call
        if mute_microphone is not UNSET:
            field_dict["mute_microphone"] = mute_microphone
        if change_language is not UNSET:
            field_dict["change_language"] = change_language
        if collapse is not UNSET:
            field_dict["collapse"] = collapse
        if expand is not UNSET:
            field_dict["expand"] = expand
        if copied is not UNSET:
            field_dict["copied"] = copied
        if accept_terms is not UNSET:
            field_dict["accept_terms"] = accept_terms
        if dismiss_terms is not UNSET:
            field_dict["dismiss_terms"] = dismiss_terms
        if listening_status is not UNSET:
            field_dict["listening_status"] = listening_status
        if speaking_status is not UNSET:
            field_dict["speaking_status"] = speaking_status
        if connecting_status is not UNSET:
            field_dict["connecting_status"] = connecting_status
        if chatting_status is not UNSET:
            field_dict["chatting_status"] = chatting_status
        if input_label is not UNSET:
            field_dict["input_label"] = input_label
        if input_placeholder is not UNSET:
            field_dict["input_placeholder"] = input_placeholder
        if input_placeholder_text_only is not UNSET:
            field_dict["input_placeholder_text_only"] = input_placeholder_text_only
        if input_placeholder_new_conversation is not UNSET:
            field_dict["input_placeholder_new_conversation"] = input_placeholder_new_conversation
        if user_ended_conversation is not UNSET:
            field_dict["user_ended_conversation"] = user_ended_conversation
        if agent_ended_conversation is not UNSET:
            field_dict["agent_ended_conversation"] = agent_ended_conversation
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if error_occurred is not UNSET:
            field_dict["error_occurred"] = error_occurred
        if copy_id is not UNSET:
            field_dict["copy_id"] = copy_id
        if initiate_feedback is not UNSET:
            field_dict["initiate_feedback"] = initiate_feedback
        if request_follow_up_feedback is not UNSET:
            field_dict["request_follow_up_feedback"] = request_follow_up_feedback
        if thanks_for_feedback is not UNSET:
            field_dict["thanks_for_feedback"] = thanks_for_feedback
        if thanks_for_feedback_details is not UNSET:
            field_dict["thanks_for_feedback_details"] = thanks_for_feedback_details
        if follow_up_feedback_placeholder is not UNSET:
            field_dict["follow_up_feedback_placeholder"] = follow_up_feedback_placeholder
        if submit is not UNSET:
            field_dict["submit"] = submit
        if go_back is not UNSET:
            field_dict["go_back"] = go_back
        if send_message is not UNSET:
            field_dict["send_message"] = send_message
        if text_mode is not UNSET:
            field_dict["text_mode"] = text_mode
        if voice_mode is not UNSET:
            field_dict["voice_mode"] = voice_mode
        if switched_to_text_mode is not UNSET:
            field_dict["switched_to_text_mode"] = switched_to_text_mode
        if switched_to_voice_mode is not UNSET:
            field_dict["switched_to_voice_mode"] = switched_to_voice_mode
        if copy is not UNSET:
            field_dict["copy"] = copy
        if download is not UNSET:
            field_dict["download"] = download
        if wrap is not UNSET:
            field_dict["wrap"] = wrap
        if agent_working is not UNSET:
            field_dict["agent_working"] = agent_working
        if agent_done is not UNSET:
            field_dict["agent_done"] = agent_done
        if agent_error is not UNSET:
            field_dict["agent_error"] = agent_error
        if attach_file is not UNSET:
            field_dict["attach_file"] = attach_file
        if remove_file is not UNSET:
            field_dict["remove_file"] = remove_file
        if file_upload_error is not UNSET:
            field_dict["file_upload_error"] = file_upload_error
        if file_type_unsupported is not UNSET:
            field_dict["file_type_unsupported"] = file_type_unsupported
        if file_too_large is not UNSET:
            field_dict["file_too_large"] = file_too_large
        if file_limit_reached is not UNSET:
            field_dict["file_limit_reached"] = file_limit_reached
        if typing_indicator is not UNSET:
            field_dict["typing_indicator"] = typing_indicator
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        widget_text_contents = cls.__new__(cls)
        widget_text_contents.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return widget_text_contents

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


_read_main_label = plain_reader(
    "main_label",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_start_call = plain_reader(
    "start_call",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_start_chat = plain_reader(
    "start_chat",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_new_call = plain_reader(
    "new_call",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_end_call = plain_reader(
    "end_call",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_mute_microphone = plain_reader(
    "mute_microphone",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_change_language = plain_reader(
    "change_language",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_collapse = plain_reader(
    "collapse",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_expand = plain_reader(
    "expand",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_copied = plain_reader(
    "copied",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_accept_terms = plain_reader(
    "accept_terms",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_dismiss_terms = plain_reader(
    "dismiss_terms",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_listening_status = plain_reader(
    "listening_status",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_speaking_status = plain_reader(
    "speaking_status",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_connecting_status = plain_reader(
    "connecting_status",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_chatting_status = plain_reader(
    "chatting_status",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_input_label = plain_reader(
    "input_label",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_input_placeholder = plain_reader(
    "input_placeholder",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_input_placeholder_text_only = plain_reader(
    "input_placeholder_text_only",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_input_placeholder_new_conversation = plain_reader(
    "input_placeholder_new_conversation",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_user_ended_conversation = plain_reader(
    "user_ended_conversation",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_agent_ended_conversation = plain_reader(
    "agent_ended_conversation",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_conversation_id = plain_reader(
    "conversation_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_error_occurred = plain_reader(
    "error_occurred",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_copy_id = plain_reader(
    "copy_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_initiate_feedback = plain_reader(
    "initiate_feedback",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_request_follow_up_feedback = plain_reader(
    "request_follow_up_feedback",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_thanks_for_feedback = plain_reader(
    "thanks_for_feedback",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_thanks_for_feedback_details = plain_reader(
    "thanks_for_feedback_details",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_follow_up_feedback_placeholder = plain_reader(
    "follow_up_feedback_placeholder",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_submit = plain_reader(
    "submit",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_go_back = plain_reader(
    "go_back",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_send_message = plain_reader(
    "send_message",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_text_mode = plain_reader(
    "text_mode",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_voice_mode = plain_reader(
    "voice_mode",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_switched_to_text_mode = plain_reader(
    "switched_to_text_mode",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_switched_to_voice_mode = plain_reader(
    "switched_to_voice_mode",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_copy = plain_reader(
    "copy",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_download = plain_reader(
    "download",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_wrap = plain_reader(
    "wrap",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_agent_working = plain_reader(
    "agent_working",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_agent_done = plain_reader(
    "agent_done",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_agent_error = plain_reader(
    "agent_error",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_attach_file = plain_reader(
    "attach_file",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_remove_file = plain_reader(
    "remove_file",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_file_upload_error = plain_reader(
    "file_upload_error",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_file_type_unsupported = plain_reader(
    "file_type_unsupported",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_file_too_large = plain_reader(
    "file_too_large",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_file_limit_reached = plain_reader(
    "file_limit_reached",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_typing_indicator = plain_reader(
    "typing_indicator",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "main_label",
        "start_call",
        "start_chat",
        "new_call",
        "end_call",
        "mute_microphone",
        "change_language",
        "collapse",
        "expand",
        "copied",
        "accept_terms",
        "dismiss_terms",
        "listening_status",
        "speaking_status",
        "connecting_status",
        "chatting_status",
        "input_label",
        "input_placeholder",
        "input_placeholder_text_only",
        "input_placeholder_new_conversation",
        "user_ended_conversation",
        "agent_ended_conversation",
        "conversation_id",
        "error_occurred",
        "copy_id",
        "initiate_feedback",
        "request_follow_up_feedback",
        "thanks_for_feedback",
        "thanks_for_feedback_details",
        "follow_up_feedback_placeholder",
        "submit",
        "go_back",
        "send_message",
        "text_mode",
        "voice_mode",
        "switched_to_text_mode",
        "switched_to_voice_mode",
        "copy",
        "download",
        "wrap",
        "agent_working",
        "agent_done",
        "agent_error",
        "attach_file",
        "remove_file",
        "file_upload_error",
        "file_type_unsupported",
        "file_too_large",
        "file_limit_reached",
        "typing_indicator",
    )
)


def _read_additional_properties(cls: type[WidgetTextContents], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[WidgetTextContents], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    main_label = d.get("main_label", UNSET)
    if main_label.__class__ is not str and main_label is not None and main_label is not UNSET:
        main_label = _read_main_label(cls, d)

    start_call = d.get("start_call", UNSET)
    if start_call.__class__ is not str and start_call is not None and start_call is not UNSET:
        start_call = _read_start_call(cls, d)

    start_chat = d.get("start_chat", UNSET)
    if start_chat.__class__ is not str and start_chat is not None and start_chat is not UNSET:
        start_chat = _read_start_chat(cls, d)

    new_call = d.get("new_call", UNSET)
    if new_call.__class__ is not str and new_call is not None and new_call is not UNSET:
        new_call = _read_new_call(cls, d)

    end_call = d.get("end_call", UNSET)
    if end_call.__class__ is not str and end_call is not None and end_call is not UNSET:
        end_call = _read_end_call(cls, d)

    mute_microphone = d.get("mute_microphone", UNSET)
    if mute_microphone.__class__ is not str and mute_microphone is not None and mute_microphone is not UNSET:
        mute_microphone = _read_mute_microphone(cls, d)

    change_language = d.get("change_language", UNSET)
    if change_language.__class__ is not str and change_language is not None and change_language is not UNSET:
        change_language = _read_change_language(cls, d)

    collapse = d.get("collapse", UNSET)
    if collapse.__class__ is not str and collapse is not None and collapse is not UNSET:
        collapse = _read_collapse(cls, d)

    expand = d.get("expand", UNSET)
    if expand.__class__ is not str and expand is not None and expand is not UNSET:
        expand = _read_expand(cls, d)

    copied = d.get("copied", UNSET)
    if copied.__class__ is not str and copied is not None and copied is not UNSET:
        copied = _read_copied(cls, d)

    accept_terms = d.get("accept_terms", UNSET)
    if accept_terms.__class__ is not str and accept_terms is not None and accept_terms is not UNSET:
        accept_terms = _read_accept_terms(cls, d)

    dismiss_terms = d.get("dismiss_terms", UNSET)
    if dismiss_terms.__class__ is not str and dismiss_terms is not None and dismiss_terms is not UNSET:
        dismiss_terms = _read_dismiss_terms(cls, d)

    listening_status = d.get("listening_status", UNSET)
    if listening_status.__class__ is not str and listening_status is not None and listening_status is not UNSET:
        listening_status = _read_listening_status(cls, d)

    speaking_status = d.get("speaking_status", UNSET)
    if speaking_status.__class__ is not str and speaking_status is not None and speaking_status is not UNSET:
        speaking_status = _read_speaking_status(cls, d)

    connecting_status = d.get("connecting_status", UNSET)
    if connecting_status.__class__ is not str and connecting_status is not None and connecting_status is not UNSET:
        connecting_status = _read_connecting_status(cls, d)

    chatting_status = d.get("chatting_status", UNSET)
    if chatting_status.__class__ is not str and chatting_status is not None and chatting_status is not UNSET:
        chatting_status = _read_chatting_status(cls, d)

    input_label = d.get("input_label", UNSET)
    if input_label.__class__ is not str and input_label is not None and input_label is not UNSET:
        input_label = _read_input_label(cls, d)

    input_placeholder = d.get("input_placeholder", UNSET)
    if input_placeholder.__class__ is not str and input_placeholder is not None and input_placeholder is not UNSET:
        input_placeholder = _read_input_placeholder(cls, d)

    input_placeholder_text_only = d.get("input_placeholder_text_only", UNSET)
    if (
        input_placeholder_text_only.__class__ is not str
        and input_placeholder_text_only is not None
        and input_placeholder_text_only is not UNSET
    ):
        input_placeholder_text_only = _read_input_placeholder_text_only(cls, d)

    input_placeholder_new_conversation = d.get("input_placeholder_new_conversation", UNSET)
    if (
        input_placeholder_new_conversation.__class__ is not str
        and input_placeholder_new_conversation is not None
        and input_placeholder_new_conversation is not UNSET
    ):
        input_placeholder_new_conversation = _read_input_placeholder_new_conversation(cls, d)

    user_ended_conversation = d.get("user_ended_conversation", UNSET)
    if (
        user_ended_conversation.__class__ is not str
        and user_ended_conversation is not None
        and user_ended_conversation is not UNSET
    ):
        user_ended_conversation = _read_user_ended_conversation(cls, d)

    agent_ended_conversation = d.get("agent_ended_conversation", UNSET)
    if (
        agent_ended_conversation.__class__ is not str
        and agent_ended_conversation is not None
        and agent_ended_conversation is not UNSET
    ):
        agent_ended_conversation = _read_agent_ended_conversation(cls, d)

    conversation_id = d.get("conversation_id", UNSET)
    if conversation_id.__class__ is not str and conversation_id is not None and conversation_id is not UNSET:
        conversation_id = _read_conversation_id(cls, d)

    error_occurred = d.get("error_occurred", UNSET)
    if error_occurred.__class__ is not str and error_occurred is not None and error_occurred is not UNSET:
        error_occurred = _read_error_occurred(cls, d)

    copy_id = d.get("copy_id", UNSET)
    if copy_id.__class__ is not str and copy_id is not None and copy_id is not UNSET:
        copy_id = _read_copy_id(cls, d)

    initiate_feedback = d.get("initiate_feedback", UNSET)
    if initiate_feedback.__class__ is not str and initiate_feedback is not None and initiate_feedback is not UNSET:
        initiate_feedback = _read_initiate_feedback(cls, d)

    request_follow_up_feedback = d.get("request_follow_up_feedback", UNSET)
    if (
        request_follow_up_feedback.__class__ is not str
        and request_follow_up_feedback is not None
        and request_follow_up_feedback is not UNSET
    ):
        request_follow_up_feedback = _read_request_follow_up_feedback(cls, d)

    thanks_for_feedback = d.get("thanks_for_feedback", UNSET)
    if (
        thanks_for_feedback.__class__ is not str
        and thanks_for_feedback is not None
        and thanks_for_feedback is not UNSET
    ):
        thanks_for_feedback = _read_thanks_for_feedback(cls, d)

    thanks_for_feedback_details = d.get("thanks_for_feedback_details", UNSET)
    if (
        thanks_for_feedback_details.__class__ is not str
        and thanks_for_feedback_details is not None
        and thanks_for_feedback_details is not UNSET
    ):
        thanks_for_feedback_details = _read_thanks_for_feedback_details(cls, d)

    follow_up_feedback_placeholder = d.get("follow_up_feedback_placeholder", UNSET)
    if (
        follow_up_feedback_placeholder.__class__ is not str
        and follow_up_feedback_placeholder is not None
        and follow_up_feedback_placeholder is not UNSET
    ):
        follow_up_feedback_placeholder = _read_follow_up_feedback_placeholder(cls, d)

    submit = d.get("submit", UNSET)
    if submit.__class__ is not str and submit is not None and submit is not UNSET:
        submit = _read_submit(cls, d)

    go_back = d.get("go_back", UNSET)
    if go_back.__class__ is not str and go_back is not None and go_back is not UNSET:
        go_back = _read_go_back(cls, d)

    send_message = d.get("send_message", UNSET)
    if send_message.__class__ is not str and send_message is not None and send_message is not UNSET:
        send_message = _read_send_message(cls, d)

    text_mode = d.get("text_mode", UNSET)
    if text_mode.__class__ is not str and text_mode is not None and text_mode is not UNSET:
        text_mode = _read_text_mode(cls, d)

    voice_mode = d.get("voice_mode", UNSET)
    if voice_mode.__class__ is not str and voice_mode is not None and voice_mode is not UNSET:
        voice_mode = _read_voice_mode(cls, d)

    switched_to_text_mode = d.get("switched_to_text_mode", UNSET)
    if (
        switched_to_text_mode.__class__ is not str
        and switched_to_text_mode is not None
        and switched_to_text_mode is not UNSET
    ):
        switched_to_text_mode = _read_switched_to_text_mode(cls, d)

    switched_to_voice_mode = d.get("switched_to_voice_mode", UNSET)
    if (
        switched_to_voice_mode.__class__ is not str
        and switched_to_voice_mode is not None
        and switched_to_voice_mode is not UNSET
    ):
        switched_to_voice_mode = _read_switched_to_voice_mode(cls, d)

    copy = d.get("copy", UNSET)
    if copy.__class__ is not str and copy is not None and copy is not UNSET:
        copy = _read_copy(cls, d)

    download = d.get("download", UNSET)
    if download.__class__ is not str and download is not None and download is not UNSET:
        download = _read_download(cls, d)

    wrap = d.get("wrap", UNSET)
    if wrap.__class__ is not str and wrap is not None and wrap is not UNSET:
        wrap = _read_wrap(cls, d)

    agent_working = d.get("agent_working", UNSET)
    if agent_working.__class__ is not str and agent_working is not None and agent_working is not UNSET:
        agent_working = _read_agent_working(cls, d)

    agent_done = d.get("agent_done", UNSET)
    if agent_done.__class__ is not str and agent_done is not None and agent_done is not UNSET:
        agent_done = _read_agent_done(cls, d)

    agent_error = d.get("agent_error", UNSET)
    if agent_error.__class__ is not str and agent_error is not None and agent_error is not UNSET:
        agent_error = _read_agent_error(cls, d)

    attach_file = d.get("attach_file", UNSET)
    if attach_file.__class__ is not str and attach_file is not None and attach_file is not UNSET:
        attach_file = _read_attach_file(cls, d)

    remove_file = d.get("remove_file", UNSET)
    if remove_file.__class__ is not str and remove_file is not None and remove_file is not UNSET:
        remove_file = _read_remove_file(cls, d)

    file_upload_error = d.get("file_upload_error", UNSET)
    if file_upload_error.__class__ is not str and file_upload_error is not None and file_upload_error is not UNSET:
        file_upload_error = _read_file_upload_error(cls, d)

    file_type_unsupported = d.get("file_type_unsupported", UNSET)
    if (
        file_type_unsupported.__class__ is not str
        and file_type_unsupported is not None
        and file_type_unsupported is not UNSET
    ):
        file_type_unsupported = _read_file_type_unsupported(cls, d)

    file_too_large = d.get("file_too_large", UNSET)
    if file_too_large.__class__ is not str and file_too_large is not None and file_too_large is not UNSET:
        file_too_large = _read_file_too_large(cls, d)

    file_limit_reached = d.get("file_limit_reached", UNSET)
    if file_limit_reached.__class__ is not str and file_limit_reached is not None and file_limit_reached is not UNSET:
        file_limit_reached = _read_file_limit_reached(cls, d)

    typing_indicator = d.get("typing_indicator", UNSET)
    if typing_indicator.__class__ is not str and typing_indicator is not None and typing_indicator is not UNSET:
        typing_indicator = _read_typing_indicator(cls, d)

    return {
        "main_label": main_label,
        "start_call": start_call,
        "start_chat": start_chat,
        "new_call": new_call,
        "end_call": end_call,
        "mute_microphone": mute_microphone,
        "change_language": change_language,
        "collapse": collapse,
        "expand": expand,
        "copied": copied,
        "accept_terms": accept_terms,
        "dismiss_terms": dismiss_terms,
        "listening_status": listening_status,
        "speaking_status": speaking_status,
        "connecting_status": connecting_status,
        "chatting_status": chatting_status,
        "input_label": input_label,
        "input_placeholder": input_placeholder,
        "input_placeholder_text_only": input_placeholder_text_only,
        "input_placeholder_new_conversation": input_placeholder_new_conversation,
        "user_ended_conversation": user_ended_conversation,
        "agent_ended_conversation": agent_ended_conversation,
        "conversation_id": conversation_id,
        "error_occurred": error_occurred,
        "copy_id": copy_id,
        "initiate_feedback": initiate_feedback,
        "request_follow_up_feedback": request_follow_up_feedback,
        "thanks_for_feedback": thanks_for_feedback,
        "thanks_for_feedback_details": thanks_for_feedback_details,
        "follow_up_feedback_placeholder": follow_up_feedback_placeholder,
        "submit": submit,
        "go_back": go_back,
        "send_message": send_message,
        "text_mode": text_mode,
        "voice_mode": voice_mode,
        "switched_to_text_mode": switched_to_text_mode,
        "switched_to_voice_mode": switched_to_voice_mode,
        "copy": copy,
        "download": download,
        "wrap": wrap,
        "agent_working": agent_working,
        "agent_done": agent_done,
        "agent_error": agent_error,
        "attach_file": attach_file,
        "remove_file": remove_file,
        "file_upload_error": file_upload_error,
        "file_type_unsupported": file_type_unsupported,
        "file_too_large": file_too_large,
        "file_limit_reached": file_limit_reached,
        "typing_indicator": typing_indicator,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    WidgetTextContents,
    _all_fields,
    {
        "main_label": _read_main_label,
        "start_call": _read_start_call,
        "start_chat": _read_start_chat,
        "new_call": _read_new_call,
        "end_call": _read_end_call,
        "mute_microphone": _read_mute_microphone,
        "change_language": _read_change_language,
        "collapse": _read_collapse,
        "expand": _read_expand,
        "copied": _read_copied,
        "accept_terms": _read_accept_terms,
        "dismiss_terms": _read_dismiss_terms,
        "listening_status": _read_listening_status,
        "speaking_status": _read_speaking_status,
        "connecting_status": _read_connecting_status,
        "chatting_status": _read_chatting_status,
        "input_label": _read_input_label,
        "input_placeholder": _read_input_placeholder,
        "input_placeholder_text_only": _read_input_placeholder_text_only,
        "input_placeholder_new_conversation": _read_input_placeholder_new_conversation,
        "user_ended_conversation": _read_user_ended_conversation,
        "agent_ended_conversation": _read_agent_ended_conversation,
        "conversation_id": _read_conversation_id,
        "error_occurred": _read_error_occurred,
        "copy_id": _read_copy_id,
        "initiate_feedback": _read_initiate_feedback,
        "request_follow_up_feedback": _read_request_follow_up_feedback,
        "thanks_for_feedback": _read_thanks_for_feedback,
        "thanks_for_feedback_details": _read_thanks_for_feedback_details,
        "follow_up_feedback_placeholder": _read_follow_up_feedback_placeholder,
        "submit": _read_submit,
        "go_back": _read_go_back,
        "send_message": _read_send_message,
        "text_mode": _read_text_mode,
        "voice_mode": _read_voice_mode,
        "switched_to_text_mode": _read_switched_to_text_mode,
        "switched_to_voice_mode": _read_switched_to_voice_mode,
        "copy": _read_copy,
        "download": _read_download,
        "wrap": _read_wrap,
        "agent_working": _read_agent_working,
        "agent_done": _read_agent_done,
        "agent_error": _read_agent_error,
        "attach_file": _read_attach_file,
        "remove_file": _read_remove_file,
        "file_upload_error": _read_file_upload_error,
        "file_type_unsupported": _read_file_type_unsupported,
        "file_too_large": _read_file_too_large,
        "file_limit_reached": _read_file_limit_reached,
        "typing_indicator": _read_typing_indicator,
        "additional_properties": _read_additional_properties,
    },
)
