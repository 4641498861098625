# shellcheck shell=bash
# Fonts for the charts of needs-service: the JDK ships none for Arabic or Chinese, and a chart drawn without them shows
# empty boxes. DejaVu Sans covers Latin, Cyrillic and Arabic; WenQuanYi Micro Hei covers Chinese (1.6 MB, TrueType
# outlines, which Java draws well). Installed from the OS package manager when missing.

ta_has_font_for() { # $1 = fontconfig language tag (ar, zh)
  command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list ":lang=$1" family 2>/dev/null | head -n 1)" ]
}

ta_ensure_fonts() {
  local missing=()
  ta_has_font_for ar || missing+=(fonts-dejavu-core)
  ta_has_font_for zh || missing+=(fonts-wqy-microhei)
  command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing fonts for the charts (Arabic, Chinese): ${missing[*]}" >&2
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
      apt-get update -qq >/dev/null 2>&1 || true
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
  else
    cat >&2 <<MSG
The charts need fonts for Arabic and Chinese, which are not installed. Install them, for example:
  sudo apt-get install fonts-dejavu-core fonts-wqy-microhei fontconfig
(charts still render without them, but Arabic or Chinese labels show as empty boxes).
MSG
  fi
}
