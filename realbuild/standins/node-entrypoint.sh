#!/bin/sh
# Stand-in entrypoint for the node image (written for Dockwright, behaves like the official one):
# when the first argument is an option or not a command on PATH, run it with node.
set -e
if [ "$#" -eq 0 ] || [ "${1#-}" != "$1" ] || ! command -v -- "$1" >/dev/null 2>&1; then
  set -- node "$@"
fi
exec "$@"
