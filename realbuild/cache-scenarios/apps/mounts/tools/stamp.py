"""Writes the build stamp; bind-mounted for one RUN, never copied into the image."""
print("stamped by tools/stamp.py v1")
