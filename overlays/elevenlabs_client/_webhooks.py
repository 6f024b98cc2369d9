"""`client.webhooks`: the generated group, with the official SDK's `construct_event` (see `_history.py`
for why each overlaid group has a module of its own)."""

from __future__ import annotations

from typing import Any

from elevenlabs_api.api.webhooks import AsyncWebhooksResource, WebhooksResource

from . import webhooks


class Webhooks(WebhooksResource):
    def construct_event(
        self,
        rawBody: bytes | str,  # the official SDK's name, so its keyword calls work unchanged
        sig_header: str | None,
        secret: str,
        *,
        tolerance: float = webhooks.DEFAULT_TOLERANCE,
        now: float | None = None,
    ) -> dict[str, Any]:
        """Verify a webhook delivery and return its event: `elevenlabs_client.webhooks.construct_event`,
        which needs no client. Raises a `WebhookVerificationError` subclass for a delivery that fails."""
        return webhooks.construct_event(rawBody, sig_header, secret, tolerance=tolerance, now=now)


class AsyncWebhooks(AsyncWebhooksResource):
    def construct_event(
        self,
        rawBody: bytes | str,
        sig_header: str | None,
        secret: str,
        *,
        tolerance: float = webhooks.DEFAULT_TOLERANCE,
        now: float | None = None,
    ) -> dict[str, Any]:
        """As `ElevenLabs.webhooks.construct_event`; a plain method here too (no `await`), since it does no I/O."""
        return webhooks.construct_event(rawBody, sig_header, secret, tolerance=tolerance, now=now)
