/* The verifier's rules on hand-written C shaped like rtrans's output.
 * Every line the verifier must report carries a comment "expect: WORDS"
 * (words of the message); no other line may be reported. */
#include <stddef.h>
#include "backend/rtgen.h"

struct s1_Node {   /* Node */
    stm_hdr hdr;
    int64_t f0_value;
    stm_ref f1_next;
    stm_ref f2_name;   /* immutable */
};
struct s2_Big {   /* Big[Node] */
    stm_hdr hdr;
    int64_t length;
    stm_ref items[];
};
struct s3_Tuple {   /* Array[int] */
    stm_hdr hdr;
    int64_t length;
    int64_t items[];   /* immutable */
};
struct s4_Code {   /* Code */
    stm_hdr hdr;
    stm_ref f0_words;   /* frozen */
    stm_ref f1_other;
};
struct s5_Ints {   /* list[int] */
    stm_hdr hdr;
    stm_ref f0__items;
    int64_t f1__len;
};
struct s6_Words {   /* Array[int] */
    stm_hdr hdr;
    int64_t length;
    int64_t items[];
};

/* rtrans-extern ext_quiet: tx_safe pure */
/* rtrans-extern ext_alloc: alloc tx_safe */
/* rtrans-extern ext_block: break alloc */
/* rtrans-extern ext_print: raises alloc */
int64_t ext_quiet(stm_ref o);
stm_ref ext_alloc(void);
void ext_block(void);
void ext_print(stm_ref o);

static int64_t reads(stm_ref v0, stm_ref v1)
{
    int64_t v2 = 0;
    stm_ref v3 = 0;
    stm_read(v0);
    v2 = ((struct s1_Node RT_GC *)v0)->f0_value;
    v2 = ((struct s1_Node RT_GC *)v1)->f0_value;            /* expect: read of without stm_read(v1) */
    v3 = ((struct s1_Node RT_GC *)v1)->f2_name;             /* immutable: no barrier */
    v3 = v0;
    v2 = ((struct s1_Node RT_GC *)v3)->f0_value;            /* copies keep their facts */
    ext_quiet(v0);
    v2 = ((struct s1_Node RT_GC *)v0)->f0_value;            /* ext_quiet does not break */
    ext_block();
    v2 = ((struct s1_Node RT_GC *)v0)->f0_value;            /* expect: read of without stm_read(v0) */
    return v2 + (int64_t)v0->tid;                           /* the header is immutable */
}

static int64_t joins(stm_ref v0, uint8_t v1)
{
    int64_t v2 = 0;
    if (v1) goto b1; else goto b2;
b1: ;
    stm_read(v0);
    goto b3;
b2: ;
    goto b3;
b3: ;
    v2 = ((struct s1_Node RT_GC *)v0)->f0_value;            /* expect: read of without stm_read(v0) */
    if (v1 && (stm_read(v0), 1))
        v2 = 1;
    v2 = ((struct s1_Node RT_GC *)v0)->f0_value;            /* expect: read of without stm_read(v0) */
    return v2;
}

static void writes(stm_ref v0, stm_ref v1, int64_t v2)
{
    stm_ref v3 = 0;
    v3 = stm_allocate(RTG_SIZE(sizeof(struct s1_Node)), RTG_TID_BASE);
    ((struct s1_Node RT_GC *)v3)->f1_next = v0;             /* fresh, no collection since */
    ((struct s1_Node RT_GC *)v0)->f0_value = v2;            /* expect: write of without stm_write(v0) */
    stm_write(v0);
    ((struct s1_Node RT_GC *)v0)->f0_value = v2;
    v1 = ext_alloc();
    ((struct s1_Node RT_GC *)v0)->f0_value = v2;            /* non-reference: owned is enough */
    ((struct s1_Node RT_GC *)v3)->f1_next = v1;             /* expect: reference store after a possible collection */
    ((struct s1_Node RT_GC *)v0)->f1_next = v1;             /* expect: reference store after a possible collection */
}

