# dist: installing and packaging, through dist/install.sh (which says what
# goes where).  Everything in $(B)/bin is installed in PREFIX/bin, so an
# example interpreter is installed by building it there.
#
#   make install   [PREFIX=/usr/local] [DESTDIR=staging root] [PYTHON=python3]
#                  [PYTHONDIR=folder of the rtrans Python package]
#   make uninstall [PREFIX=...] [DESTDIR=...]   removes what install recorded
#   make deb       $(B)/rtrans_VERSION_ARCH.deb (installed under /usr)

PREFIX ?= /usr/local
DESTDIR ?=
PYTHON ?= python3
PYTHONDIR ?=
DIST_ENV = B='$(B)' PREFIX='$(PREFIX)' DESTDIR='$(DESTDIR)' PYTHON='$(PYTHON)' \
           PYTHONDIR='$(PYTHONDIR)'

install: all
	@$(DIST_ENV) dist/install.sh install

uninstall:
	@$(DIST_ENV) dist/install.sh uninstall

deb: all
	@B='$(B)' dist/install.sh deb

.PHONY: install uninstall deb

# The suite that installs into a temporary prefix and uses what it
# installed from elsewhere (tests/install/test_install.c).
$(B)/tests/install: tests/install/test_install.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) -DTI_SRCDIR='"$(CURDIR)"' -DTI_BUILDDIR='"$(abspath $(B))"' \
	    -DTI_VARIANT='"$(VARIANT)"' $< -o $@ $(CHECK_LIBS) $(LDLIBS_BASE)

tests: $(B)/tests/install
