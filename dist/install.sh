#!/usr/bin/env bash
# install.sh - install, uninstall, or package rtrans.  Run through make
# (`make install`, `make uninstall`, `make deb`) or ./build.sh, after a
# build: it copies what $B holds, it builds nothing.
#
#   dist/install.sh install | uninstall | deb
#
# Environment (the Makefile passes them):
#   B          the build folder (build, or build-debug)
#   PREFIX     where to install (default /usr/local)
#   DESTDIR    staging root prepended to every path (default none)
#   PYTHON     the python3 whose module path decides PYTHONDIR
#   PYTHONDIR  where the `rtrans` Python package goes (default: below)
#
# What goes where, under PREFIX:
#   bin/                   every file of $B/bin: rtrans, rtrans-stmlog,
#                          rtrans-verify, the example interpreters
#   lib/rtrans/            what rtrans compiles programs with (it finds it
#                          relative to bin/rtrans): the runtime and support
#                          archives, cc-flags, include/, prelude/builtins.py
#   include/rtrans/stm.h   the runtime's C interface, for C written by hand
#   lib/pkgconfig/         rtrans-stm.pc and rtrans-gil.pc
#   share/man/man1/        docs/man/*.1
#   share/doc/rtrans/      the README, the language and runtime manuals, and
#                          the C example (docs/stm_bank.c)
#   PYTHONDIR/rtrans/      the CPython stand-in of the `rtrans` module
#                          (runtime/prelude/rtrans, with py.typed)
#
# PYTHONDIR defaults to the folder of $PYTHON's module path that lies in
# PREFIX/lib (Debian's python3: /usr/local/lib/python3.11/dist-packages for
# /usr/local, /usr/lib/python3/dist-packages for /usr; a virtual
# environment's site-packages for its own folder), else to
# PREFIX/lib/python3/dist-packages with a note that python3 will not look
# there.
#
# Every file and folder that `install` creates is recorded in
# PREFIX/lib/rtrans/install-manifest (installing again adds to it);
# `uninstall` removes exactly those, folders only once empty, plus the
# __pycache__ folders that Python writes beside the package's modules.
set -euo pipefail
cd "$(dirname "$0")/.."

B=${B:-build}
PREFIX=${PREFIX:-/usr/local}
PREFIX=${PREFIX%/}
DESTDIR=${DESTDIR:-}
PYTHON=${PYTHON:-python3}
MANIFEST_REL=lib/rtrans/install-manifest

die() { echo "install.sh: $*" >&2; exit 1; }

# ------------------------------------------------------------- recording

declare -a RECORD=()