static void items(stm_ref v0, stm_ref v1, int64_t v2, int64_t v3, stm_ref v4)
{
    int64_t v5 = 0;
    stm_write_card(v0, v2);
    ((struct s2_Big RT_GC *)v0)->items[v2] = v4;
    ((struct s2_Big RT_GC *)v0)->items[v3] = v4;            /* expect: write of without stm_write(v0) */
    v5 = ((struct s3_Tuple RT_GC *)v1)->items[v2];          /* immutable items */
    v4 = ((struct s2_Big RT_GC *)v0)->items[v2];            /* expect: read of without stm_read(v0) */
    (void)v5;
}

/* A card read covers the read of its one item, across a collection but
 * not a break; not a write, another item, or an item after the index
 * changed. */
static stm_ref card_reads(stm_ref v0, int64_t v2, int64_t v3, stm_ref v4)
{
    stm_read_card(v0, v2);
    v4 = ((struct s2_Big RT_GC *)v0)->items[v2];
    v4 = ((struct s2_Big RT_GC *)v0)->items[v3];            /* expect: read of without stm_read(v0) */
    ((struct s2_Big RT_GC *)v0)->items[v2] = v4;            /* expect: write of without stm_write(v0) */
    v4 = ext_alloc();
    v4 = ((struct s2_Big RT_GC *)v0)->items[v2];            /* a collection keeps it */
    v2 = v3;
    v4 = ((struct s2_Big RT_GC *)v0)->items[v2];            /* expect: read of without stm_read(v0) */
    stm_read_card(v0, v3);
    ext_block();
    v4 = ((struct s2_Big RT_GC *)v0)->items[v3];            /* expect: read of without stm_read(v0) */
    return v4;
}

static void copies(stm_ref v0, stm_ref v1, int64_t v2)
{
    if (v2 > 0) memmove(&((struct s3_Tuple *)stm_addr(v1))->items[v2], &((struct s3_Tuple *)stm_addr(v0))->items[v2], (size_t)v2 * sizeof ((struct s3_Tuple *)0)->items[0]);   /* expect: write of without stm_write(v1) */
    stm_write(v1);
    if (v2 > 0) memmove(&((struct s2_Big *)stm_addr(v1))->items[v2], &((struct s2_Big *)stm_addr(v0))->items[v2], (size_t)v2 * sizeof ((struct s2_Big *)0)->items[0]);   /* expect: read of without stm_read(v0) */
}

/* ARRAYFILL's loop: its stores need the write barrier before the loop
 * (none on a fresh array). */
static void fills(stm_ref v0, int64_t v1, stm_ref v2)
{
    { __typeof__(((struct s2_Big *)0)->items[0]) fill_v = v2;
      int64_t fill_i = 0, fill_end = 0 + v1;
      while (fill_i < fill_end) ((struct s2_Big RT_GC *)v0)->items[fill_i++] = fill_v; }   /* expect: write of without stm_write(v0) */
    stm_write(v0);
    { __typeof__(((struct s2_Big *)0)->items[0]) fill_v = v2;
      int64_t fill_i = 0, fill_end = 0 + v1;
      while (fill_i < fill_end) ((struct s2_Big RT_GC *)v0)->items[fill_i++] = fill_v; }
    stm_ref v3 = rtg_new_array(1, v1, sizeof(stm_ref));
    { __typeof__(((struct s2_Big *)0)->items[0]) fill_v = v2;
      int64_t fill_i = 0, fill_end = 0 + v1;
      while (fill_i < fill_end) ((struct s2_Big RT_GC *)v3)->items[fill_i++] = fill_v; }
}

/* The switch the emitter writes for an if/elif chain: each case is an
 * edge, so is the default. */
static int64_t switches(stm_ref v0, int64_t v1)
{
    int64_t v2 = 0;
    switch (v1) {
    case 0LL: goto b1;
    case 1LL: goto b2;
    default: goto b3;
    }
b1: ;
    stm_read(v0);
    goto b4;
b2: ;
    stm_read(v0);
    v2 = ((struct s1_Node RT_GC *)v0)->f0_value;            /* read on this path */
    goto b4;
b3: ;
    v2 = ((struct s1_Node RT_GC *)v0)->f0_value;            /* expect: read of without stm_read(v0) */
    goto b4;
b4: ;
    v2 = ((struct s1_Node RT_GC *)v0)->f0_value;            /* expect: read of without stm_read(v0) */
    return v2;
}

