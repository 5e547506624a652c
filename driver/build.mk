# driver layer: the rtrans command, and rtrans-verify (the libclang check
# of emitted barriers as a command of its own).
DRIVER_SRCS := driver/main.c driver/pipeline.c driver/paths.c

$(B)/bin/rtrans: $(call objs,obj,$(DRIVER_SRCS)) $(B)/obj/libpasses.a $(B)/obj/libbackend.a \
                 $(B)/obj/libcverify.a $(B)/obj/libfrontend.a
	@mkdir -p $(dir $@)
	$(CC) $(OPTFLAGS) -o $@ $(call objs,obj,$(DRIVER_SRCS)) $(B)/obj/libpasses.a \
	    $(B)/obj/libbackend.a $(B)/obj/libcverify.a $(B)/obj/libfrontend.a $(CLANG_LIB) \
	    $(LDLIBS_BASE)

VERIFY_SRCS := driver/verify_main.c driver/paths.c

$(B)/bin/rtrans-verify: $(call objs,obj,$(VERIFY_SRCS)) $(B)/obj/libcverify.a
	@mkdir -p $(dir $@)
	$(CC) $(OPTFLAGS) -o $@ $(call objs,obj,$(VERIFY_SRCS)) $(B)/obj/libcverify.a \
	    $(CLANG_LIB) $(LDLIBS_BASE)

all: $(B)/bin/rtrans $(B)/bin/rtrans-verify

# The command lines themselves (tests/cli).
$(B)/tests/cli: tests/cli/test_cli.c $(B)/bin/rtrans $(B)/bin/rtrans-verify
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) -DCLI_RTRANS='"$(abspath $(B))/bin/rtrans"' \
	    -DCLI_BIN='"$(abspath $(B))/bin"' $< -o $@ $(CHECK_LIBS) $(LDLIBS_BASE)

tests: $(B)/tests/cli
