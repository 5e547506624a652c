/* Does not compile: the verifier must refuse to judge it. */
#include "backend/rtgen.h"

static int64_t f(stm_ref v0)
{
    return ((struct s9_Missing RT_GC *)v0)->f0_value;
}
