# driver layer: the rtrans command.
DRIVER_SRCS := driver/main.c driver/pipeline.c

$(B)/bin/rtrans: $(call objs,obj,$(DRIVER_SRCS)) $(B)/obj/libpasses.a $(B)/obj/libbackend.a \
                 $(B)/obj/libfrontend.a
	@mkdir -p $(dir $@)
	$(CC) $(OPTFLAGS) -o $@ $(call objs,obj,$(DRIVER_SRCS)) $(B)/obj/libpasses.a \
	    $(B)/obj/libbackend.a $(B)/obj/libfrontend.a $(LDLIBS_BASE)

all: $(B)/bin/rtrans
