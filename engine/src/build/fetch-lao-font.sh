#!/usr/bin/env bash
# Puts Noto Sans Lao (SIL OFL 1.1) into the engine's classes at build time, from the npm
# registry, so the jar carries the font without the font being kept in git.
# Usage: fetch-lao-font.sh <package@version> <cache dir> <target fonts dir>
# Runs once: the unpacked package stays in the cache dir, and npm's own cache keeps the tarball.
set -euo pipefail

package="$1"
cache="$2"
fonts="$3"

if [[ -s "$fonts/NotoSansLao-Regular.ttf" && -s "$fonts/NotoSansLao-Bold.ttf" ]]; then
  exit 0
fi

unpacked="$cache/package"
if [[ ! -s "$unpacked/400Regular/NotoSansLao_400Regular.ttf" ]]; then
  rm -rf "$cache"
  mkdir -p "$cache"
  tarball=$(cd "$cache" && npm pack --silent --prefer-offline "$package" | tail -n 1)
  tar -xzf "$cache/$tarball" -C "$cache"
fi

mkdir -p "$fonts"
cp "$unpacked/400Regular/NotoSansLao_400Regular.ttf" "$fonts/NotoSansLao-Regular.ttf"
cp "$unpacked/700Bold/NotoSansLao_700Bold.ttf" "$fonts/NotoSansLao-Bold.ttf"
cp "$unpacked/LICENSE_FONT" "$fonts/OFL-NotoSansLao.txt"
