"""Realtime text to speech over WebSockets: one small transport (a sans-I/O core under thin sync and
asyncio layers, as the websockets library is built) for the channel modules generated into
`elevenlabs_api.realtime`, and the API on top (`convert_realtime`, sessions, multi-context).

Nothing here is imported until a realtime method is first called: `import elevenlabs_client` does not
load websockets.
"""
