"""`python -m elevenlabs_client.cli`: the same as the `elevenlabs-client` command."""

from . import main

raise SystemExit(main())
