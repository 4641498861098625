# shellcheck shell=bash
# Chromium and its WebDriver for the console's browser tests (deploy: ConsoleBrowserIT drives a real, headless
# Chromium through Selenium). Debian's `chromium` and `chromium-driver` packages keep the browser and the driver of
# the same version together, which a driver downloaded at test time would not promise. Installed from the OS packages
# when missing and run as root; otherwise the browser tests say what to install.

ta_ensure_chromium() {
  if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    return 0
  fi
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Chromium and chromium-driver for the console's browser tests" >&2
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null 2>&1; then
      apt-get update -qq >/dev/null 2>&1 || true
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
    fi
    return 0
  fi
  echo "The console's browser tests need Chromium and its driver (e.g. sudo apt-get install chromium chromium-driver)" >&2
}
