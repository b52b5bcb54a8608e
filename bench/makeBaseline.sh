#!/bin/sh
# Builds the "before" of `npm run bench` into bench/.baseline (git-ignored): @kaigo/core as of <rev> (its dist and
# package.json), a copy of the current @kaigo/forms dist that resolves @kaigo/core to it, for the cold-start rows.
# Then rebuilds the current core. Usage: sh bench/makeBaseline.sh <rev>   (e.g. the commit before the change)
set -eu
rev=${1:?usage: sh bench/makeBaseline.sh <rev>}
cd "$(git rev-parse --show-toplevel)"
git diff --quiet HEAD -- packages/core || { echo "packages/core has uncommitted changes" >&2; exit 1; }
out=bench/.baseline
rm -rf "$out" && mkdir -p "$out/core" "$out/forms" "$out/node_modules/@kaigo"
git checkout "$rev" -- packages/core
(cd packages/core && npm run build --silent)
cp -r packages/core/dist packages/core/package.json "$out/core/"
git checkout HEAD -- packages/core
(cd packages/core && npm run build --silent)
cp -r packages/forms/dist packages/forms/package.json "$out/forms/"
ln -s ../../core "$out/node_modules/@kaigo/core"
echo "baseline: @kaigo/core at $rev in $out"
