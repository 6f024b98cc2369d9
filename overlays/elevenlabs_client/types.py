"""The models under the official SDK's `elevenlabs.types` names: `from elevenlabs_client.types import VoiceSettings`.

The same lazy view of `elevenlabs_api.models` as `elevenlabs_client.models`: importing it loads no model,
and each is loaded when first asked for.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from elevenlabs_api.models import *


# Hidden from type checkers, which see the star import above: a module __getattr__ would make any
# misspelled name a silent Any for them.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        from elevenlabs_api import models

        try:
            return getattr(models, name)
        except AttributeError:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
