#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring Secret Service,
# so keychain tests use a real keychain and never touch the user's own.
#   scripts/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail
if [ -z "${INFINITI_IN_PRIVATE_BUS:-}" ]; then
    export INFINITI_IN_PRIVATE_BUS=1
    exec dbus-run-session -- "$0" "$@"
fi
keyring_home=$(mktemp -d)
export XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# The password unlocks (and on first use creates) the private login keyring.
eval "$(printf 'test-keyring-password' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
owner() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}
# The daemon returns before it owns the bus name.
for _ in $(seq 100); do owner && break; sleep 0.05; done
if owner; then
    export INFINITI_TEST_KEYRING=1
else
    echo "with-keyring: the Secret Service did not come up; keychain tests will be skipped" >&2
fi
daemon_pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null | awk '/uint32/ {print $2}')
status=0
"$@" || status=$?
[ -n "${daemon_pid:-}" ] && kill "$daemon_pid" 2>/dev/null || true
rm -rf "$keyring_home"
exit $status
