# driver layer: the rtrans command.
DRIVER_SRCS := driver/main.c driver/pipeline.c

$(B)/bin/rtrans: $(call objs,obj,$(DRIVER_SRCS)) $(B)/obj/libpasses.a $(B)/obj/libbackend.a \
                 $(B)/obj/libcverify.a $(B)/obj/libfrontend.a
	@mkdir -p $(dir $@)
	$(CC) $(OPTFLAGS) -o $@ $(call objs,obj,$(DRIVER_SRCS)) $(B)/obj/libpasses.a \
	    $(B)/obj/libbackend.a $(B)/obj/libcverify.a $(B)/obj/libfrontend.a $(CLANG_LIB) \
	    $(LDLIBS_BASE)

all: $(B)/bin/rtrans

# The command line itself (tests/cli).
$(B)/tests/cli: tests/cli/test_cli.c $(B)/bin/rtrans
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) -DCLI_RTRANS='"$(abspath $(B))/bin/rtrans"' $< -o $@ \
	    $(CHECK_LIBS) $(LDLIBS_BASE)

tests: $(B)/tests/cli
