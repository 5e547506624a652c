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
#                          archives, cc-flags, include/, prelude/builtins.py and _bytes.py
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
# environment's site-packages for its own folder), else of the system's
# /usr/bin/python3's, else to PREFIX/lib/python3/dist-packages with a note
# that python3 will not look there.
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

# Create a folder (an absolute path, without DESTDIR), recording every
# level that did not exist.
make_dir() {
  local dir=$1 missing=() i
  while [ -n "$dir" ] && [ ! -d "$DESTDIR$dir" ]; do
    missing+=("$dir")
    dir=${dir%/*}
  done
  for ((i = ${#missing[@]} - 1; i >= 0; i--)); do
    mkdir "$DESTDIR${missing[i]}"
    RECORD+=("d ${missing[i]}")
  done
}

# put MODE SOURCE DEST: copy a file to DEST (an absolute path with the
# source's name).  Copies are queued and made by flush_puts, one install(1)
# per folder: forks are what an installation spends its time on.
declare -a Q_MODE=() Q_SRC=() Q_DEST=()
put() {
  [ "${2##*/}" = "${3##*/}" ] || die "put: $2 and $3 differ in name"
  Q_MODE+=("$1") Q_SRC+=("$2") Q_DEST+=("$3")
  RECORD+=("f $3")
}

flush_puts() {
  local i=0 j n=${#Q_SRC[@]} dir
  while [ "$i" -lt "$n" ]; do
    dir=${Q_DEST[i]%/*}
    j=$i
    while [ "$j" -lt "$n" ] && [ "${Q_DEST[j]%/*}" = "$dir" ] && [ "${Q_MODE[j]}" = "${Q_MODE[i]}" ]; do
      j=$((j + 1))
    done
    make_dir "$dir"
    install -m "${Q_MODE[i]}" "${Q_SRC[@]:i:j-i}" "$DESTDIR$dir/"
    i=$j
  done
  Q_MODE=() Q_SRC=() Q_DEST=()
}

# put_text MODE DEST: write standard input to DEST.
put_text() {
  make_dir "${2%/*}"
  cat > "$DESTDIR$2"
  chmod "$1" "$DESTDIR$2"
  RECORD+=("f $2")
}

write_manifest() {
  local m=$DESTDIR$PREFIX/$MANIFEST_REL
  RECORD+=("f $PREFIX/$MANIFEST_REL")
  { [ -f "$m" ] && cat "$m"; printf '%s\n' "${RECORD[@]}"; } | sort -u > "$m.new"
  mv "$m.new" "$m"
  chmod 0644 "$m"
}

# ------------------------------------------------------------- the parts

VERSION=
read_version() {
  [ -x "$B/bin/rtrans" ] || die "$B/bin/rtrans is missing: build first (./build.sh)"
  VERSION=$("$B/bin/rtrans" --version | awk '{ print $2 }')
}

# The first folder of python's module path that lies in PREFIX/lib.
python_dir_of() {
  "$1" - "$PREFIX" 2>/dev/null <<'EOF'
import os, sys
prefix = os.path.normpath(sys.argv[1])
for p in sys.path:
    if p and os.path.basename(p) in ("dist-packages", "site-packages"):
        rel = os.path.relpath(os.path.normpath(p), prefix)
        if rel.startswith("lib" + os.sep):
            print(p)
            break
EOF
}

python_dir() {
  if [ -n "${PYTHONDIR:-}" ]; then
    echo "$PYTHONDIR"
    return
  fi
  local found="" python
  # $PYTHON first, then the system's python3 (a python3 of the user's own
  # may come first on the PATH)
  for python in "$PYTHON" /usr/bin/python3; do
    [ -n "$found" ] || found=$(python_dir_of "$python") || found=""
  done
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
Version: $VERSION
Cflags: -I\${includedir}$3
Libs: -L\${libdir} -l$2 -lpthread -lm${libflags:+ $libflags}
EOF
}

install_all() {
  read_version
  if [ -n "$DESTDIR" ]; then mkdir -p "$DESTDIR"; fi     # the stage is not ours to record
  local f rel
  for f in "$B"/bin/*; do
    if [ -f "$f" ]; then put 0755 "$f" "$PREFIX/bin/${f##*/}"; fi
  done
  for f in "$B"/lib/rtrans/*.a "$B"/lib/rtrans/cc-flags; do
    put 0644 "$f" "$PREFIX/lib/rtrans/${f##*/}"
  done
  while IFS= read -r rel; do
    put 0644 "$B/lib/rtrans/include/$rel" "$PREFIX/lib/rtrans/include/$rel"
  done < <(cd "$B/lib/rtrans/include" && find . -type f -name '*.h' | sed 's|^\./||' | sort)
  put 0644 runtime/prelude/builtins.py "$PREFIX/lib/rtrans/prelude/builtins.py"
  put 0644 runtime/prelude/_bytes.py "$PREFIX/lib/rtrans/prelude/_bytes.py"
  put 0644 runtime/stm.h "$PREFIX/include/rtrans/stm.h"
  pkg_config_file stm rtstm " -DRTRANS_STM -mfsgsbase -fno-tree-loop-distribute-patterns"
  pkg_config_file gil rtgil ""
  for f in docs/man/*.1; do
    put 0644 "$f" "$PREFIX/share/man/man1/${f##*/}"
  done
  for f in README.md docs/language.md docs/runtime.md docs/stm_bank.c; do
    put 0644 "$f" "$PREFIX/share/doc/rtrans/${f##*/}"
  done
  local pydir
  pydir=$(python_dir)
  for f in runtime/prelude/rtrans/*.py runtime/prelude/rtrans/py.typed; do
    put 0644 "$f" "$pydir/rtrans/${f##*/}"
  done
  flush_puts
  write_manifest
  echo "installed rtrans $VERSION in $DESTDIR$PREFIX (the Python package in $DESTDIR$pydir)"
}

uninstall_all() {
  local m=$DESTDIR$PREFIX/$MANIFEST_REL entry path files=() dirs=()
  [ -f "$m" ] || die "nothing to uninstall: $m does not exist"
  while IFS= read -r entry; do
    path=$DESTDIR${entry#* }
    case "$entry" in
      "f "*/rtrans/__init__.py) files+=("$path" "${path%/*}/__pycache__") ;;
      "f "*) files+=("$path") ;;
      "d "*) dirs+=("$path") ;;
    esac
  done < "$m"
  # the files (and Python's caches beside the package's modules), then the
  # folders, deepest first, each only if nothing else was put in it
  rm -rf "${files[@]}"
  printf '%s\n' "${dirs[@]}" | awk '{ print length($0) " " $0 }' | sort -rn | cut -d' ' -f2- |
    while IFS= read -r path; do
      rmdir "$path" 2>/dev/null || echo "install.sh: kept $path (not empty)" >&2
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
  read_version
  ver=$VERSION
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
