# support library (runtime/lib): sources and targets (see the top Makefile)
