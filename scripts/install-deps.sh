#!/usr/bin/env bash
# Installs the Debian 12 packages that the named sets need (as root or through sudo); does
# nothing when they are all there already.
#   scripts/install-deps.sh [--list] [build|run|test|package]...      (default: build run)
#     build    compilers, CMake, Qt and QtKeychain development files
#     run      what the console needs to open: Qt's translations and, only when there is no
#              display (no DISPLAY nor WAYLAND_DISPLAY), Xvfb for demo.sh's fallback
#     test     a private D-Bus session with gnome-keyring for the keychain tests, and
#              clang-format 14 for scripts/check-format.sh
#     package  cpack's .deb (dpkg-shlibdeps) and its checks (scripts/package-check.sh)
# --list prints the packages the sets need, one a line, and installs nothing.
set -euo pipefail
list=false
if [ "${1:-}" = "--list" ]; then
    list=true
    shift
fi
sets=("$@")
[ ${#sets[@]} -eq 0 ] && sets=(build run)
packages=()
for set in "${sets[@]}"; do
    case $set in
        build)
            packages+=(cmake ninja-build g++ ccache pkg-config libssl-dev zlib1g-dev
                qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
                qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools) ;;
        run)
            packages+=(qt6-translations-l10n)
            if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
                packages+=(xvfb xauth)
            fi ;;
        test)
            packages+=(dbus gnome-keyring libsecret-tools clang-format) ;;
        package)
            packages+=(dpkg-dev desktop-file-utils appstream groff-base) ;;
        *)
            echo "install-deps: unknown set '$set' (build, run, test or package)" >&2
            exit 2 ;;
    esac
done
if $list; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo; missing: ${missing[*]}" >&2; exit 1; }
    sudo=sudo
fi
echo "install-deps: installing ${missing[*]}" >&2
# -qq/-q drop the progress lines only: apt's warnings and errors still show.
$sudo apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
