"""Prints the greeting and the build stamp."""
GREETING = "hello from the cache scenarios"
print(GREETING, open("/app/stamp.txt").read().strip())
