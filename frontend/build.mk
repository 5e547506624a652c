# frontend layer: sources and targets (see the top Makefile)
#
# $(B)/obj/libfrontend.a holds the whole frontend.  Two source lists feed
# it: FRONTEND_PARSE_SRCS (arena, diagnostics, AST, lexer, parser driver,
# plus the lemon parser generated from grammar.y) and FRONTEND_CHECK_SRCS
# (the type checker), which its owner appends to below.
FRONTEND_PARSE_SRCS = frontend/arena.c frontend/diag.c frontend/ast.c \
                      frontend/lexer.c frontend/parse.c
FRONTEND_CHECK_SRCS =

# ---- checker sources: append to FRONTEND_CHECK_SRCS here ----
FRONTEND_CHECK_SRCS += frontend/types.c frontend/builtins.c frontend/check_util.c \
                       frontend/modules.c frontend/check_decl.c frontend/check_clone.c \
                       frontend/check_stmt.c frontend/check_expr.c frontend/check_target.c \
                       frontend/check_call.c frontend/check_builtin.c frontend/check_class.c \
                       frontend/check_classattr.c \
                       frontend/check_format.c frontend/check_lru.c \
                       frontend/check_use.c frontend/check_infer.c frontend/check_webs.c frontend/check_effects.c frontend/check.c frontend/cimport.c
FRONTEND_CHECK_SRCS += frontend/check_special.c frontend/check_dataclass.c frontend/check_enum.c \
                       frontend/check_match.c frontend/check_union.c
# closures and generators (issue 8)
FRONTEND_CHECK_SRCS += frontend/check_scope.c frontend/check_closure.c frontend/check_gen.c
# assignment expressions (issue 8)
FRONTEND_CHECK_SRCS += frontend/check_walrus.c
# bytes and bytearray (issue 8)
FRONTEND_CHECK_SRCS += frontend/check_bytes.c
$(B)/obj/frontend/check.o: CFLAGS_EXTRA += -DRTRANS_SOURCE_DIR='"$(CURDIR)"'
# C imports read headers with libclang: whatever links libfrontend.a with
# the checker links $(CLANG_LIB) too.
$(B)/obj/frontend/cimport.o: CFLAGS_EXTRA += -I$(CLANG_INC)

# rtrans-check FILE: run the frontend alone (parse + check) on a program
$(B)/tools/rtrans-check: tests/frontend/rtrans_check.c $(B)/obj/libfrontend.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $< -o $@ $(B)/obj/libfrontend.a $(CLANG_LIB) $(LDLIBS_BASE)
all: $(B)/tools/rtrans-check

$(B)/tests/checker: tests/frontend/check_errors.c tests/frontend/check_unit.c \
                    tests/frontend/check_unit.h $(B)/obj/libfrontend.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) tests/frontend/check_errors.c tests/frontend/check_unit.c -o $@ \
	    $(B)/obj/libfrontend.a $(CLANG_LIB) $(CHECK_LIBS) $(LDLIBS_BASE)
tests: $(B)/tests/checker

# C imports (frontend/cimport.c) on real system headers, in-process.
$(B)/tests/cimport: tests/frontend/test_cimport.c $(B)/obj/libfrontend.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $< -o $@ $(B)/obj/libfrontend.a $(CLANG_LIB) $(CHECK_LIBS) $(LDLIBS_BASE)
tests: $(B)/tests/cimport

# libFuzzer target over the whole frontend with the checker (the parser's
# own target is below); the test suite runs it for a bounded time.
# (objects of clang with sanitizers: FUZZ_CFLAGS below)
FUZZ_PARSE_OBJS = $(call objs,obj-fuzz,$(FRONTEND_PARSE_SRCS) $(B)/gen/grammar.c)
FUZZ_CHECK_OBJS = $(call objs,obj-fuzz,tests/fuzz/fuzz_check.c $(FRONTEND_CHECK_SRCS))
$(FUZZ_CHECK_OBJS): FUZZ_EXTRA = -I$(CLANG_INC) -DRTRANS_SOURCE_DIR='"$(CURDIR)"'

$(B)/fuzz/fuzz-check: $(FUZZ_CHECK_OBJS) $(FUZZ_PARSE_OBJS)
	@mkdir -p $(dir $@)
	clang $(FUZZ_LDFLAGS) $^ -o $@ $(CLANG_LIB)

$(B)/tests/fuzz-check: tests/fuzz/test_fuzz.c $(B)/fuzz/fuzz-check
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) -DFUZZER_PATH='"$(abspath $(B))/fuzz/fuzz-check"' \
	    -DFUZZ_DIR='"$(CURDIR)/tests/fuzz/check"' $< -o $@ $(CHECK_LIBS) $(LDLIBS_BASE)
tests: $(B)/tests/fuzz-check

