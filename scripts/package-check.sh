#!/usr/bin/env bash
# Builds the Debian packages in the build folder with cpack and checks what a user would get:
# the control fields, every file that must be in each package, the desktop entry and AppStream
# metadata as installed, stripped binaries, and the packaged programs run from an unpacked
# root (the emulator answering the command-line tool). scripts/test.sh runs it after the tests.
#   scripts/package-check.sh            (INFINITI_BUILD_DIR: the build folder, default build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${INFINITI_BUILD_DIR:-build}
[[ $build == /* ]] || build=$root/$build
started=$SECONDS
app_id=$(sed -n 's/^set(INFINITI_APP_ID "\(.*\)")$/\1/p' "$root/CMakeLists.txt")
[ -n "$app_id" ] || { echo "package-check: INFINITI_APP_ID not found in CMakeLists.txt" >&2; exit 1; }
failures=0
fail() { echo "package-check: FAIL: $*" >&2; failures=$((failures + 1)); }

cd "$build"
# cpack packs what is built and does not build it: bring the build up to date first (nothing to
# do after scripts/build.sh).
cmake --build . --parallel 2 >/dev/null
rm -f ./*.deb
cpack_started=$SECONDS
cpack -G DEB >cpack.log 2>&1 || { cat cpack.log >&2; echo "package-check: cpack failed" >&2; exit 1; }
cpack_seconds=$((SECONDS - cpack_started))
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' CPackConfig.cmake)
arch=$(dpkg --print-architecture)
admin_deb=$(ls infiniti-admin_*_"$arch".deb)
sim_deb=$(ls infiniti-sim_*_"$arch".deb)

# Control fields: names, sections, dependencies computed by dpkg-shlibdeps.
field() { dpkg-deb -f "$1" "$2"; }
[ "$(field "$admin_deb" Package)" = infiniti-admin ] || fail "$admin_deb: Package is $(field "$admin_deb" Package)"
[ "$(field "$sim_deb" Package)" = infiniti-sim ] || fail "$sim_deb: Package is $(field "$sim_deb" Package)"
[ "$(field "$admin_deb" Section)" = admin ] || fail "$admin_deb: Section is $(field "$admin_deb" Section)"
for deb in "$admin_deb" "$sim_deb"; do
    for f in Version Maintainer Homepage Description Depends Installed-Size; do
        [ -n "$(field "$deb" $f)" ] || fail "$deb: no $f field"
    done
done
field "$admin_deb" Depends | grep -q 'libqt6widgets6' || fail "$admin_deb: Depends lacks libqt6widgets6: $(field "$admin_deb" Depends)"
field "$admin_deb" Depends | grep -q 'libqt6keychain1' || fail "$admin_deb: Depends lacks libqt6keychain1"
field "$sim_deb" Depends | grep -q 'libqt6httpserver6' || fail "$sim_deb: Depends lacks libqt6httpserver6: $(field "$sim_deb" Depends)"
field "$sim_deb" Depends | grep -q 'libqt6widgets6' && fail "$sim_deb: the emulator should not depend on Qt Widgets"

# Files: each package has what it must, and not the other package's programs.
admin_files=$(dpkg-deb -c "$admin_deb" | awk '{ print $6 }')
sim_files=$(dpkg-deb -c "$sim_deb" | awk '{ print $6 }')
has() {
    local files=$1 deb=$2 path
    shift 2
    for path in "$@"; do
        grep -qxF "./$path" <<<"$files" || fail "$deb lacks /$path"
    done
}
has "$admin_files" "$admin_deb" \
    usr/bin/infiniti-admin usr/bin/infiniti-ctl \
    "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/48x48/apps/$app_id.png" "usr/share/icons/hicolor/256x256/apps/$app_id.png" \
    "usr/share/icons/hicolor/16x16/apps/$app_id.png" "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    usr/share/man/man1/infiniti-admin.1.gz usr/share/man/man1/infiniti-ctl.1.gz \
    usr/share/bash-completion/completions/infiniti-ctl usr/share/zsh/vendor-completions/_infiniti-ctl \
    usr/share/fish/vendor_completions.d/infiniti-ctl.fish usr/share/doc/infiniti-admin/copyright \
    usr/share/doc/infiniti-admin/changelog.gz
has "$sim_files" "$sim_deb" usr/bin/infiniti-sim usr/share/man/man1/infiniti-sim.1.gz \
    usr/share/doc/infiniti-sim/copyright usr/share/doc/infiniti-sim/changelog.gz
grep -q 'infiniti-sim' <<<"$(grep bin/ <<<"$admin_files")" && fail "$admin_deb contains infiniti-sim"
grep -qE 'infiniti-(admin|ctl)$' <<<"$sim_files" && fail "$sim_deb contains the console or infiniti-ctl"

# Unpack both as an installation would, and check the installed files themselves.
unpacked=$(mktemp -d)
sim_pid=""
cleanup() {
    [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null || true
    rm -rf "$unpacked"
}
trap cleanup EXIT
dpkg -x "$admin_deb" "$unpacked"
dpkg -x "$sim_deb" "$unpacked"
desktop-file-validate "$unpacked/usr/share/applications/$app_id.desktop" || fail "the installed desktop entry does not validate"
appstreamcli validate --no-net "$unpacked/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null \
    || fail "the installed AppStream metadata does not validate: $(appstreamcli validate --no-net "$unpacked/usr/share/metainfo/$app_id.metainfo.xml")"
for program in infiniti-admin infiniti-ctl infiniti-sim; do
    readelf -S "$unpacked/usr/bin/$program" | grep -q '\.debug_info' && fail "/usr/bin/$program is not stripped"
done
gzip -t "$unpacked"/usr/share/man/man1/*.1.gz || fail "a man page is not a valid gzip file"
# A release bumps the project version, packaging/linux/changelog and the metainfo's releases.
changelog_version=$(zcat "$unpacked/usr/share/doc/infiniti-admin/changelog.gz" | sed -n '1s/^[^ ]* (\([^)]*\)).*/\1/p')
[ "$changelog_version" = "$version" ] || fail "packaging/linux/changelog's latest entry is $changelog_version, the project is $version"
grep -q "<release version=\"$version\"" "$unpacked/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "the metainfo has no <release version=\"$version\">"

# The packaged programs run: all three answer --version, and infiniti-ctl signs
# in to the packaged emulator and lists its users.
bin=$unpacked/usr/bin
admin_version=$(QT_QPA_PLATFORM=offscreen "$bin/infiniti-admin" --version 2>&1) || fail "infiniti-admin --version failed: $admin_version"
[[ $admin_version == *"$version"* ]] || fail "infiniti-admin --version says '$admin_version', not $version"
sim_version=$("$bin/infiniti-sim" --version 2>&1) || fail "infiniti-sim --version failed: $sim_version"
[[ $sim_version == *"$version"* ]] || fail "infiniti-sim --version says '$sim_version', not $version"
ctl_version=$("$bin/infiniti-ctl" --version 2>&1) || fail "infiniti-ctl --version failed: $ctl_version"
[[ $ctl_version == *"$version"* ]] || fail "infiniti-ctl --version says '$ctl_version', not $version"
"$bin/infiniti-sim" --port 0 --users 20 >"$unpacked/sim.out" 2>&1 &
sim_pid=$!
url=""
for _ in $(seq 100); do # its URL comes first, alone on its line, once it listens
    url=$(head -n 1 "$unpacked/sim.out")
    [[ $url == http://* ]] && break
    sleep 0.1
done
if [[ $url != http://* ]]; then
    fail "the packaged infiniti-sim did not start: $(cat "$unpacked/sim.out")"
else
    users=$(INFINITI_PASSWORD=admin "$bin/infiniti-ctl" --server "$url" --user admin users list --csv 2>&1) \
        || fail "the packaged infiniti-ctl could not list the emulator's users: $users"
    grep -q '^[^,]*,admin,' <<<"$users" || fail "infiniti-ctl users list has no admin row: $(head -3 <<<"$users")"
fi

echo "package-check: $admin_deb $(stat -c %s "$admin_deb") bytes, $sim_deb $(stat -c %s "$sim_deb") bytes;" \
     "cpack ${cpack_seconds} s, all checks $((SECONDS - started)) s"
if [ $failures -gt 0 ]; then
    echo "package-check: $failures check(s) failed" >&2
    exit 1
fi
echo "package-check: the packages are complete and their programs run"
