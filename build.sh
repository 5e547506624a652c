#!/usr/bin/env bash
# The one entry point.
#   ./build.sh          install what is missing, build everything, translate
#                       the Duhton interpreter with --stm and run a short demo
#   ./build.sh test     the same build, then every test (check suites and
#                       the translate -> compile -> run corpus)
#   ./build.sh bench    run the benchmarks in bench/ and print their ratios
#   ./build.sh debug    build the ASan/UBSan variant into build-debug/
#   ./build.sh fuzz     longer fuzzing than the test suite's bounded steps:
#                       the libFuzzer targets for FUZZ_SECONDS each (default
#                       300) and the seeded differential fuzzers on
#                       FUZZ_ROUNDS fresh seeds (default 5); reproducers
#                       belong in the corpus (tests/README.md)
#   ./build.sh install  build, then install into PREFIX (default /usr/local;
#                       DESTDIR stages; dist/install.sh says what goes where)
#   ./build.sh uninstall  remove what install put into PREFIX
#   ./build.sh deb      build build/rtrans_VERSION_ARCH.deb
#   ./build.sh clean    remove build outputs
set -euo pipefail
cd "$(dirname "$0")"

JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}

# Debian packages the build and the tests need, and a file each provides.
PACKAGES=(
  "gcc:/usr/bin/gcc"
  "make:/usr/bin/make"
  "lemon:/usr/bin/lemon"
  "check:/usr/lib/x86_64-linux-gnu/pkgconfig/check.pc"
  "pkg-config:/usr/bin/pkg-config"
  "libclang-14-dev:/usr/lib/llvm-14/include/clang-c/Index.h"
  "clang:/usr/bin/clang"
  "libclang-rt-14-dev:/usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a"
  "python3:/usr/bin/python3"
  "python3-clang-14:/usr/lib/python3/dist-packages/clang/cindex.py"
  "binutils:/usr/bin/addr2line"
)
TEST_PACKAGES=(
  "chromium:/usr/bin/chromium"
  "man-db:/usr/bin/man"
  "mypy:/usr/bin/mypy"
  "python3-venv:/usr/lib/python3.11/ensurepip/__init__.py"
)

install_missing() {
  local missing=() entry
  for entry in "$@"; do
    [ -e "${entry#*:}" ] || missing+=("${entry%%:*}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "build.sh: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
  install_missing "${PACKAGES[@]}"
  make -j"$JOBS" all
}

# Installing into a folder we cannot write goes through sudo (the build
# itself stays the user's).
as_installer() {
  local dir=${DESTDIR:-}${PREFIX:-/usr/local}
  while [ ! -e "$dir" ]; do dir=$(dirname "$dir"); done
  if [ -w "$dir" ] || [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

demo() {
  [ -x examples/duhton/demo.sh ] && examples/duhton/demo.sh
  return 0
}

case "${1:-all}" in
  all)   build; demo ;;
  test)  install_missing "${PACKAGES[@]}" "${TEST_PACKAGES[@]}"
         make -j"$JOBS" all tests
         exec tests/run-all.sh ;;
  bench) build; exec bench/run-all.sh "${@:2}" ;;
  fuzz)  install_missing "${PACKAGES[@]}"
         make -j"$JOBS" all tests
         exec tests/fuzz/run-long.sh ;;
  debug) install_missing "${PACKAGES[@]}"; make -j"$JOBS" VARIANT=debug all tests ;;
  install)   build; as_installer make install ;;
  uninstall) as_installer make uninstall ;;
  deb)   build; make deb ;;
  clean) make clean; make VARIANT=debug clean ;;
  *) echo "usage: ./build.sh [all|test|bench|fuzz|debug|install|uninstall|deb|clean]" >&2; exit 64 ;;
esac
