/* builtins.c - the table of builtin names (builtins.def) and its lookup. */
#include <stdbool.h>
#include <string.h>

#include "frontend/check.h"

const BuiltinDef chk_builtins[BI__COUNT] = {
#define BUILTIN(id, owner, name, prelude) { owner, name, prelude },
#include "frontend/builtins.def"
#undef BUILTIN
};

/* Every global name the checker resolves is looked up here (up to three
 * times: prelude-only, typing, global), so the table is indexed by a hash
 * of owner and name: an open-addressed table of ids + 1 (0: empty), at
 * most half full, filled on first use from the constant table above. */
enum { SLOTS = 1024 };
_Static_assert(2 * BI__COUNT < SLOTS, "builtins.def outgrew the lookup table");

static unsigned name_hash(const char *owner, const char *name)
{
    unsigned h = 2166136261u;                  /* FNV-1a over owner, '.', name */
    for (const char *p = owner; *p; p++)
        h = (h ^ (unsigned char)*p) * 16777619u;
    h = (h ^ '.') * 16777619u;
    for (const char *p = name; *p; p++)
        h = (h ^ (unsigned char)*p) * 16777619u;
    return h;
}

static const short *lookup_table(void)
{
    static short slots[SLOTS];
    static bool filled;
    if (!filled) {
        for (int i = 0; i < BI__COUNT; i++) {
            unsigned h = name_hash(chk_builtins[i].owner, chk_builtins[i].name) % SLOTS;
            while (slots[h])
                h = (h + 1) % SLOTS;
            slots[h] = (short)(i + 1);
        }
        filled = true;
    }
    return slots;
}

/* The BI_* id of owner.name, or -1 (the first row when two are the same). */
int chk_builtin_lookup(const char *owner, const char *name)
{
    const short *slots = lookup_table();
    int best = -1;
    for (unsigned h = name_hash(owner, name) % SLOTS; slots[h]; h = (h + 1) % SLOTS) {
        int i = slots[h] - 1;
        if (strcmp(chk_builtins[i].name, name) == 0 && strcmp(chk_builtins[i].owner, owner) == 0 &&
            (best < 0 || i < best))
            best = i;
    }
    return best;
}
