#!/usr/bin/env bash
# Debian packages CaseDesk needs beyond Python: Qt's runtime libraries, PostgreSQL for the sync
# tests, poppler for rendering PDFs to PNG, Xvfb for screenshots of real windows.
# Installs only what is missing; needs root (or sudo) when something is.
set -euo pipefail
packages=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0
          libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xkb1 libxcb-shape0
          fonts-dejavu-core postgresql poppler-utils xvfb)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
command -v apt-get >/dev/null || { echo "system-deps: not a Debian system; install: ${missing[*]}" >&2; exit 0; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "system-deps: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
