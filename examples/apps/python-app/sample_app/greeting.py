"""Greeting logic, kept apart from HTTP handling so it is easy to test."""


def greeting(name: str) -> str:
    """Greets a visitor; names are trimmed and limited to 64 characters."""
    clean = name.strip()[:64]
    return f"Hello, {clean}!" if clean else "Hello, stranger!"
