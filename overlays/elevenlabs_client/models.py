"""Every model of the API by name, loaded on first use: `from elevenlabs_client.models import VoiceSettings...`.

The classes live in `elevenlabs_api.models` (generated); this module only hands them out, so importing
it loads none of them.
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