# Create a folder (PREFIX-relative path given absolute, without DESTDIR),
# recording every level that did not exist.
make_dir() {
  local dir=$1 missing=()
  while [ -n "$dir" ] && [ "$dir" != / ] && [ ! -d "$DESTDIR$dir" ]; do
    missing+=("$dir")
    dir=$(dirname "$dir")
  done
  local i
  for ((i = ${#missing[@]} - 1; i >= 0; i--)); do
    mkdir "$DESTDIR${missing[i]}"
    RECORD+=("d ${missing[i]}")
  done
}

# put MODE SOURCE DEST: copy one file (DEST is an absolute path).
put() {
  make_dir "$(dirname "$3")"
  install -m "$1" "$2" "$DESTDIR$3"
  RECORD+=("f $3")
}

# A file made from a template: write it to a temporary file, then put it.
put_text() {
  local tmp
  tmp=$(mktemp)
  cat > "$tmp"
  put "$1" "$tmp" "$2"
  rm -f "$tmp"
}

write_manifest() {
  local m=$DESTDIR$PREFIX/$MANIFEST_REL
  RECORD+=("f $PREFIX/$MANIFEST_REL")
  { [ -f "$m" ] && cat "$m"; printf '%s\n' "${RECORD[@]}"; } | sort -u > "$m.new"
  mv "$m.new" "$m"
  chmod 0644 "$m"
}

# ------------------------------------------------------------- the parts

version() {
  "$B/bin/rtrans" --version | awk '{ print $2 }'
}

python_dir() {
  if [ -n "${PYTHONDIR:-}" ]; then
    echo "$PYTHONDIR"
    return
  fi
  local found=""
  found=$("$PYTHON" - "$PREFIX" 2>/dev/null <<'EOF'
import os, sys
prefix = os.path.normpath(sys.argv[1])
for p in sys.path:
    if p and os.path.basename(p) in ("dist-packages", "site-packages"):
        rel = os.path.relpath(os.path.normpath(p), prefix)
        if rel.startswith("lib" + os.sep):
            print(p)
            break
EOF
  ) || found=""
  if [ -z "$found" ]; then
    found=$PREFIX/lib/python3/dist-packages
    echo "install.sh: note: $PYTHON does not look in $found;" \
         "run programs under CPython with PYTHONPATH=$found" >&2
  fi
  echo "$found"
}

pkg_config_file() {   # FLAVOUR ARCHIVE CFLAGS
  local libflags
  libflags=$(cat "$B/lib/rtrans/cc-flags")
  put_text 0644 "$PREFIX/lib/pkgconfig/rtrans-$1.pc" <<EOF
prefix=$PREFIX
includedir=\${prefix}/include
libdir=\${prefix}/lib/rtrans

Name: rtrans-$1
Description: rtrans runtime ($1 build): transactions, generational GC, shadow stack (rtrans/stm.h)
Version: $(version)
Cflags: -I\${includedir}$3
Libs: -L\${libdir} -l$2 -lpthread -lm${libflags:+ $libflags}
EOF
}

install_all() {
  [ -x "$B/bin/rtrans" ] || die "$B/bin/rtrans is missing: build first (./build.sh)"
  local f rel
  for f in "$B"/bin/*; do
    if [ -f "$f" ]; then put 0755 "$f" "$PREFIX/bin/$(basename "$f")"; fi
  done
  for f in "$B"/lib/rtrans/*.a "$B"/lib/rtrans/cc-flags; do
    put 0644 "$f" "$PREFIX/lib/rtrans/$(basename "$f")"
  done
  while IFS= read -r rel; do
    put 0644 "$B/lib/rtrans/include/$rel" "$PREFIX/lib/rtrans/include/$rel"
  done < <(cd "$B/lib/rtrans/include" && find . -type f -name '*.h' | sed 's|^\./||' | sort)
  put 0644 runtime/prelude/builtins.py "$PREFIX/lib/rtrans/prelude/builtins.py"
  put 0644 runtime/stm.h "$PREFIX/include/rtrans/stm.h"
  pkg_config_file stm rtstm " -DRTRANS_STM -mfsgsbase -fno-tree-loop-distribute-patterns"
  pkg_config_file gil rtgil ""
  for f in docs/man/*.1; do
    put 0644 "$f" "$PREFIX/share/man/man1/$(basename "$f")"
  done
  for f in README.md docs/language.md docs/runtime.md docs/stm_bank.c; do
    put 0644 "$f" "$PREFIX/share/doc/rtrans/$(basename "$f")"
  done
  local pydir
  pydir=$(python_dir)
  for f in runtime/prelude/rtrans/*.py runtime/prelude/rtrans/py.typed; do
    put 0644 "$f" "$pydir/rtrans/$(basename "$f")"
  done
  write_manifest
  echo "installed rtrans $(version) in $DESTDIR$PREFIX (the Python package in $DESTDIR$pydir)"
}

uninstall_all() {
  local m=$DESTDIR$PREFIX/$MANIFEST_REL kind path
  [ -f "$m" ] || die "nothing to uninstall: $m does not exist"
  local entries=()
  mapfile -t entries < "$m"      # the manifest lists itself: read it first
  # files first, then Python's caches beside the installed modules, then
  # the folders, deepest first
  for entry in "${entries[@]}"; do
    kind=${entry%% *} path=${entry#* }
    if [ "$kind" = f ]; then rm -f "$DESTDIR$path"; fi
    case "$path" in
      */rtrans/__init__.py) rm -rf "$DESTDIR$(dirname "$path")/__pycache__" ;;
    esac
  done
  for entry in "${entries[@]}"; do
    if [ "${entry%% *}" = d ]; then echo "${entry#* }"; fi
  done | awk '{ print length($0) " " $0 }' | sort -rn | cut -d' ' -f2- |
    while IFS= read -r path; do
      rmdir "$DESTDIR$path" 2>/dev/null || echo "install.sh: kept $DESTDIR$path (not empty)" >&2
    done
  echo "uninstalled rtrans from $DESTDIR$PREFIX"
}

# ------------------------------------------------------------ the package

# A .deb of the installation under /usr, staged in $B/deb/root; Depends
# lists what rtrans runs at translation time (gcc and the C library's
# headers, libclang and clang's own headers for C imports and --verify).
build_deb() {
  local stage=$B/deb/root ver arch deb
  rm -rf "$B/deb"
  mkdir -p "$stage"
  DESTDIR=$(cd "$stage" && pwd) PREFIX=/usr PYTHONDIR=/usr/lib/python3/dist-packages \
    "$PWD/dist/install.sh" install >/dev/null
  rm -f "$stage/usr/$MANIFEST_REL"      # dpkg keeps its own list
  gzip -9n "$stage"/usr/share/man/man1/*.1
  ver=$(version)
  arch=$(dpkg --print-architecture)
  mkdir -p "$stage/DEBIAN"
  sed -e "s/@VERSION@/$ver/" -e "s/@ARCH@/$arch/" \
      -e "s/@SIZE@/$(du -sk "$stage/usr" | cut -f1)/" dist/control.in > "$stage/DEBIAN/control"
  deb=$B/rtrans_${ver}_${arch}.deb
  dpkg-deb --root-owner-group -Zxz -z${DEB_XZ_LEVEL:-6} --build "$stage" "$deb" >/dev/null
  echo "$deb"
}

case "${1:-}" in
  install)   install_all ;;
  uninstall) uninstall_all ;;
  deb)       build_deb ;;
  *) echo "usage: dist/install.sh install|uninstall|deb" >&2; exit 64 ;;
esac
