# examples layer: sources and targets (see the top Makefile)
