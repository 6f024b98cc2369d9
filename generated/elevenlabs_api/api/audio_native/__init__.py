"""`client.audio_native`: the operations of group `audio_native`, as methods of AudioNativeResource and AsyncAudioNativeResource."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING

import httpx

from ...types import UNSET, FileInput, Unset, as_file, loads
from .. import (
    AsyncRequester,
    Requester,
    RequestOptions,
    async_raw_response,
    check_path_parameter,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import audio_native_create, audio_native_get_settings, audio_native_update, audio_native_update_content_from_url


def _parse_audio_native_create(response: httpx.Response) -> models.AudioNativeCreateProjectResponseModel:
    from ...models.audio_native_create_project_response_model import AudioNativeCreateProjectResponseModel

    response_200 = AudioNativeCreateProjectResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_audio_native_update_content_from_url(response: httpx.Response) -> models.AudioNativeEditContentResponseModel:
    from ...models.audio_native_edit_content_response_model import AudioNativeEditContentResponseModel

    response_200 = AudioNativeEditContentResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_audio_native_update(response: httpx.Response) -> models.AudioNativeEditContentResponseModel:
    from ...models.audio_native_edit_content_response_model import AudioNativeEditContentResponseModel

    response_200 = AudioNativeEditContentResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_audio_native_get_settings(response: httpx.Response) -> models.GetAudioNativeProjectSettingsResponseModel:
    from ...models.get_audio_native_project_settings_response_model import GetAudioNativeProjectSettingsResponseModel

    response_200 = GetAudioNativeProjectSettingsResponseModel.from_dict(loads(response.content))

    return response_200


class AudioNativeResource:
    """The operations of group `audio_native`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AudioNativeResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AudioNativeResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def create(
        self,
        name: str,
        *,
        image: None | str | Unset = UNSET,
        author: None | str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        small: bool | Unset = UNSET,
        text_color: None | str | Unset = UNSET,
        background_color: None | str | Unset = UNSET,
        sessionization: int | Unset = UNSET,
        voice_id: None | str | Unset = UNSET,
        model_id: None | str | Unset = UNSET,
        file: FileInput | Unset = UNSET,
        auto_convert: bool | Unset = UNSET,
        apply_text_normalization: models.BodyCreatesAudioNativeEnabledProjectV1AudioNativePostApplyTextNormalizationType0
        | None
        | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AudioNativeCreateProjectResponseModel:
        """Creates Audio Native Enabled Project.

        Creates Audio Native enabled project, optionally starts conversion and returns project ID and
        embeddable HTML snippet.

        `POST /v1/audio-native`.

        Args:
            name (str): Project name.
            image (None | str | Unset): (Deprecated) Image URL used in the player. If not provided,
                default image set in the Player settings is used.
            author (None | str | Unset): Author used in the player and inserted at the start of the
                uploaded article. If not provided, the default author set in the Player settings is used.
            title (None | str | Unset): Title used in the player and inserted at the top of the uploaded
                article. If not provided, the default title set in the Player settings is used.
            small (bool | Unset): (Deprecated) Whether to use small player or not. If not provided,
                default value set in the Player settings is used. Defaults to False on the server.
            text_color (None | str | Unset): Text color used in the player. If not provided, default
                text color set in the Player settings is used.
            background_color (None | str | Unset): Background color used in the player. If not provided,
                default background color set in the Player settings is used.
            sessionization (int | Unset): (Deprecated) Specifies for how many minutes to persist the
                session across page reloads. If not provided, default sessionization set in the Player
                settings is used. Defaults to 0 on the server.
            voice_id (None | str | Unset): Voice ID used to voice the content. If not provided, default
                voice ID set in the Player settings is used.
            model_id (None | str | Unset): TTS Model ID used in the player. If not provided, default
                model ID set in the Player settings is used.
            file (FileInput | Unset): Either txt or HTML input file containing the article content. HTML
                should be formatted as follows '&lt;html&gt;&lt;body&gt;&lt;div&gt;&lt;p&gt;Your
                content&lt;/p&gt;&lt;h3&gt;More of your content&lt;/h3&gt;&lt;p&gt;Some more of your
                content&lt;/p&gt;&lt;/div&gt;&lt;/body&gt;&lt;/html&gt;'
            auto_convert (bool | Unset): Whether to auto convert the project to audio or not. Defaults
                to False on the server.
            apply_text_normalization (BodyCreatesAudioNativeEnabledProjectV1AudioNativePostApplyTextNormalizationType0 | None | Unset):
                This parameter controls text normalization with four modes: 'auto', 'on', 'apply_english'
                and 'off'. When set to 'auto', the system will automatically decide whether to apply text
                normalization (e.g., spelling out numbers). With 'on', text normalization will always be
                applied, while with 'off', it will be skipped. 'apply_english' is the same as 'on' but will
                assume that text is in English. One of: apply_english, auto, off, on.
            pronunciation_dictionary_locators (list[str] | Unset): A list of pronunciation dictionary
                locators (pronunciation_dictionary_id, version_id) encoded as a list of JSON strings for
                pronunciation dictionaries to be applied to the text. A list of json encoded strings is
                required as adding projects may occur through formData as opposed to jsonBody. To specify
                multiple dictionaries use multiple --form lines in your curl, such as --form
                'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Vm
                d4Zor6fplcA7WrINey\\",\\"version_id\\":\\"hRPaxjlTdR7wFMhV4w0b\\"}"' --form
                'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Jz
                WtcGQMJ6bnlWwyMo7e\\",\\"version_id\\":\\"lbmwxiLu4q6txYxgdZqn\\"}"'.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_creates_audio_native_enabled_project_v1_audio_native_post import (
            BodyCreatesAudioNativeEnabledProjectV1AudioNativePost,
        )

        kwargs = audio_native_create._get_kwargs(
            body=BodyCreatesAudioNativeEnabledProjectV1AudioNativePost(
                name=name,
                image=image,
                author=author,
                title=title,
                small=small,
                text_color=text_color,
                background_color=background_color,
                sessionization=sessionization,
                voice_id=voice_id,
                model_id=model_id,
                file=file if isinstance(file, Unset) or file is None else as_file(file),
                auto_convert=auto_convert,
                apply_text_normalization=apply_text_normalization,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
            ),
        )

        return self._requester.request(kwargs, _parse_audio_native_create, request_options)

    def update_content_from_url(
        self,
        url: str,
        *,
        author: None | str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AudioNativeEditContentResponseModel:
        """Update Audio-Native Content From Url

        Finds an AudioNative project matching the provided URL, extracts content from the URL, updates the
        project content, and queues it for conversion and auto-publishing.

        `POST /v1/audio-native/content`.

        Args:
            url (str): URL of the page to extract content from.
            author (None | str | Unset): Author used in the player and inserted at the start of the
                uploaded article. If not provided, the default author set in the Player settings is used.
            title (None | str | Unset): Title used in the player and inserted at the top of the uploaded
                article. If not provided, the default title set in the Player settings is used.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_update_audio_native_content_from_url_v1_audio_native_content_post import (
            BodyUpdateAudioNativeContentFromUrlV1AudioNativeContentPost,
        )

        kwargs = audio_native_update_content_from_url._get_kwargs(
            body=BodyUpdateAudioNativeContentFromUrlV1AudioNativeContentPost(
                url=url,
                author=author,
                title=title,
            ),
        )

        return self._requester.request(kwargs, _parse_audio_native_update_content_from_url, request_options)

    def update(
        self,
        project_id: str,
        *,
        file: FileInput | Unset = UNSET,
        auto_convert: bool | Unset = UNSET,
        auto_publish: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AudioNativeEditContentResponseModel:
        """Update Audio-Native Project Content

        Updates content for the specific AudioNative Project.

        `POST /v1/audio-native/{project_id}/content`.

        Args:
            project_id (str): The ID of the Studio project.
            file (FileInput | Unset): Either txt or HTML input file containing the article content. HTML
                should be formatted as follows '&lt;html&gt;&lt;body&gt;&lt;div&gt;&lt;p&gt;Your
                content&lt;/p&gt;&lt;h5&gt;More of your content&lt;/h5&gt;&lt;p&gt;Some more of your
                content&lt;/p&gt;&lt;/div&gt;&lt;/body&gt;&lt;/html&gt;'
            auto_convert (bool | Unset): Whether to auto convert the project to audio or not. Defaults
                to False on the server.
            auto_publish (bool | Unset): Whether to auto publish the new project snapshot after it's
                converted. Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        from ...models.body_update_audio_native_project_content_v1_audio_native_project_id_content_post import (
            BodyUpdateAudioNativeProjectContentV1AudioNativeProjectIdContentPost,
        )

        kwargs = audio_native_update._get_kwargs(
            project_id=project_id,
            body=BodyUpdateAudioNativeProjectContentV1AudioNativeProjectIdContentPost(
                file=file if isinstance(file, Unset) or file is None else as_file(file),
                auto_convert=auto_convert,
                auto_publish=auto_publish,
            ),
        )

        return self._requester.request(kwargs, _parse_audio_native_update, request_options)

    def get_settings(
        self,
        project_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetAudioNativeProjectSettingsResponseModel:
        """Get Audio Native Project Settings

        Get player settings for the specific project.

        `GET /v1/audio-native/{project_id}/settings`.

        Args:
            project_id (str): The ID of the Studio project.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        kwargs = audio_native_get_settings._get_kwargs(
            project_id=project_id,
        )

        return self._requester.request(kwargs, _parse_audio_native_get_settings, request_options)


class AudioNativeResourceWithRawResponse:
    """`AudioNativeResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AudioNativeResource) -> None:
        self.create = raw_response(resource.create)
        self.update_content_from_url = raw_response(resource.update_content_from_url)
        self.update = raw_response(resource.update)
        self.get_settings = raw_response(resource.get_settings)


class AsyncAudioNativeResource:
    """The operations of group `audio_native`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncAudioNativeResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncAudioNativeResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def create(
        self,
        name: str,
        *,
        image: None | str | Unset = UNSET,
        author: None | str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        small: bool | Unset = UNSET,
        text_color: None | str | Unset = UNSET,
        background_color: None | str | Unset = UNSET,
        sessionization: int | Unset = UNSET,
        voice_id: None | str | Unset = UNSET,
        model_id: None | str | Unset = UNSET,
        file: FileInput | Unset = UNSET,
        auto_convert: bool | Unset = UNSET,
        apply_text_normalization: models.BodyCreatesAudioNativeEnabledProjectV1AudioNativePostApplyTextNormalizationType0
        | None
        | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AudioNativeCreateProjectResponseModel:
        """Creates Audio Native Enabled Project.

        Creates Audio Native enabled project, optionally starts conversion and returns project ID and
        embeddable HTML snippet.

        `POST /v1/audio-native`.

        Args:
            name (str): Project name.
            image (None | str | Unset): (Deprecated) Image URL used in the player. If not provided,
                default image set in the Player settings is used.
            author (None | str | Unset): Author used in the player and inserted at the start of the
                uploaded article. If not provided, the default author set in the Player settings is used.
            title (None | str | Unset): Title used in the player and inserted at the top of the uploaded
                article. If not provided, the default title set in the Player settings is used.
            small (bool | Unset): (Deprecated) Whether to use small player or not. If not provided,
                default value set in the Player settings is used. Defaults to False on the server.
            text_color (None | str | Unset): Text color used in the player. If not provided, default
                text color set in the Player settings is used.
            background_color (None | str | Unset): Background color used in the player. If not provided,
                default background color set in the Player settings is used.
            sessionization (int | Unset): (Deprecated) Specifies for how many minutes to persist the
                session across page reloads. If not provided, default sessionization set in the Player
                settings is used. Defaults to 0 on the server.
            voice_id (None | str | Unset): Voice ID used to voice the content. If not provided, default
                voice ID set in the Player settings is used.
            model_id (None | str | Unset): TTS Model ID used in the player. If not provided, default
                model ID set in the Player settings is used.
            file (FileInput | Unset): Either txt or HTML input file containing the article content. HTML
                should be formatted as follows '&lt;html&gt;&lt;body&gt;&lt;div&gt;&lt;p&gt;Your
                content&lt;/p&gt;&lt;h3&gt;More of your content&lt;/h3&gt;&lt;p&gt;Some more of your
                content&lt;/p&gt;&lt;/div&gt;&lt;/body&gt;&lt;/html&gt;'
            auto_convert (bool | Unset): Whether to auto convert the project to audio or not. Defaults
                to False on the server.
            apply_text_normalization (BodyCreatesAudioNativeEnabledProjectV1AudioNativePostApplyTextNormalizationType0 | None | Unset):
                This parameter controls text normalization with four modes: 'auto', 'on', 'apply_english'
                and 'off'. When set to 'auto', the system will automatically decide whether to apply text
                normalization (e.g., spelling out numbers). With 'on', text normalization will always be
                applied, while with 'off', it will be skipped. 'apply_english' is the same as 'on' but will
                assume that text is in English. One of: apply_english, auto, off, on.
            pronunciation_dictionary_locators (list[str] | Unset): A list of pronunciation dictionary
                locators (pronunciation_dictionary_id, version_id) encoded as a list of JSON strings for
                pronunciation dictionaries to be applied to the text. A list of json encoded strings is
                required as adding projects may occur through formData as opposed to jsonBody. To specify
                multiple dictionaries use multiple --form lines in your curl, such as --form
                'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Vm
                d4Zor6fplcA7WrINey\\",\\"version_id\\":\\"hRPaxjlTdR7wFMhV4w0b\\"}"' --form
                'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Jz
                WtcGQMJ6bnlWwyMo7e\\",\\"version_id\\":\\"lbmwxiLu4q6txYxgdZqn\\"}"'.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_creates_audio_native_enabled_project_v1_audio_native_post import (
            BodyCreatesAudioNativeEnabledProjectV1AudioNativePost,
        )

        kwargs = audio_native_create._get_kwargs(
            body=BodyCreatesAudioNativeEnabledProjectV1AudioNativePost(
                name=name,
                image=image,
                author=author,
                title=title,
                small=small,
                text_color=text_color,
                background_color=background_color,
                sessionization=sessionization,
                voice_id=voice_id,
                model_id=model_id,
                file=file if isinstance(file, Unset) or file is None else as_file(file),
                auto_convert=auto_convert,
                apply_text_normalization=apply_text_normalization,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
            ),
        )

        return await self._requester.request(kwargs, _parse_audio_native_create, request_options)

    async def update_content_from_url(
        self,
        url: str,
        *,
        author: None | str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AudioNativeEditContentResponseModel:
        """Update Audio-Native Content From Url

        Finds an AudioNative project matching the provided URL, extracts content from the URL, updates the
        project content, and queues it for conversion and auto-publishing.

        `POST /v1/audio-native/content`.

        Args:
            url (str): URL of the page to extract content from.
            author (None | str | Unset): Author used in the player and inserted at the start of the
                uploaded article. If not provided, the default author set in the Player settings is used.
            title (None | str | Unset): Title used in the player and inserted at the top of the uploaded
                article. If not provided, the default title set in the Player settings is used.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_update_audio_native_content_from_url_v1_audio_native_content_post import (
            BodyUpdateAudioNativeContentFromUrlV1AudioNativeContentPost,
        )

        kwargs = audio_native_update_content_from_url._get_kwargs(
            body=BodyUpdateAudioNativeContentFromUrlV1AudioNativeContentPost(
                url=url,
                author=author,
                title=title,
            ),
        )

        return await self._requester.request(kwargs, _parse_audio_native_update_content_from_url, request_options)

    async def update(
        self,
        project_id: str,
        *,
        file: FileInput | Unset = UNSET,
        auto_convert: bool | Unset = UNSET,
        auto_publish: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AudioNativeEditContentResponseModel:
        """Update Audio-Native Project Content

        Updates content for the specific AudioNative Project.

        `POST /v1/audio-native/{project_id}/content`.

        Args:
            project_id (str): The ID of the Studio project.
            file (FileInput | Unset): Either txt or HTML input file containing the article content. HTML
                should be formatted as follows '&lt;html&gt;&lt;body&gt;&lt;div&gt;&lt;p&gt;Your
                content&lt;/p&gt;&lt;h5&gt;More of your content&lt;/h5&gt;&lt;p&gt;Some more of your
                content&lt;/p&gt;&lt;/div&gt;&lt;/body&gt;&lt;/html&gt;'
            auto_convert (bool | Unset): Whether to auto convert the project to audio or not. Defaults
                to False on the server.
            auto_publish (bool | Unset): Whether to auto publish the new project snapshot after it's
                converted. Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        from ...models.body_update_audio_native_project_content_v1_audio_native_project_id_content_post import (
            BodyUpdateAudioNativeProjectContentV1AudioNativeProjectIdContentPost,
        )

        kwargs = audio_native_update._get_kwargs(
            project_id=project_id,
            body=BodyUpdateAudioNativeProjectContentV1AudioNativeProjectIdContentPost(
                file=file if isinstance(file, Unset) or file is None else as_file(file),
                auto_convert=auto_convert,
                auto_publish=auto_publish,
            ),
        )

        return await self._requester.request(kwargs, _parse_audio_native_update, request_options)

    async def get_settings(
        self,
        project_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetAudioNativeProjectSettingsResponseModel:
        """Get Audio Native Project Settings

        Get player settings for the specific project.

        `GET /v1/audio-native/{project_id}/settings`.

        Args:
            project_id (str): The ID of the Studio project.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        kwargs = audio_native_get_settings._get_kwargs(
            project_id=project_id,
        )

        return await self._requester.request(kwargs, _parse_audio_native_get_settings, request_options)


class AsyncAudioNativeResourceWithRawResponse:
    """`AsyncAudioNativeResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncAudioNativeResource) -> None:
        self.create = async_raw_response(resource.create)
        self.update_content_from_url = async_raw_response(resource.update_content_from_url)
        self.update = async_raw_response(resource.update)
        self.get_settings = async_raw_response(resource.get_settings)
