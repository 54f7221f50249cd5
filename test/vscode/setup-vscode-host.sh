#!/usr/bin/env bash
# Installs a real VS Code for the extension suite on a machine that cannot download VS Code:
# code-server (VS Code 1.100.3 served to a browser). vsce and playwright-core (which drives
# Debian's Chromium) are the repository's own dev dependencies. Idempotent; everything lives
# under $LENS_VSCODE_HOST.
# Debian packages needed: see .ci/run (chromium, ripgrep and node-gyp's build dependencies).
set -euo pipefail

H="${LENS_VSCODE_HOST:-/tmp/amplify-lens-vscode-host}"
CODE_SERVER_VERSION=4.100.3   # = VS Code 1.100.3; newer releases need Node 22

mkdir -p "$H/tmp" "$H/cs"
export TMPDIR="$H/tmp" XDG_CONFIG_HOME="$H/xdg/config" XDG_DATA_HOME="$H/xdg/data" XDG_CACHE_HOME="$H/xdg/cache"

if [ ! -x "$H/cs/node_modules/.bin/code-server" ]; then
  # @vscode/ripgrep's postinstall downloads rg unless its cache holds the asset: seed it with Debian's.
  rg_cache="$TMPDIR/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$rg_cache"
  tar -czf "$rg_cache/ripgrep-v13.0.0-10-$(uname -m)-unknown-linux-musl.tar.gz" -C /usr/bin rg
  export npm_config_unsafe_perm=true   # code-server's postinstall requires it as root
  export npm_config_nodedir=/usr       # build native modules against the installed Node headers
  export npm_config_yes=true           # node-pty's postinstall runs `npx node-gyp`
  (cd "$H/cs" && echo '{"private":true}' > package.json && npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION")
fi
test -x "$H/cs/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"

echo "VS Code host ready in $H"