/* The slow path of a raising operation allocates only the exception it
 * raises: its collection counts on the edge where stm_tl.exc is set, when
 * only reloads (copies) stand between the call and that test. */
static int64_t raising(stm_ref v0, stm_ref v1, int64_t v2)
{
    int64_t v3 = 0;
    stm_ref *ss = stm_tl.ss_top;
    stm_write(v0);
    ((struct s1_Node RT_GC *)v0)->f1_next = v1;
    if (STM_UNLIKELY(__builtin_add_overflow(v2, v2, &v3))) {
        ss[0] = v1;
        rtg_overflow();
        v1 = ss[0];
        if (stm_tl.exc != 0) { goto L_unwind; }
    }
    ((struct s1_Node RT_GC *)v0)->f1_next = v1;             /* nothing raised: no collection */
    {
        v3 = rt_int_pow(v2, v3);
        if (STM_UNLIKELY(stm_tl.exc != 0)) goto L_unwind;
    }
    ((struct s1_Node RT_GC *)v0)->f1_next = v1;             /* the same for a computing slow path */
    rtg_overflow();
    ((struct s1_Node RT_GC *)v0)->f1_next = v1;             /* expect: reference store after a possible collection */
    stm_write(v0);
    v1 = ext_alloc();
    if (stm_tl.exc != 0) goto L_unwind;
    ((struct s1_Node RT_GC *)v0)->f1_next = v1;             /* expect: reference store after a possible collection */
    stm_write(v0);
    v3 = rt_int_pow(v2, v3);
    ((struct s1_Node RT_GC *)v0)->f0_value = v3;
    if (stm_tl.exc != 0) goto L_unwind;
    ((struct s1_Node RT_GC *)v0)->f1_next = v1;             /* expect: reference store after a possible collection */
    stm_write(v0);
    v3 = rt_int_pow(v2, v3);
    if (stm_tl.exc == 0) goto b1;
    return v3;
b1: ;
    ((struct s1_Node RT_GC *)v0)->f1_next = v1;             /* expect: reference store after a possible collection */
    return v3;
L_unwind: ;
    ((struct s1_Node RT_GC *)v0)->f1_next = v1;             /* expect: reference store after a possible collection */
    return 0;
}

static int64_t loop(stm_ref v0, int64_t v1)
{
    int64_t v2 = 0;
    stm_read(v0);
    goto b1;
b1: ;
    if (v2 < v1) goto b2; else goto b3;
b2: ;
    v2 = v2 + ((struct s1_Node RT_GC *)v0)->f0_value;       /* the barrier before the loop covers it */
    stm_safepoint_poll();
    goto b1;
b3: ;
    if (stm_should_break_transaction()) {
        stm_commit_transaction();
        stm_start_transaction(stm_tl.ss_top);
    }
    return ((struct s1_Node RT_GC *)v0)->f0_value;          /* expect: read of without stm_read(v0) */
}

/* C that cannot be undone (neither tx_safe nor break: I/O) needs the
 * transaction to have become inevitable on every path since it may last
 * have broken. */
static void inevitable(stm_ref v0, uint8_t v1)
{
    ext_print(v0);                                          /* expect: call of 'ext_print', which cannot be undone */
    stm_become_inevitable("ext_print");
    ext_print(v0);
    ext_alloc();
    ext_print(v0);                                          /* allocating does not break */
    ext_block();
    ext_print(v0);                                          /* expect: call of 'ext_print', which cannot be undone */
    if (v1)
        stm_become_inevitable("ext_print");
    ext_print(v0);                                          /* expect: call of 'ext_print', which cannot be undone */
    if (v1 && (stm_become_inevitable("ext_print"), 1))
        v1 = 0;
    ext_print(v0);                                          /* expect: call of 'ext_print', which cannot be undone */
}

/* A call through a function value reaches only the adaptors (functions
 * passed to rtg_bind) whose C type fits its cast: the same argument
 * types, and the same result unless the call discards it. */
