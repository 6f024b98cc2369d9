"""The normalizer's passes, one module per concern; `openapi/normalize.py` runs them in order."""
