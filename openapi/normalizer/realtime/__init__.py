"""The vendor's AsyncAPI documents (the WebSocket channels) into the normalized OpenAPI document.

Their message schemas join the components, so the generator makes them models like any other; the
channels (path, parameters, which message goes which way, how an incoming one is recognised) go into
the root extension `x-realtime`, which the realtime templates read (scripts/generate.py). One module a
concern: `passes` (one named pass per Fern or AsyncAPI quirk, `ASYNCAPI_PASSES`), `channels` (what a
channel says: its messages, first message, kind and method), `merge` (our additions into the vendor's
documents, and every document into the whole one), `arguments` (what the group templates need).
"""

from .arguments import plain_type, python_type, realtime_template_data
from .merge import REALTIME, merge_realtime
from .passes import ASYNCAPI_PASSES

__all__ = ["ASYNCAPI_PASSES", "REALTIME", "merge_realtime", "plain_type", "python_type", "realtime_template_data"]