# ---- end of checker sources ----

FRONTEND_SRCS = $(FRONTEND_PARSE_SRCS) $(FRONTEND_CHECK_SRCS)
FRONTEND_OBJS = $(call objs,obj,$(FRONTEND_SRCS)) $(B)/obj/gen/grammar.o

$(B)/obj/libfrontend.a: $(FRONTEND_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

# lemon wants attached option values and an existing output directory, and
# fails on any conflict.  It leaves an unchanged grammar.h untouched, so
# both outputs are touched to keep make from rerunning it.
$(B)/gen/grammar.c $(B)/gen/grammar.h &: frontend/grammar.y
	@mkdir -p $(B)/gen
	lemon -d$(B)/gen -q -l $<
	@touch $(B)/gen/grammar.c $(B)/gen/grammar.h

# The generated parser is the one file compiled with warnings silenced:
# lemon's template has unused variables/parameters and unprototyped
# entry points.  NDEBUG drops its self-checks and tracing hooks (a quarter
# of the parse time); debug builds keep them.
GRAMMAR_NDEBUG = $(if $(filter debug,$(VARIANT)),,-DNDEBUG)
$(B)/obj/gen/grammar.o: $(B)/gen/grammar.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(GRAMMAR_NDEBUG) -Wno-unused-variable -Wno-unused-parameter \
	    -Wno-unused-but-set-variable -Wno-missing-prototypes -MMD -MP -c $< -o $@

# Any frontend source may include the generated token codes.
$(call objs,obj,$(FRONTEND_SRCS)): | $(B)/gen/grammar.h

all: $(B)/obj/libfrontend.a

# ---- tests of the parser half (tests/frontend, tests/fuzz) ----

# Check suites: lexer token streams, parser dumps against golden files,
# precedence, every error message, diagnostics formatting.
FRONTEND_TEST_SRCS = tests/frontend/test_main.c tests/frontend/test_lexer.c \
                     tests/frontend/test_parser.c tests/frontend/test_errors.c \
                     tests/frontend/test_diag.c
FRONTEND_TEST_OBJS = $(call objs,obj,$(FRONTEND_TEST_SRCS))
$(FRONTEND_TEST_OBJS): CFLAGS_EXTRA = -DFRONTEND_TEST_DIR='"$(CURDIR)/tests/frontend"'
$(FRONTEND_TEST_OBJS): | $(B)/gen/grammar.h

$(B)/tests/frontend: $(FRONTEND_TEST_OBJS) $(B)/obj/libfrontend.a
	@mkdir -p $(dir $@)
	$(CC) $(OPTFLAGS) $(FRONTEND_TEST_OBJS) -o $@ $(B)/obj/libfrontend.a \
	    $(CHECK_LIBS) $(LDLIBS_BASE)

# libFuzzer target over lexer and parser, built with clang and sanitizers
# from the sources (not from the gcc library).  To fuzz the checker too,
# use $(FRONTEND_SRCS) here and add a stage in tests/fuzz/fuzz_frontend.c.
# One object per source in $(B)/obj-fuzz (its .d files list the headers),
# so that make -j compiles them in parallel and both targets link the same
# parser objects: one clang command per target, as before, ran alone on one
# CPU and compiled the parser twice (the longest step of `make tests`).
FUZZ_FRONTEND_SRCS = $(FRONTEND_PARSE_SRCS)
FUZZ_CFLAGS = -std=c11 -D_GNU_SOURCE -g -O1 -fsanitize=fuzzer-no-link,address,undefined \
              -fno-sanitize-recover=undefined -I. -I$(B)/gen
FUZZ_LDFLAGS = -fsanitize=fuzzer,address,undefined

$(B)/obj-fuzz/%.o: %.c | $(B)/gen/grammar.h
	@mkdir -p $(dir $@)
	clang $(FUZZ_CFLAGS) $(FUZZ_EXTRA) -MMD -MP -c $< -o $@

$(B)/fuzz/fuzz-frontend: $(call objs,obj-fuzz,tests/fuzz/fuzz_frontend.c) $(FUZZ_PARSE_OBJS)
	@mkdir -p $(dir $@)
	clang $(FUZZ_LDFLAGS) $^ -o $@

# The bounded fuzz run of the test suite (FUZZ_SECONDS, default 15).
$(B)/tests/fuzz-frontend: tests/fuzz/test_fuzz.c $(B)/fuzz/fuzz-frontend
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) -DFUZZER_PATH='"$(abspath $(B))/fuzz/fuzz-frontend"' \
	    -DFUZZ_DIR='"$(CURDIR)/tests/fuzz"' $< -o $@ $(CHECK_LIBS) $(LDLIBS_BASE)

tests: $(B)/tests/frontend $(B)/tests/fuzz-frontend
