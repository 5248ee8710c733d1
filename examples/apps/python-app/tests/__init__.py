"""Marks this directory as a package."""
