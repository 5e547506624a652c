/* builtins.c - the table of builtin names (builtins.def) and its lookup. */
#include <string.h>

#include "frontend/check.h"

const BuiltinDef chk_builtins[BI__COUNT] = {
#define BUILTIN(id, owner, name, prelude) { owner, name, prelude },
#include "frontend/builtins.def"
#undef BUILTIN
};

/* The BI_* id of owner.name, or -1. */
int chk_builtin_lookup(const char *owner, const char *name)
{
    for (int i = 0; i < BI__COUNT; i++)
        if (strcmp(chk_builtins[i].owner, owner) == 0 &&
            strcmp(chk_builtins[i].name, name) == 0)
            return i;
    return -1;
}
