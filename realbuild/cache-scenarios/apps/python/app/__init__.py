"""Sample app for dockwright cache scenarios."""