static stm_ref rtg_bind(void *code, stm_ref self)
{
    (void)code;
    return self;
}

static stm_ref fv_blocks(stm_ref clo, int64_t a1)
{
    (void)clo;
    (void)a1;
    ext_block();
    return 0;
}

static int64_t fv_quiet(stm_ref clo, int64_t a1)
{
    (void)clo;
    return a1;
}

static int64_t fnvals(stm_ref v0)
{
    int64_t v1 = 0;
    stm_ref v2 = rtg_bind((void *)fv_blocks, 0), v3 = rtg_bind((void *)fv_quiet, 0);
    stm_read(v0);
    v1 = ((int64_t (*)(stm_ref, int64_t))((rtg_fn RT_GC *)v3)->code)(v3, 1);
    v1 = ((struct s1_Node RT_GC *)v0)->f0_value;            /* only fv_quiet fits: nothing broke */
    ((void (*)(stm_ref, int64_t))((rtg_fn RT_GC *)v3)->code)(v3, 1);
    v1 = ((struct s1_Node RT_GC *)v0)->f0_value;            /* expect: read of without stm_read(v0) */
    stm_read(v0);
    v2 = ((stm_ref (*)(stm_ref, int64_t))((rtg_fn RT_GC *)v2)->code)(v2, 1);
    v1 = ((struct s1_Node RT_GC *)v0)->f0_value;            /* expect: read of without stm_read(v0) */
    return v1;
}

/* `while True` at -O2: the loop's exit is unreachable, and the block
 * after it in the file is entered only by a goto that read v1 first. */
static int64_t unreachable_exit(stm_ref v0, stm_ref v1, int64_t v2)
{
    int64_t v3 = 0;
b1: ;
    if (1LL) goto b2; else goto b3;
b2: ;
    stm_read(v1);
    v3 = ((struct s1_Node RT_GC *)v1)->f0_value;
    if (v3 == v2) goto b4; else goto b1;
b3: ;
    __builtin_unreachable();
b4: ;
    v3 = ((struct s1_Node RT_GC *)v1)->f0_value;            /* only b2 leads here */
    v3 = ((struct s1_Node RT_GC *)v0)->f0_value;            /* expect: read of without stm_read(v0) */
    return v3;
}

/* A frozen field's objects, and what is loaded through them, need no read
 * barrier, even after a break; nothing may write them. */
static int64_t frozen(stm_ref v0, stm_ref v1, uint8_t v2)
{
    stm_ref v3 = 0, v4 = 0, v6 = 0;
    stm_ref *ss = stm_tl.ss_top;
    int64_t v5 = 0;
    stm_read(v0);
    v3 = ((struct s4_Code RT_GC *)v0)->f0_words;
    ss[0] = v3;
    ext_block();
    v5 = ((struct s5_Ints RT_GC *)ss[0])->f1__len;          /* a break keeps F */
    v4 = ((struct s5_Ints RT_GC *)ss[0])->f0__items;
    v5 = ((struct s6_Words RT_GC *)v4)->items[v5];          /* loaded through a frozen object */
    stm_write(v4);
    ((struct s6_Words RT_GC *)v4)->items[0] = v5;           /* expect: write into an object of a frozen field */
    v6 = ((struct s4_Code RT_GC *)v0)->f1_other;            /* expect: read of without stm_read(v0) */
    v5 = ((struct s5_Ints RT_GC *)v6)->f1__len;             /* expect: read of without stm_read(v6) */
    if (v2) goto b1; else goto b2;
b1: ;
    v3 = v1;
b2: ;
    v5 = ((struct s5_Ints RT_GC *)v3)->f1__len;             /* expect: read of without stm_read(v3) */
    return v5;
}

int main(void)
{
    inevitable(0, 0);
    return (int)(reads(0, 0) + joins(0, 0) + fnvals(0) + switches(0, 0) + raising(0, 0, 0) + loop(0, 0) + unreachable_exit(0, 0, 0) + frozen(0, 0, 0)) + (writes(0, 0, 0), items(0, 0, 0, 0, 0), copies(0, 0, 0), card_reads(0, 0, 0, 0), fills(0, 0, 0), 0);
}
