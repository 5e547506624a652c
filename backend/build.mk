# backend layer: the C emitter, the compiler driver, and the headers that
# emitted programs include (installed under $(LIBDIR)/include with the
# source tree's paths, so "backend/rtgen.h" and "runtime/stm.h" resolve).
BACKEND_SRCS := backend/emit_c.c backend/emit_types.c backend/emit_func.c backend/emit_graph.c \
                backend/emit_cwrap.c backend/cc.c

$(B)/obj/libbackend.a: $(call objs,obj,$(BACKEND_SRCS))
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

GEN_HEADERS := $(LIBDIR)/include/backend/rtgen.h $(LIBDIR)/include/runtime/stm.h \
               $(LIBDIR)/include/runtime/lib/rtlib.h

$(LIBDIR)/include/backend/%.h: backend/%.h
	@mkdir -p $(dir $@)
	cp $< $@
$(LIBDIR)/include/runtime/%.h: runtime/%.h
	@mkdir -p $(dir $@)
	cp $< $@

# Flags the runtime libraries were built with that every program linked
# with them needs as well (VARIANT=debug: the sanitizers); rtrans passes
# them to the C compiler (backend/cc.c).
$(LIBDIR)/cc-flags: Makefile
	@mkdir -p $(dir $@)
	echo "$(LDSAN)" > $@

all: $(GEN_HEADERS) $(LIBDIR)/cc-flags

# The libclang verifier of the emitted barriers (owner: the STM passes).
# Whatever calls cverify_file() links $(B)/obj/libcverify.a and $(CLANG_LIB).
CVERIFY_SRCS := backend/cverify.c backend/cverify_flow.c
$(call objs,obj,$(CVERIFY_SRCS)): CFLAGS_EXTRA = -I$(CLANG_INC)
$(B)/obj/libcverify.a: $(call objs,obj,$(CVERIFY_SRCS))
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

# Its check suite (tests/verify/test_verify.c): runs the rtrans binary.
$(B)/obj/tests/verify/test_verify.o: CFLAGS_EXTRA = -DTV_SRCDIR='"$(CURDIR)"' \
                                                    -DTV_BUILDDIR='"$(abspath $(B))"'
$(B)/tests/verify: $(B)/obj/tests/verify/test_verify.o $(B)/obj/libcverify.a | $(B)/bin/rtrans
	@mkdir -p $(dir $@)
	$(CC) $(OPTFLAGS) -o $@ $< $(B)/obj/libcverify.a $(CLANG_LIB) $(CHECK_LIBS) $(LDLIBS_BASE)

tests: $(B)/tests/verify
