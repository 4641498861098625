# shellcheck shell=bash
# Node.js and npm for the API contract's tools (api-contract: Spectral, the AsyncAPI parser, the TypeScript compiler),
# which npm installs from the lock file into api-contract/target. Installed from the OS packages when missing and run as
# root; otherwise the tests that need them say what to install.

ta_ensure_node() {
  if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 \
      && [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -ge 18 ]; then
    return 0
  fi
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Node.js and npm for the API contract's tools" >&2
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null 2>&1; then
      apt-get update -qq >/dev/null 2>&1 || true
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
    fi
    return 0
  fi
  echo "The API contract's checks need Node.js 18 or newer and npm (e.g. sudo apt-get install nodejs npm)" >&2
}
