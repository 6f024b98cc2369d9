from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    EmbedVariant,
    WidgetConfigResponseSyntaxHighlightThemeType0,
    WidgetExpandable,
    WidgetFeedbackMode,
    WidgetPlacement,
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
    expect_array,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WidgetConfigResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WidgetConfigResponse(Lazy):
    """Example:
        {'file_input_config': {'enabled': False, 'max_files_in_memory': 10, 'max_files_per_conversation': 10},
        'first_message': 'Hello! How can I help you today?', 'language': 'en', 'language_presets': {},
        'supported_language_overrides': ['es', 'fr'], 'supports_text_only': True, 'text_only': False, 'use_rtc': False}

    Attributes:
        language (str):
        variant (EmbedVariant | str | Unset): The variant of the widget Defaults to 'full' on the server.
        placement (str | Unset | WidgetPlacement): The placement of the widget on the screen Defaults to 'bottom-right'
            on the server.
        expandable (str | Unset | WidgetExpandable): Whether the widget is expandable Defaults to 'never' on the server.
        avatar (ImageAvatar | OrbAvatar | UnknownVariant | Unset | UrlAvatar): The avatar of the widget
        feedback_mode (str | Unset | WidgetFeedbackMode): The feedback mode of the widget Defaults to 'none' on the
            server.
        end_feedback (None | Unset | WidgetEndFeedbackConfig): Configuration for feedback collected at the end of the
            conversation
        bg_color (str | Unset): The background color of the widget Defaults to '#ffffff' on the server.
        text_color (str | Unset): The text color of the widget Defaults to '#000000' on the server.
        btn_color (str | Unset): The button color of the widget Defaults to '#000000' on the server.
        btn_text_color (str | Unset): The button text color of the widget Defaults to '#ffffff' on the server.
        border_color (str | Unset): The border color of the widget Defaults to '#e1e1e1' on the server.
        focus_color (str | Unset): The focus color of the widget Defaults to '#000000' on the server.
        border_radius (int | None | Unset): The border radius of the widget
        btn_radius (int | None | Unset): The button radius of the widget
        action_text (None | str | Unset): The action text of the widget
        start_call_text (None | str | Unset): The start call text of the widget
        end_call_text (None | str | Unset): The end call text of the widget
        expand_text (None | str | Unset): The expand text of the widget
        listening_text (None | str | Unset): The text to display when the agent is listening
        speaking_text (None | str | Unset): The text to display when the agent is speaking
        shareable_page_text (None | str | Unset): The text to display when sharing
        shareable_page_show_terms (bool | Unset): Whether to show terms and conditions on the shareable page Defaults to
            True on the server.
        terms_text (None | str | Unset): The text to display for terms and conditions
        terms_html (None | str | Unset): The HTML to display for terms and conditions
        terms_key (None | str | Unset): The key to display for terms and conditions
        show_avatar_when_collapsed (bool | None | Unset): Whether to show the avatar when the widget is collapsed
            Defaults to False on the server.
        disable_banner (bool | Unset): Whether to disable the banner Defaults to False on the server.
        override_link (None | str | Unset): The override link for the widget
        markdown_link_allowed_hosts (list[AllowlistItem] | Unset): List of allowed hostnames for clickable markdown
            links. Use { hostname: '*' } to allow any domain. Empty means no links are allowed.
        markdown_link_include_www (bool | Unset): Whether to automatically include www. variants of allowed hosts
            Defaults to True on the server.
        markdown_link_allow_http (bool | Unset): Whether to allow http:// in addition to https:// for allowed hosts
            Defaults to True on the server.
        mic_muting_enabled (bool | Unset): Whether to enable mic muting Defaults to True on the server.
        transcript_enabled (bool | Unset): Whether the widget should show the conversation transcript as it goes on
            Defaults to True on the server.
        text_input_enabled (bool | Unset): Whether the user should be able to send text messages Defaults to True on the
            server.
        conversation_mode_toggle_enabled (bool | Unset): Whether to enable the conversation mode toggle in the widget
            Defaults to False on the server.
        default_expanded (bool | Unset): Whether the widget should be expanded by default Defaults to False on the
            server.
        always_expanded (bool | Unset): Whether the widget should always be expanded Defaults to False on the server.
        dismissible (bool | Unset): Whether the widget can be dismissed by the user Defaults to False on the server.
        show_agent_status (bool | Unset): Whether to show agent working/done/error status during tool use Defaults to
            False on the server.
        show_conversation_id (bool | Unset): Whether to show the conversation ID after disconnection. Defaults to True
            on the server.
        strip_audio_tags (bool | Unset): Whether to strip audio markup from messages. Defaults to True on the server.
        syntax_highlight_theme (None | str | Unset | WidgetConfigResponseSyntaxHighlightThemeType0): Theme for code
            block syntax highlighting. Defaults to auto-detection by the widget when not set.
        text_contents (WidgetTextContents | Unset):
        styles (WidgetStyles | Unset):
        show_resize_button (bool | Unset): Whether to show the resize button Defaults to True on the server.
        supported_language_overrides (list[str] | None | Unset):
        language_presets (WidgetConfigResponseLanguagePresets | Unset): Language presets for the widget
        text_only (bool | Unset): Whether the agent uses text-only mode Defaults to False on the server.
        supports_text_only (bool | Unset): Whether the agent can be switched to text-only mode Defaults to False on the
            server.
        first_message (None | str | Unset):
        use_rtc (bool | None | Unset): Whether to use WebRTC for conversation connections
        file_input_config (FileInputConfig | Unset):
    """

    language: str

    variant: EmbedVariant | str | Unset = UNSET

    placement: str | Unset | WidgetPlacement = UNSET

    expandable: str | Unset | WidgetExpandable = UNSET

    avatar: ImageAvatar | OrbAvatar | UnknownVariant | Unset | UrlAvatar = UNSET

    feedback_mode: str | Unset | WidgetFeedbackMode = UNSET

    end_feedback: None | Unset | WidgetEndFeedbackConfig = UNSET

    bg_color: str | Unset = UNSET

    text_color: str | Unset = UNSET

    btn_color: str | Unset = UNSET

    btn_text_color: str | Unset = UNSET

    border_color: str | Unset = UNSET

    focus_color: str | Unset = UNSET

    border_radius: int | None | Unset = UNSET

    btn_radius: int | None | Unset = UNSET

    action_text: None | str | Unset = UNSET

    start_call_text: None | str | Unset = UNSET

    end_call_text: None | str | Unset = UNSET

    expand_text: None | str | Unset = UNSET

    listening_text: None | str | Unset = UNSET

    speaking_text: None | str | Unset = UNSET

    shareable_page_text: None | str | Unset = UNSET

    shareable_page_show_terms: bool | Unset = UNSET

    terms_text: None | str | Unset = UNSET

    terms_html: None | str | Unset = UNSET

    terms_key: None | str | Unset = UNSET

    show_avatar_when_collapsed: bool | None | Unset = UNSET

    disable_banner: bool | Unset = UNSET

    override_link: None | str | Unset = UNSET

    markdown_link_allowed_hosts: list[AllowlistItem] | Unset = UNSET

    markdown_link_include_www: bool | Unset = UNSET

    markdown_link_allow_http: bool | Unset = UNSET

    mic_muting_enabled: bool | Unset = UNSET

    transcript_enabled: bool | Unset = UNSET

    text_input_enabled: bool | Unset = UNSET

    conversation_mode_toggle_enabled: bool | Unset = UNSET

    default_expanded: bool | Unset = UNSET

    always_expanded: bool | Unset = UNSET

    dismissible: bool | Unset = UNSET

    show_agent_status: bool | Unset = UNSET

    show_conversation_id: bool | Unset = UNSET

    strip_audio_tags: bool | Unset = UNSET

    syntax_highlight_theme: None | str | Unset | WidgetConfigResponseSyntaxHighlightThemeType0 = UNSET

    text_contents: WidgetTextContents | Unset = UNSET

    styles: WidgetStyles | Unset = UNSET

    show_resize_button: bool | Unset = UNSET

    supported_language_overrides: list[str] | None | Unset = UNSET

    language_presets: WidgetConfigResponseLanguagePresets | Unset = UNSET

    text_only: bool | Unset = UNSET

    supports_text_only: bool | Unset = UNSET

    first_message: None | str | Unset = UNSET

    use_rtc: bool | None | Unset = UNSET

    file_input_config: FileInputConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("language",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        language = self.language

        variant: Any
        try:
            if isinstance(self.variant, Unset):
                variant = UNSET
            elif isinstance(self.variant, str):
                variant = self.variant
            else:
                variant = self.variant

        except (AttributeError, TypeError):
            variant = self.variant

        placement: Any
        try:
            if isinstance(self.placement, Unset):
                placement = UNSET
            elif isinstance(self.placement, str):
                placement = self.placement
            else:
                placement = self.placement

        except (AttributeError, TypeError):
            placement = self.placement

        expandable: Any
        try:
            if isinstance(self.expandable, Unset):
                expandable = UNSET
            elif isinstance(self.expandable, str):
                expandable = self.expandable
            else:
                expandable = self.expandable

        except (AttributeError, TypeError):
            expandable = self.expandable

        avatar: Any
        try:
            if isinstance(self.avatar, Unset):
                avatar = UNSET
            elif (
                isinstance(self.avatar, OrbAvatar)
                or isinstance(self.avatar, UrlAvatar)
                or isinstance(self.avatar, ImageAvatar)
                or isinstance(self.avatar, UnknownVariant)
            ):
                avatar = self.avatar.to_dict()
            else:
                avatar = self.avatar

        except (AttributeError, TypeError):
            avatar = self.avatar

        feedback_mode: Any
        try:
            if isinstance(self.feedback_mode, Unset):
                feedback_mode = UNSET
            elif isinstance(self.feedback_mode, str):
                feedback_mode = self.feedback_mode
            else:
                feedback_mode = self.feedback_mode

        except (AttributeError, TypeError):
            feedback_mode = self.feedback_mode

        end_feedback: Any
        try:
            if isinstance(self.end_feedback, Unset):
                end_feedback = UNSET
            elif isinstance(self.end_feedback, WidgetEndFeedbackConfig):
                end_feedback = self.end_feedback.to_dict()
            else:
                end_feedback = self.end_feedback

        except (AttributeError, TypeError):
            end_feedback = self.end_feedback

        bg_color = self.bg_color

        text_color = self.text_color

        btn_color = self.btn_color

        btn_text_color = self.btn_text_color

        border_color = self.border_color

        focus_color = self.focus_color

        border_radius: Any
        try:
            border_radius = self.border_radius

        except (AttributeError, TypeError):
            border_radius = self.border_radius

        btn_radius: Any
        try:
            btn_radius = self.btn_radius

        except (AttributeError, TypeError):
            btn_radius = self.btn_radius

        action_text: Any
        try:
            action_text = self.action_text

        except (AttributeError, TypeError):
            action_text = self.action_text

        start_call_text: Any
        try:
            start_call_text = self.start_call_text

        except (AttributeError, TypeError):
            start_call_text = self.start_call_text

        end_call_text: Any
        try:
            end_call_text = self.end_call_text

        except (AttributeError, TypeError):
            end_call_text = self.end_call_text

        expand_text: Any
        try:
            expand_text = self.expand_text

        except (AttributeError, TypeError):
            expand_text = self.expand_text

        listening_text: Any
        try:
            listening_text = self.listening_text

        except (AttributeError, TypeError):
            listening_text = self.listening_text

        speaking_text: Any
        try:
            speaking_text = self.speaking_text

        except (AttributeError, TypeError):
            speaking_text = self.speaking_text

        shareable_page_text: Any
        try:
            shareable_page_text = self.shareable_page_text

        except (AttributeError, TypeError):
            shareable_page_text = self.shareable_page_text

        shareable_page_show_terms = self.shareable_page_show_terms

        terms_text: Any
        try:
            terms_text = self.terms_text

        except (AttributeError, TypeError):
            terms_text = self.terms_text

        terms_html: Any
        try:
            terms_html = self.terms_html

        except (AttributeError, TypeError):
            terms_html = self.terms_html

        terms_key: Any
        try:
            terms_key = self.terms_key

        except (AttributeError, TypeError):
            terms_key = self.terms_key

        show_avatar_when_collapsed: Any
        try:
            show_avatar_when_collapsed = self.show_avatar_when_collapsed

        except (AttributeError, TypeError):
            show_avatar_when_collapsed = self.show_avatar_when_collapsed

        disable_banner = self.disable_banner

        override_link: Any
        try:
            override_link = self.override_link

        except (AttributeError, TypeError):
            override_link = self.override_link

        markdown_link_allowed_hosts: Any
        try:
            markdown_link_allowed_hosts = UNSET
            if not isinstance(self.markdown_link_allowed_hosts, Unset):
                markdown_link_allowed_hosts = []
                for markdown_link_allowed_hosts_item_data in self.markdown_link_allowed_hosts:
                    markdown_link_allowed_hosts_item = markdown_link_allowed_hosts_item_data.to_dict()
                    markdown_link_allowed_hosts.append(markdown_link_allowed_hosts_item)

        except (AttributeError, TypeError):
            markdown_link_allowed_hosts = self.markdown_link_allowed_hosts

        markdown_link_include_www = self.markdown_link_include_www

        markdown_link_allow_http = self.markdown_link_allow_http

        mic_muting_enabled = self.mic_muting_enabled

        transcript_enabled = self.transcript_enabled

        text_input_enabled = self.text_input_enabled

        conversation_mode_toggle_enabled = self.conversation_mode_toggle_enabled

        default_expanded = self.default_expanded

        always_expanded = self.always_expanded

        dismissible = self.dismissible

        show_agent_status = self.show_agent_status

        show_conversation_id = self.show_conversation_id

        strip_audio_tags = self.strip_audio_tags

        syntax_highlight_theme: Any
        try:
            if isinstance(self.syntax_highlight_theme, Unset):
                syntax_highlight_theme = UNSET
            elif isinstance(self.syntax_highlight_theme, str):
                syntax_highlight_theme = self.syntax_highlight_theme
            else:
                syntax_highlight_theme = self.syntax_highlight_theme

        except (AttributeError, TypeError):
            syntax_highlight_theme = self.syntax_highlight_theme

        text_contents: Any
        try:
            text_contents = UNSET
            if not isinstance(self.text_contents, Unset):
                text_contents = self.text_contents.to_dict()
        except (AttributeError, TypeError):
            text_contents = self.text_contents

        styles: Any
        try:
            styles = UNSET
            if not isinstance(self.styles, Unset):
                styles = self.styles.to_dict()
        except (AttributeError, TypeError):
            styles = self.styles

        show_resize_button = self.show_resize_button

        supported_language_overrides: Any
        try:
            if isinstance(self.supported_language_overrides, Unset):
                supported_language_overrides = UNSET
            elif isinstance(self.supported_language_overrides, list):
                supported_language_overrides = self.supported_language_overrides

            else:
                supported_language_overrides = self.supported_language_overrides

        except (AttributeError, TypeError):
            supported_language_overrides = self.supported_language_overrides

        language_presets: Any
        try:
            language_presets = UNSET
            if not isinstance(self.language_presets, Unset):
                language_presets = self.language_presets.to_dict()
        except (AttributeError, TypeError):
            language_presets = self.language_presets

        text_only = self.text_only

        supports_text_only = self.supports_text_only

        first_message: Any
        try:
            first_message = self.first_message

        except (AttributeError, TypeError):
            first_message = self.first_message

        use_rtc: Any
        try:
            use_rtc = self.use_rtc

        except (AttributeError, TypeError):
            use_rtc = self.use_rtc

        file_input_config: Any
        try:
            file_input_config = UNSET
            if not isinstance(self.file_input_config, Unset):
                file_input_config = self.file_input_config.to_dict()
        except (AttributeError, TypeError):
            file_input_config = self.file_input_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if language is not None or "language" not in self._missing_fields:
            field_dict["language"] = language
        if variant is not UNSET:
            field_dict["variant"] = variant
        if placement is not UNSET:
            field_dict["placement"] = placement
        if expandable is not UNSET:
            field_dict["expandable"] = expandable
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if feedback_mode is not UNSET:
            field_dict["feedback_mode"] = feedback_mode
        if end_feedback is not UNSET:
            field_dict["end_feedback"] = end_feedback
        if bg_color is not UNSET:
            field_dict["bg_color"] = bg_color
        if text_color is not UNSET:
            field_dict["text_color"] = text_color
        if btn_color is not UNSET:
            field_dict["btn_color"] = btn_color
        if btn_text_color is not UNSET:
            field_dict["btn_text_color"] = btn_text_color
        if border_color is not UNSET:
            field_dict["border_color"] = border_color
        if focus_color is not UNSET:
            field_dict["focus_color"] = focus_color
        if border_radius is not UNSET:
            field_dict["border_radius"] = border_radius
        if btn_radius is not UNSET:
            field_dict["btn_radius"] = btn_radius
        if action_text is not UNSET:
            field_dict["action_text"] = action_text
        if start_call_text is not UNSET:
            field_dict["start_call_text"] = start_call_text
        if end_call_text is not UNSET:
            field_dict["end_call_text"] = end_call_text
        if expand_text is not UNSET:
            field_dict["expand_text"] = expand_text
        if listening_text is not UNSET:
            field_dict["listening_text"] = listening_text
        if speaking_text is not UNSET:
            field_dict["speaking_text"] = speaking_text
        if shareable_page_text is not UNSET:
            field_dict["shareable_page_text"] = shareable_page_text
        if shareable_page_show_terms is not UNSET:
            field_dict["shareable_page_show_terms"] = shareable_page_show_terms
        if terms_text is not UNSET:
            field_dict["terms_text"] = terms_text
        if terms_html is not UNSET:
            field_dict["terms_html"] = terms_html
        if terms_key is not UNSET:
            field_dict["terms_key"] = terms_key
        if show_avatar_when_collapsed is not UNSET:
            field_dict["show_avatar_when_collapsed"] = show_avatar_when_collapsed
        if disable_banner is not UNSET:
            field_dict["disable_banner"] = disable_banner
        if override_link is not UNSET:
            field_dict["override_link"] = override_link
        if markdown_link_allowed_hosts is not UNSET:
            field_dict["markdown_link_allowed_hosts"] = markdown_link_allowed_hosts
        if markdown_link_include_www is not UNSET:
            field_dict["markdown_link_include_www"] = markdown_link_include_www
        if markdown_link_allow_http is not UNSET:
            field_dict["markdown_link_allow_http"] = markdown_link_allow_http
        if mic_muting_enabled is not UNSET:
            field_dict["mic_muting_enabled"] = mic_muting_enabled
        if transcript_enabled is not UNSET:
            field_dict["transcript_enabled"] = transcript_enabled
        if text_input_enabled is not UNSET:
            field_dict["text_input_enabled"] = text_input_enabled
        if conversation_mode_toggle_enabled is not UNSET:
            field_dict["conversation_mode_toggle_enabled"] = conversation_mode_toggle_enabled
        if default_expanded is not UNSET:
            field_dict["default_expanded"] = default_expanded
        if always_expanded is not UNSET:
            field_dict["always_expanded"] = always_expanded
        if dismissible is not UNSET:
            field_dict["dismissible"] = dismissible
        if show_agent_status is not UNSET:
            field_dict["show_agent_status"] = show_agent_status
        if show_conversation_id is not UNSET:
            field_dict["show_conversation_id"] = show_conversation_id
        if strip_audio_tags is not UNSET:
            field_dict["strip_audio_tags"] = strip_audio_tags
        if syntax_highlight_theme is not UNSET:
            field_dict["syntax_highlight_theme"] = syntax_highlight_theme
        if text_contents is not UNSET:
            field_dict["text_contents"] = text_contents
        if styles is not UNSET:
            field_dict["styles"] = styles
        if show_resize_button is not UNSET:
            field_dict["show_resize_button"] = show_resize_button
        if supported_language_overrides is not UNSET:
            field_dict["supported_language_overrides"] = supported_language_overrides
        if language_presets is not UNSET:
            field_dict["language_presets"] = language_presets
        if text_only is not UNSET:
            field_dict["text_only"] = text_only
        if supports_text_only is not UNSET:
            field_dict["supports_text_only"] = supports_text_only
        if first_message is not UNSET:
            field_dict["first_message"] = first_message
        if use_rtc is not UNSET:
            field_dict["use_rtc"] = use_rtc
        if file_input_config is not UNSET:
            field_dict["file_input_config"] = file_input_config
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        widget_config_response = cls.__new__(cls)
        widget_config_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return widget_config_response

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


_read_language = plain_reader("language", (str,), "a string", True)

_read_variant = plain_reader("variant", (str,), "a string", False)

_read_placement = plain_reader("placement", (str,), "a string", False)

_read_expandable = plain_reader("expandable", (str,), "a string", False)


def _read_avatar(cls: type[WidgetConfigResponse], d: Mapping[str, Any]) -> Any:
    avatar_raw = d.get("avatar", UNSET)
    try:

        def _parse_avatar(data: object) -> ImageAvatar | OrbAvatar | UnknownVariant | Unset | UrlAvatar:
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_avatar_member, data)

        def _parse_avatar_member(data: object) -> ImageAvatar | OrbAvatar | UnknownVariant | Unset | UrlAvatar:
            if isinstance(data, dict):
                for known in (
                    OrbAvatar,
                    UrlAvatar,
                    ImageAvatar,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                avatar_type_0 = OrbAvatar.from_dict(data)

                return avatar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                avatar_type_1 = UrlAvatar.from_dict(data)

                return avatar_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                avatar_type_2 = ImageAvatar.from_dict(data)

                return avatar_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            avatar_type_3 = UnknownVariant.from_dict(data)

            return avatar_type_3

        avatar = _parse_avatar(avatar_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        avatar = deviating_field(cls, "avatar", avatar_raw)

    return avatar


_read_feedback_mode = plain_reader("feedback_mode", (str,), "a string", False)


def _read_end_feedback(cls: type[WidgetConfigResponse], d: Mapping[str, Any]) -> Any:
    end_feedback_raw = d.get("end_feedback", UNSET)
    try:

        def _parse_end_feedback(data: object) -> None | Unset | WidgetEndFeedbackConfig:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            end_feedback_type_0 = WidgetEndFeedbackConfig.from_dict(data)

            return end_feedback_type_0

        end_feedback = _parse_end_feedback(end_feedback_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        end_feedback = deviating_field(cls, "end_feedback", end_feedback_raw)

    return end_feedback


_read_bg_color = plain_reader("bg_color", (str,), "a string", False)

_read_text_color = plain_reader("text_color", (str,), "a string", False)

_read_btn_color = plain_reader("btn_color", (str,), "a string", False)

_read_btn_text_color = plain_reader("btn_text_color", (str,), "a string", False)

_read_border_color = plain_reader("border_color", (str,), "a string", False)

_read_focus_color = plain_reader("focus_color", (str,), "a string", False)

_read_border_radius = plain_reader(
    "border_radius",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_btn_radius = plain_reader(
    "btn_radius",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_action_text = plain_reader(
    "action_text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_start_call_text = plain_reader(
    "start_call_text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_end_call_text = plain_reader(
    "end_call_text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_expand_text = plain_reader(
    "expand_text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_listening_text = plain_reader(
    "listening_text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_speaking_text = plain_reader(
    "speaking_text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_shareable_page_text = plain_reader(
    "shareable_page_text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_shareable_page_show_terms = plain_reader("shareable_page_show_terms", (bool,), "a boolean", False)

_read_terms_text = plain_reader(
    "terms_text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_terms_html = plain_reader(
    "terms_html",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_terms_key = plain_reader(
    "terms_key",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_show_avatar_when_collapsed = plain_reader(
    "show_avatar_when_collapsed",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_disable_banner = plain_reader("disable_banner", (bool,), "a boolean", False)

_read_override_link = plain_reader(
    "override_link",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_markdown_link_allowed_hosts(cls: type[WidgetConfigResponse], d: Mapping[str, Any]) -> Any:
    markdown_link_allowed_hosts_raw = d.get("markdown_link_allowed_hosts", UNSET)
    try:
        expect_array("markdown_link_allowed_hosts", markdown_link_allowed_hosts_raw)
        _markdown_link_allowed_hosts = markdown_link_allowed_hosts_raw
        markdown_link_allowed_hosts: list[AllowlistItem] | Unset = UNSET
        if _markdown_link_allowed_hosts is not UNSET:
            markdown_link_allowed_hosts = []
            for markdown_link_allowed_hosts_item_data in _markdown_link_allowed_hosts:
                markdown_link_allowed_hosts_item = AllowlistItem.from_dict(markdown_link_allowed_hosts_item_data)

                markdown_link_allowed_hosts.append(markdown_link_allowed_hosts_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        markdown_link_allowed_hosts = deviating_field(
            cls, "markdown_link_allowed_hosts", markdown_link_allowed_hosts_raw
        )

    return markdown_link_allowed_hosts


_read_markdown_link_include_www = plain_reader("markdown_link_include_www", (bool,), "a boolean", False)

_read_markdown_link_allow_http = plain_reader("markdown_link_allow_http", (bool,), "a boolean", False)

_read_mic_muting_enabled = plain_reader("mic_muting_enabled", (bool,), "a boolean", False)

_read_transcript_enabled = plain_reader("transcript_enabled", (bool,), "a boolean", False)

_read_text_input_enabled = plain_reader("text_input_enabled", (bool,), "a boolean", False)

_read_conversation_mode_toggle_enabled = plain_reader("conversation_mode_toggle_enabled", (bool,), "a boolean", False)

_read_default_expanded = plain_reader("default_expanded", (bool,), "a boolean", False)

_read_always_expanded = plain_reader("always_expanded", (bool,), "a boolean", False)

_read_dismissible = plain_reader("dismissible", (bool,), "a boolean", False)

_read_show_agent_status = plain_reader("show_agent_status", (bool,), "a boolean", False)

_read_show_conversation_id = plain_reader("show_conversation_id", (bool,), "a boolean", False)

_read_strip_audio_tags = plain_reader("strip_audio_tags", (bool,), "a boolean", False)

_read_syntax_highlight_theme = plain_reader(
    "syntax_highlight_theme",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)


def _read_text_contents(cls: type[WidgetConfigResponse], d: Mapping[str, Any]) -> Any:
    text_contents_raw = d.get("text_contents", UNSET)
    try:
        _text_contents = text_contents_raw
        text_contents: WidgetTextContents | Unset
        if isinstance(_text_contents, Unset):
            text_contents = UNSET
        else:
            text_contents = WidgetTextContents.from_dict(_text_contents)
    except (KeyError, TypeError, ValueError, AttributeError):
        text_contents = deviating_field(cls, "text_contents", text_contents_raw)

    return text_contents


def _read_styles(cls: type[WidgetConfigResponse], d: Mapping[str, Any]) -> Any:
    styles_raw = d.get("styles", UNSET)
    try:
        _styles = styles_raw
        styles: WidgetStyles | Unset
        if isinstance(_styles, Unset):
            styles = UNSET
        else:
            styles = WidgetStyles.from_dict(_styles)
    except (KeyError, TypeError, ValueError, AttributeError):
        styles = deviating_field(cls, "styles", styles_raw)

    return styles


_read_show_resize_button = plain_reader("show_resize_button", (bool,), "a boolean", False)

_read_supported_language_overrides = plain_reader(
    "supported_language_overrides",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)


def _read_language_presets(cls: type[WidgetConfigResponse], d: Mapping[str, Any]) -> Any:
    language_presets_raw = d.get("language_presets", UNSET)
    try:
        _language_presets = language_presets_raw
        language_presets: WidgetConfigResponseLanguagePresets | Unset
        if isinstance(_language_presets, Unset):
            language_presets = UNSET
        else:
            language_presets = WidgetConfigResponseLanguagePresets.from_dict(_language_presets)
    except (KeyError, TypeError, ValueError, AttributeError):
        language_presets = deviating_field(cls, "language_presets", language_presets_raw)

    return language_presets


_read_text_only = plain_reader("text_only", (bool,), "a boolean", False)

_read_supports_text_only = plain_reader("supports_text_only", (bool,), "a boolean", False)

_read_first_message = plain_reader(
    "first_message",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_use_rtc = plain_reader(
    "use_rtc",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


def _read_file_input_config(cls: type[WidgetConfigResponse], d: Mapping[str, Any]) -> Any:
    file_input_config_raw = d.get("file_input_config", UNSET)
    try:
        _file_input_config = file_input_config_raw
        file_input_config: FileInputConfig | Unset
        if isinstance(_file_input_config, Unset):
            file_input_config = UNSET
        else:
            file_input_config = FileInputConfig.from_dict(_file_input_config)
    except (KeyError, TypeError, ValueError, AttributeError):
        file_input_config = deviating_field(cls, "file_input_config", file_input_config_raw)

    return file_input_config


_FIELDS: frozenset[str] = frozenset(
    (
        "language",
        "variant",
        "placement",
        "expandable",
        "avatar",
        "feedback_mode",
        "end_feedback",
        "bg_color",
        "text_color",
        "btn_color",
        "btn_text_color",
        "border_color",
        "focus_color",
        "border_radius",
        "btn_radius",
        "action_text",
        "start_call_text",
        "end_call_text",
        "expand_text",
        "listening_text",
        "speaking_text",
        "shareable_page_text",
        "shareable_page_show_terms",
        "terms_text",
        "terms_html",
        "terms_key",
        "show_avatar_when_collapsed",
        "disable_banner",
        "override_link",
        "markdown_link_allowed_hosts",
        "markdown_link_include_www",
        "markdown_link_allow_http",
        "mic_muting_enabled",
        "transcript_enabled",
        "text_input_enabled",
        "conversation_mode_toggle_enabled",
        "default_expanded",
        "always_expanded",
        "dismissible",
        "show_agent_status",
        "show_conversation_id",
        "strip_audio_tags",
        "syntax_highlight_theme",
        "text_contents",
        "styles",
        "show_resize_button",
        "supported_language_overrides",
        "language_presets",
        "text_only",
        "supports_text_only",
        "first_message",
        "use_rtc",
        "file_input_config",
    )
)


def _read_additional_properties(cls: type[WidgetConfigResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[WidgetConfigResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    language = d.get("language", MISSING)
    if language.__class__ is not str:
        language = _read_language(cls, d)

    variant = d.get("variant", UNSET)
    if variant.__class__ is not str and variant is not UNSET:
        variant = _read_variant(cls, d)

    placement = d.get("placement", UNSET)
    if placement.__class__ is not str and placement is not UNSET:
        placement = _read_placement(cls, d)

    expandable = d.get("expandable", UNSET)
    if expandable.__class__ is not str and expandable is not UNSET:
        expandable = _read_expandable(cls, d)

    if "avatar" in known:
        avatar = known["avatar"]
    else:
        avatar = d.get("avatar", UNSET)
        if avatar is not UNSET:
            avatar = _read_avatar(cls, d)

    feedback_mode = d.get("feedback_mode", UNSET)
    if feedback_mode.__class__ is not str and feedback_mode is not UNSET:
        feedback_mode = _read_feedback_mode(cls, d)

    if "end_feedback" in known:
        end_feedback = known["end_feedback"]
    else:
        end_feedback = d.get("end_feedback", UNSET)
        if end_feedback is not UNSET and end_feedback is not None:
            end_feedback = _read_end_feedback(cls, d)

    bg_color = d.get("bg_color", UNSET)
    if bg_color.__class__ is not str and bg_color is not UNSET:
        bg_color = _read_bg_color(cls, d)

    text_color = d.get("text_color", UNSET)
    if text_color.__class__ is not str and text_color is not UNSET:
        text_color = _read_text_color(cls, d)

    btn_color = d.get("btn_color", UNSET)
    if btn_color.__class__ is not str and btn_color is not UNSET:
        btn_color = _read_btn_color(cls, d)

    btn_text_color = d.get("btn_text_color", UNSET)
    if btn_text_color.__class__ is not str and btn_text_color is not UNSET:
        btn_text_color = _read_btn_text_color(cls, d)

    border_color = d.get("border_color", UNSET)
    if border_color.__class__ is not str and border_color is not UNSET:
        border_color = _read_border_color(cls, d)

    focus_color = d.get("focus_color", UNSET)
    if focus_color.__class__ is not str and focus_color is not UNSET:
        focus_color = _read_focus_color(cls, d)

    border_radius = d.get("border_radius", UNSET)
    if border_radius.__class__ is not int and border_radius is not None and border_radius is not UNSET:
        border_radius = _read_border_radius(cls, d)

    btn_radius = d.get("btn_radius", UNSET)
    if btn_radius.__class__ is not int and btn_radius is not None and btn_radius is not UNSET:
        btn_radius = _read_btn_radius(cls, d)

    action_text = d.get("action_text", UNSET)
    if action_text.__class__ is not str and action_text is not None and action_text is not UNSET:
        action_text = _read_action_text(cls, d)

    start_call_text = d.get("start_call_text", UNSET)
    if start_call_text.__class__ is not str and start_call_text is not None and start_call_text is not UNSET:
        start_call_text = _read_start_call_text(cls, d)

    end_call_text = d.get("end_call_text", UNSET)
    if end_call_text.__class__ is not str and end_call_text is not None and end_call_text is not UNSET:
        end_call_text = _read_end_call_text(cls, d)

    expand_text = d.get("expand_text", UNSET)
    if expand_text.__class__ is not str and expand_text is not None and expand_text is not UNSET:
        expand_text = _read_expand_text(cls, d)

    listening_text = d.get("listening_text", UNSET)
    if listening_text.__class__ is not str and listening_text is not None and listening_text is not UNSET:
        listening_text = _read_listening_text(cls, d)

    speaking_text = d.get("speaking_text", UNSET)
    if speaking_text.__class__ is not str and speaking_text is not None and speaking_text is not UNSET:
        speaking_text = _read_speaking_text(cls, d)

    shareable_page_text = d.get("shareable_page_text", UNSET)
    if (
        shareable_page_text.__class__ is not str
        and shareable_page_text is not None
        and shareable_page_text is not UNSET
    ):
        shareable_page_text = _read_shareable_page_text(cls, d)

    shareable_page_show_terms = d.get("shareable_page_show_terms", UNSET)
    if shareable_page_show_terms.__class__ is not bool and shareable_page_show_terms is not UNSET:
        shareable_page_show_terms = _read_shareable_page_show_terms(cls, d)

    terms_text = d.get("terms_text", UNSET)
    if terms_text.__class__ is not str and terms_text is not None and terms_text is not UNSET:
        terms_text = _read_terms_text(cls, d)

    terms_html = d.get("terms_html", UNSET)
    if terms_html.__class__ is not str and terms_html is not None and terms_html is not UNSET:
        terms_html = _read_terms_html(cls, d)

    terms_key = d.get("terms_key", UNSET)
    if terms_key.__class__ is not str and terms_key is not None and terms_key is not UNSET:
        terms_key = _read_terms_key(cls, d)

    show_avatar_when_collapsed = d.get("show_avatar_when_collapsed", UNSET)
    if (
        show_avatar_when_collapsed.__class__ is not bool
        and show_avatar_when_collapsed is not None
        and show_avatar_when_collapsed is not UNSET
    ):
        show_avatar_when_collapsed = _read_show_avatar_when_collapsed(cls, d)

    disable_banner = d.get("disable_banner", UNSET)
    if disable_banner.__class__ is not bool and disable_banner is not UNSET:
        disable_banner = _read_disable_banner(cls, d)

    override_link = d.get("override_link", UNSET)
    if override_link.__class__ is not str and override_link is not None and override_link is not UNSET:
        override_link = _read_override_link(cls, d)

    if "markdown_link_allowed_hosts" in known:
        markdown_link_allowed_hosts = known["markdown_link_allowed_hosts"]
    else:
        markdown_link_allowed_hosts = d.get("markdown_link_allowed_hosts", UNSET)
        if markdown_link_allowed_hosts is not UNSET:
            markdown_link_allowed_hosts = _read_markdown_link_allowed_hosts(cls, d)

    markdown_link_include_www = d.get("markdown_link_include_www", UNSET)
    if markdown_link_include_www.__class__ is not bool and markdown_link_include_www is not UNSET:
        markdown_link_include_www = _read_markdown_link_include_www(cls, d)

    markdown_link_allow_http = d.get("markdown_link_allow_http", UNSET)
    if markdown_link_allow_http.__class__ is not bool and markdown_link_allow_http is not UNSET:
        markdown_link_allow_http = _read_markdown_link_allow_http(cls, d)

    mic_muting_enabled = d.get("mic_muting_enabled", UNSET)
    if mic_muting_enabled.__class__ is not bool and mic_muting_enabled is not UNSET:
        mic_muting_enabled = _read_mic_muting_enabled(cls, d)

    transcript_enabled = d.get("transcript_enabled", UNSET)
    if transcript_enabled.__class__ is not bool and transcript_enabled is not UNSET:
        transcript_enabled = _read_transcript_enabled(cls, d)

    text_input_enabled = d.get("text_input_enabled", UNSET)
    if text_input_enabled.__class__ is not bool and text_input_enabled is not UNSET:
        text_input_enabled = _read_text_input_enabled(cls, d)

    conversation_mode_toggle_enabled = d.get("conversation_mode_toggle_enabled", UNSET)
    if conversation_mode_toggle_enabled.__class__ is not bool and conversation_mode_toggle_enabled is not UNSET:
        conversation_mode_toggle_enabled = _read_conversation_mode_toggle_enabled(cls, d)

    default_expanded = d.get("default_expanded", UNSET)
    if default_expanded.__class__ is not bool and default_expanded is not UNSET:
        default_expanded = _read_default_expanded(cls, d)

    always_expanded = d.get("always_expanded", UNSET)
    if always_expanded.__class__ is not bool and always_expanded is not UNSET:
        always_expanded = _read_always_expanded(cls, d)

    dismissible = d.get("dismissible", UNSET)
    if dismissible.__class__ is not bool and dismissible is not UNSET:
        dismissible = _read_dismissible(cls, d)

    show_agent_status = d.get("show_agent_status", UNSET)
    if show_agent_status.__class__ is not bool and show_agent_status is not UNSET:
        show_agent_status = _read_show_agent_status(cls, d)

    show_conversation_id = d.get("show_conversation_id", UNSET)
    if show_conversation_id.__class__ is not bool and show_conversation_id is not UNSET:
        show_conversation_id = _read_show_conversation_id(cls, d)

    strip_audio_tags = d.get("strip_audio_tags", UNSET)
    if strip_audio_tags.__class__ is not bool and strip_audio_tags is not UNSET:
        strip_audio_tags = _read_strip_audio_tags(cls, d)

    syntax_highlight_theme = d.get("syntax_highlight_theme", UNSET)
    if (
        syntax_highlight_theme is not None
        and syntax_highlight_theme.__class__ is not str
        and syntax_highlight_theme is not UNSET
    ):
        syntax_highlight_theme = _read_syntax_highlight_theme(cls, d)

    if "text_contents" in known:
        text_contents = known["text_contents"]
    else:
        text_contents = d.get("text_contents", UNSET)
        if text_contents is not UNSET:
            text_contents = _read_text_contents(cls, d)

    if "styles" in known:
        styles = known["styles"]
    else:
        styles = d.get("styles", UNSET)
        if styles is not UNSET:
            styles = _read_styles(cls, d)

    show_resize_button = d.get("show_resize_button", UNSET)
    if show_resize_button.__class__ is not bool and show_resize_button is not UNSET:
        show_resize_button = _read_show_resize_button(cls, d)

    supported_language_overrides = d.get("supported_language_overrides", UNSET)
    if (
        supported_language_overrides.__class__ is not list
        and supported_language_overrides is not None
        and supported_language_overrides is not UNSET
    ):
        supported_language_overrides = _read_supported_language_overrides(cls, d)
    elif supported_language_overrides.__class__ is list and supported_language_overrides:
        check_items(cls, "supported_language_overrides", supported_language_overrides, (str,), "a string")

    if "language_presets" in known:
        language_presets = known["language_presets"]
    else:
        language_presets = d.get("language_presets", UNSET)
        if language_presets is not UNSET:
            language_presets = _read_language_presets(cls, d)

    text_only = d.get("text_only", UNSET)
    if text_only.__class__ is not bool and text_only is not UNSET:
        text_only = _read_text_only(cls, d)

    supports_text_only = d.get("supports_text_only", UNSET)
    if supports_text_only.__class__ is not bool and supports_text_only is not UNSET:
        supports_text_only = _read_supports_text_only(cls, d)

    first_message = d.get("first_message", UNSET)
    if first_message.__class__ is not str and first_message is not None and first_message is not UNSET:
        first_message = _read_first_message(cls, d)

    use_rtc = d.get("use_rtc", UNSET)
    if use_rtc.__class__ is not bool and use_rtc is not None and use_rtc is not UNSET:
        use_rtc = _read_use_rtc(cls, d)

    if "file_input_config" in known:
        file_input_config = known["file_input_config"]
    else:
        file_input_config = d.get("file_input_config", UNSET)
        if file_input_config is not UNSET:
            file_input_config = _read_file_input_config(cls, d)

    return {
        "language": language,
        "variant": variant,
        "placement": placement,
        "expandable": expandable,
        "avatar": avatar,
        "feedback_mode": feedback_mode,
        "end_feedback": end_feedback,
        "bg_color": bg_color,
        "text_color": text_color,
        "btn_color": btn_color,
        "btn_text_color": btn_text_color,
        "border_color": border_color,
        "focus_color": focus_color,
        "border_radius": border_radius,
        "btn_radius": btn_radius,
        "action_text": action_text,
        "start_call_text": start_call_text,
        "end_call_text": end_call_text,
        "expand_text": expand_text,
        "listening_text": listening_text,
        "speaking_text": speaking_text,
        "shareable_page_text": shareable_page_text,
        "shareable_page_show_terms": shareable_page_show_terms,
        "terms_text": terms_text,
        "terms_html": terms_html,
        "terms_key": terms_key,
        "show_avatar_when_collapsed": show_avatar_when_collapsed,
        "disable_banner": disable_banner,
        "override_link": override_link,
        "markdown_link_allowed_hosts": markdown_link_allowed_hosts,
        "markdown_link_include_www": markdown_link_include_www,
        "markdown_link_allow_http": markdown_link_allow_http,
        "mic_muting_enabled": mic_muting_enabled,
        "transcript_enabled": transcript_enabled,
        "text_input_enabled": text_input_enabled,
        "conversation_mode_toggle_enabled": conversation_mode_toggle_enabled,
        "default_expanded": default_expanded,
        "always_expanded": always_expanded,
        "dismissible": dismissible,
        "show_agent_status": show_agent_status,
        "show_conversation_id": show_conversation_id,
        "strip_audio_tags": strip_audio_tags,
        "syntax_highlight_theme": syntax_highlight_theme,
        "text_contents": text_contents,
        "styles": styles,
        "show_resize_button": show_resize_button,
        "supported_language_overrides": supported_language_overrides,
        "language_presets": language_presets,
        "text_only": text_only,
        "supports_text_only": supports_text_only,
        "first_message": first_message,
        "use_rtc": use_rtc,
        "file_input_config": file_input_config,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WidgetConfigResponse,
    _all_fields,
    {
        "language": _read_language,
        "variant": _read_variant,
        "placement": _read_placement,
        "expandable": _read_expandable,
        "avatar": _read_avatar,
        "feedback_mode": _read_feedback_mode,
        "end_feedback": _read_end_feedback,
        "bg_color": _read_bg_color,
        "text_color": _read_text_color,
        "btn_color": _read_btn_color,
        "btn_text_color": _read_btn_text_color,
        "border_color": _read_border_color,
        "focus_color": _read_focus_color,
        "border_radius": _read_border_radius,
        "btn_radius": _read_btn_radius,
        "action_text": _read_action_text,
        "start_call_text": _read_start_call_text,
        "end_call_text": _read_end_call_text,
        "expand_text": _read_expand_text,
        "listening_text": _read_listening_text,
        "speaking_text": _read_speaking_text,
        "shareable_page_text": _read_shareable_page_text,
        "shareable_page_show_terms": _read_shareable_page_show_terms,
        "terms_text": _read_terms_text,
        "terms_html": _read_terms_html,
        "terms_key": _read_terms_key,
        "show_avatar_when_collapsed": _read_show_avatar_when_collapsed,
        "disable_banner": _read_disable_banner,
        "override_link": _read_override_link,
        "markdown_link_allowed_hosts": _read_markdown_link_allowed_hosts,
        "markdown_link_include_www": _read_markdown_link_include_www,
        "markdown_link_allow_http": _read_markdown_link_allow_http,
        "mic_muting_enabled": _read_mic_muting_enabled,
        "transcript_enabled": _read_transcript_enabled,
        "text_input_enabled": _read_text_input_enabled,
        "conversation_mode_toggle_enabled": _read_conversation_mode_toggle_enabled,
        "default_expanded": _read_default_expanded,
        "always_expanded": _read_always_expanded,
        "dismissible": _read_dismissible,
        "show_agent_status": _read_show_agent_status,
        "show_conversation_id": _read_show_conversation_id,
        "strip_audio_tags": _read_strip_audio_tags,
        "syntax_highlight_theme": _read_syntax_highlight_theme,
        "text_contents": _read_text_contents,
        "styles": _read_styles,
        "show_resize_button": _read_show_resize_button,
        "supported_language_overrides": _read_supported_language_overrides,
        "language_presets": _read_language_presets,
        "text_only": _read_text_only,
        "supports_text_only": _read_supports_text_only,
        "first_message": _read_first_message,
        "use_rtc": _read_use_rtc,
        "file_input_config": _read_file_input_config,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.allowlist_item import AllowlistItem
from ..models.file_input_config import FileInputConfig
from ..models.image_avatar import ImageAvatar
from ..models.orb_avatar import OrbAvatar
from ..models.unknown_variant import UnknownVariant
from ..models.url_avatar import UrlAvatar
from ..models.widget_config_response_language_presets import WidgetConfigResponseLanguagePresets
from ..models.widget_end_feedback_config import WidgetEndFeedbackConfig
from ..models.widget_styles import WidgetStyles
from ..models.widget_text_contents import WidgetTextContents
