"""Sample HTTP service for Dockwright's real builds (standard library only)."""

__version__ = "1.0.0"
SERVICE = "dockwright-sample-python-app"
