/* harness.c - the stand-in program for the support library's tests. */
#include "tests/lib/harness.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

enum { TH_TID_EXC = RT_TID_PROGRAM_FIRST, TH_TID_LIST, TH_TID_ARRAY };

typedef struct th_exc {
    stm_hdr hdr;
    int64_t kind;
    stm_ref msg;
    int64_t code;
} th_exc;

typedef struct th_list {
    stm_hdr hdr;
    int64_t len;
    stm_ref items;
} th_list;

typedef struct th_array {
    stm_hdr hdr;
    int64_t length;
    stm_ref items[];
} th_array;

#define EXC(o) ((th_exc RT_GC *)(o))
#define LIST(o) ((th_list RT_GC *)(o))
#define ARR(o) ((th_array RT_GC *)(o))

const stm_type th_types[] = {
    { .name = "TestExc", .fixed_size = sizeof(th_exc), .nrefs = 1,
      .ref_offsets = (const uint32_t[]){ offsetof(th_exc, msg) } },
    { .name = "TestList", .fixed_size = sizeof(th_list), .nrefs = 1,
      .ref_offsets = (const uint32_t[]){ offsetof(th_list, items) } },
    { .name = "TestArray", .fixed_size = sizeof(th_array), .item_size = 8,
      .length_offset = offsetof(th_array, length), .items_offset = offsetof(th_array, items),
      .item_nrefs = 1, .item_ref_offsets = (const uint32_t[]){ 0 } },
};
const uint32_t th_ntypes = sizeof th_types / sizeof th_types[0];

static stm_ref make_exc(int kind, stm_ref msg)
{
    stm_ref *f = stm_push_frame(1);
    f[0] = msg;
    stm_ref e = stm_allocate(sizeof(th_exc), TH_TID_EXC);
    EXC(e)->kind = kind;
    EXC(e)->msg = f[0];
    stm_pop_frame(f);
    return e;
}

static stm_ref exc_name(stm_ref exc)
{
    return rt_str_from_cstr(rt_exc_kind_name((int)EXC(exc)->kind));
}

static stm_ref exc_message(stm_ref exc)
{
    return EXC(exc)->msg ? EXC(exc)->msg : rt_str_empty();
}

static int is_exit(stm_ref exc, int64_t *code)
{
    if (EXC(exc)->kind != RT_EXC_SYSTEM_EXIT)
        return 0;
    *code = EXC(exc)->code;
    return 1;
}

static int is_interrupt(stm_ref exc)
{
    return EXC(exc)->kind == RT_EXC_KEYBOARD_INTERRUPT;
}

static stm_ref list_new(void)
{
    stm_ref *f = stm_push_frame(1);
    f[0] = stm_allocate(sizeof(th_list), TH_TID_LIST);
    stm_ref a = stm_allocate_var(TH_TID_ARRAY, 4);
    stm_gc_wb(f[0]);
    LIST(f[0])->items = a;
    stm_ref r = f[0];
    stm_pop_frame(f);
    return r;
}

static void list_append(stm_ref list, stm_ref item)
{
    stm_ref *f = stm_push_frame(2);
    f[0] = list;
    f[1] = item;
    stm_read(f[0]);
    int64_t n = LIST(f[0])->len;
    if (n == ARR(LIST(f[0])->items)->length) {
        stm_ref a = stm_allocate_var(TH_TID_ARRAY, 2 * n);
        stm_ref old = LIST(f[0])->items;
        for (int64_t i = 0; i < n; i++)
            ARR(a)->items[i] = ARR(old)->items[i];
        stm_gc_wb(f[0]);
        stm_write(f[0]);
        LIST(f[0])->items = a;
    }
    stm_ref items = LIST(f[0])->items;
    stm_gc_wb(items);
    stm_write(items);
    ARR(items)->items[n] = f[1];
    stm_write(f[0]);
    LIST(f[0])->len = n + 1;
    stm_pop_frame(f);
}

const rt_program th_program = {
    th_types, sizeof th_types / sizeof th_types[0], NULL,
    make_exc, exc_name, exc_message, is_exit, is_interrupt, list_new, list_append,
};

int th_exc_kind(stm_ref exc) { return (int)EXC(exc)->kind; }
stm_ref th_exc_msg(stm_ref exc) { return EXC(exc)->msg; }
int64_t th_list_len(stm_ref list) { stm_read(list); return LIST(list)->len; }

stm_ref th_list_get(stm_ref list, int64_t i)
{
    stm_read(list);
    stm_ref items = LIST(list)->items;
    stm_read(items);
    return ARR(items)->items[i];
}

void th_setup(int argc, char **argv)
{
    uint32_t n = RT_TID_LIB_END + th_ntypes;
    stm_type *types = malloc(n * sizeof *types);
    memcpy(types, rt_lib_types, sizeof rt_lib_types);
    memcpy(types + RT_TID_LIB_END, th_types, th_ntypes * sizeof *types);
    stm_setup(types, n, NULL);
    TH_TX_BEGIN(1);
    rt_lib_init(&th_program, argc, argv);
    TH_TX_END();
}

void th_teardown(void)
{
    rt_lib_fini();
    stm_teardown();
}

stm_ref th_str(const char *utf8)
{
    return rt_str_from_utf8(utf8, strlen(utf8));
}

char *th_utf8(stm_ref s)
{
    return rt_str_to_utf8(s, NULL);
}

void th_assert_str(stm_ref s, const char *expected, const char *what)
{
    ck_assert_msg(s != 0, "%s: no result (exception pending: %d)", what, stm_tl.exc != 0);
    char *got = th_utf8(s);
    ck_assert_msg(strcmp(got, expected) == 0, "%s: got '%s', expected '%s'", what, got, expected);
    free(got);
}

char *th_take_exc(void)
{
    stm_ref e = stm_tl.exc;
    if (!e)
        return NULL;
    stm_tl.exc = 0;
    char *msg = EXC(e)->msg ? th_utf8(EXC(e)->msg) : strdup("");
    char *out = NULL;
    if (asprintf(&out, "%s: %s", rt_exc_kind_name((int)EXC(e)->kind), msg) < 0)
        abort();
    free(msg);
    return out;
}

stm_ref th_system_exit(int64_t code)
{
    stm_ref e = make_exc(RT_EXC_SYSTEM_EXIT, 0);
    EXC(e)->code = code;
    return e;
}

stm_ref th_list_new(void) { return list_new(); }
void th_list_append(stm_ref list, stm_ref item) { list_append(list, item); }
