# rtrans build.  Run through ./build.sh; `make help` lists the targets.
#
# Non-recursive: each layer lists its sources in its own build.mk, included
# below.  Outputs go to $(B) (default build/):
#   $(B)/bin/          rtrans, rtrans-stmlog, rtrans-verify, the example
#                      interpreters: exactly what `make install` puts in
#                      PREFIX/bin (see dist/build.mk)
#   $(B)/lib/rtrans/   librtgil.a, librtstm.a, include/  (what rtrans needs
#                      to compile a program; found relative to the rtrans
#                      binary; the prelude is read from the source tree)
#   $(B)/obj/          objects (GIL flavour), $(B)/obj-stm/ (STM flavour)
#   $(B)/gen/          generated sources (the lemon parser)
#   $(B)/tests/        test binaries
# VARIANT=debug builds into build-debug/ with -O0 and AddressSanitizer.

VARIANT ?= release
ifeq ($(VARIANT),debug)
B ?= build-debug
OPTFLAGS = -O0 -g3 -fsanitize=address,undefined -fno-omit-frame-pointer -DRTRANS_DEBUG
LDSAN = -fsanitize=address,undefined
else
B ?= build
OPTFLAGS = -O2 -g
LDSAN =
endif

CC ?= gcc
WARN = -Wall -Wextra -Wshadow -Wmissing-prototypes -Wstrict-prototypes -Werror
CFLAGS_BASE = -std=c11 -D_GNU_SOURCE $(OPTFLAGS) $(WARN) -I. -I$(B)/gen
LDLIBS_BASE = -lpthread -lm $(LDSAN)
CHECK_LIBS = $(shell pkg-config --libs check 2>/dev/null || echo -lcheck -lsubunit -lrt -lm)
CLANG_INC = /usr/lib/llvm-14/include
CLANG_LIB = -lclang-14

LIBDIR = $(B)/lib/rtrans

# $(call objs,dir,srcs): object paths for sources built into dir
objs = $(patsubst %.c,$(B)/$(1)/%.o,$(2))

all:
tests:
.PHONY: all tests test clean help

include runtime/build.mk
include runtime/lib/build.mk
include frontend/build.mk
include passes/build.mk
include backend/build.mk
include driver/build.mk
include tests/build.mk
include examples/build.mk
include bench/build.mk
include dist/build.mk

$(B)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(CFLAGS_EXTRA) -MMD -MP -c $< -o $@

# The STM flavour needs GNU C: __seg_gs is a GNU extension that -std=c11
# does not accept.
$(B)/obj-stm/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) -std=gnu11 $(CFLAGS_EXTRA) -DRTRANS_STM -mfsgsbase -MMD -MP -c $< -o $@

-include $(shell find $(B) -name '*.d' 2>/dev/null)

clean:
	rm -rf $(B)

help:
	@echo "targets: all tests test clean install uninstall deb   (VARIANT=debug for ASan)"
