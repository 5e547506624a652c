/* heap.c - the address space and the old-generation allocator.
 *
 * The old generation is a run of 4 KiB pages.  Page runs are handed out
 * first-fit from a sorted free list, else from the high-water mark.  Small
 * objects (<= STMI_SMALL_MAX) live in 32 KiB chunks of one size class, with
 * an allocation bitmap per chunk; each thread allocates from its own chunk
 * per class (G5) and takes the shared heap lock only to change chunks, preferring
 * a chunk last used in its own view (see partial below).
 * Larger objects get their own page run and an stmi_large record (which also
 * holds their card marks).  Nothing here reads object memory except the
 * zeroing of fresh slots, so the same allocator serves every segment. */
#include "runtime/stm_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

stmi_layout stmi_lay;
uint64_t *stmi_mark_bits;

static stmi_page *pages;           /* one per old-generation page */
static size_t npages_total;      /* pages in [old_start, old_end) */
static size_t high_water;        /* pages below it have been handed out */
static size_t touched_top;       /* the highest high water so far */
static size_t pages_used;
static size_t limit_pages;       /* base_limit_pages, + the reserve when lent */
static size_t base_limit_pages;
static size_t reserve_pages;     /* lent to raise MemoryError (see below) */
static bool reserve_lent;
static int (*memory_error_hook)(void);
static size_t soft_slack_pages;  /* a minor collection may overshoot by this */
static pthread_mutex_t heap_mutex = PTHREAD_MUTEX_INITIALIZER;

typedef struct run { size_t first, n; } run;
static run *free_runs;
static size_t nfree_runs, cap_free_runs;

/* Chunks with free slots that no cache owns, per view and size class
 * (partial[view * STMI_NCLASSES + class]).  In the STM build every
 * segment has its own copy of every page, and a view's copy is faulted
 * in the first time that view writes it: a chunk goes back to the list
 * of its home view (where its slots were last written) and is taken from
 * there first.  One shared list made threads that drop what they build
 * (par_trees) trade chunks, each faulting the other's pages into its own
 * view: 2 threads took 21.5k page faults to 1 thread's 7.9k. */
static stmi_chunk **partial;
static uint32_t class_size[STMI_NCLASSES];
static uint8_t small_class[STMI_SMALL_MAX / 16 + 1];

void stmi_heap_lock(void) { pthread_mutex_lock(&heap_mutex); }
void stmi_heap_unlock(void) { pthread_mutex_unlock(&heap_mutex); }

/* ---------------------------------------------------------------- layout */

static void init_classes(void)
{
    int c = 0;
    for (uint32_t s = 16; s <= 512; s += 16)
        class_size[c++] = s;
    static const uint32_t big[] = {640, 768, 896, 1024, 1280, 1536, 1792, 2048};
    for (size_t i = 0; i < sizeof big / sizeof big[0]; i++)
        class_size[c++] = big[i];
    STMI_ASSERT(c == STMI_NCLASSES);
    for (uint32_t g = 0, k = 0; g <= STMI_SMALL_MAX / 16; g++) {
        while (class_size[k] < g * 16)
            k++;
        small_class[g] = (uint8_t)k;
    }
}

/* slack: addresses beyond the limit and its MemoryError reserve, for the
 * overshoot of a minor collection and for fragmentation. */
static void compute_layout(size_t heap_limit, size_t nursery_size, int nsegs, size_t slack)
{
    const size_t big_align = (size_t)2 << 20;
    size_t old_bytes = stmi_align(heap_limit + heap_limit / 4 + slack, big_align);
    size_t nurseries = (size_t)nsegs * nursery_size;
    size_t objects = nurseries + old_bytes + 2 * big_align;
    /* read markers of [nursery_start, old_end) live at offset / 8 (two
       bytes per 16) and must end below nursery_start */
    stmi_lay.nursery_start = stmi_align(objects / 7 + STMI_PAGE, big_align);
    stmi_lay.nursery_size = nursery_size;
    stmi_lay.old_start = stmi_align(stmi_lay.nursery_start + nurseries, big_align);
    stmi_lay.old_end = stmi_lay.old_start + old_bytes;
    stmi_lay.seg_size = stmi_align(stmi_lay.old_end, big_align);
    stmi_lay.nsegs = nsegs;
    if (stmi_lay.old_end / 8 > stmi_lay.nursery_start)
        STMI_DIE("layout: read markers overlap the nurseries");
}

static size_t heap_views(void)
{
#ifdef RTRANS_STM
    return (size_t)stmi_lay.nsegs;
#else
    return 1;
#endif
}

/* Every address range stmi_heap_init maps for the current layout: the
 * views, the page table, the mark bitmap and (STM) the write locks. */
static size_t layout_bytes(void)
{
    size_t old_bytes = stmi_lay.old_end - stmi_lay.old_start;
    size_t r = heap_views() * stmi_lay.seg_size + old_bytes / STMI_PAGE * sizeof(stmi_page)
             + old_bytes / 16 / 8;
#ifdef RTRANS_STM
    r += old_bytes / 16;
#endif
    return r;
}

size_t stm_address_space_left(void)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_AS, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
        return SIZE_MAX;
    size_t used = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f) {
        unsigned long npages = 0;
        if (fscanf(f, "%lu", &npages) == 1)
            used = (size_t)npages * (size_t)sysconf(_SC_PAGESIZE);
        fclose(f);
    }
    return rl.rlim_cur > used ? (size_t)rl.rlim_cur - used : 0;
}

/* The largest heap limit up to `want` whose layout fits in `room` bytes,
 * with a slack just big enough for a minor collection's overshoot (binary
 * search: the layout grows with the limit); 0 if none of 4 MiB does. */
static size_t largest_fitting(size_t want, size_t nursery_size, int nsegs, size_t room)
{
    size_t slack = 2 * (size_t)nsegs * nursery_size + ((size_t)2 << 20);
    size_t lo = 0, hi = want;
    while (hi - lo > STMI_PAGE) {
        size_t mid = lo + (hi - lo) / 2;
        compute_layout(mid, nursery_size, nsegs, slack);
        if (layout_bytes() <= room)
            lo = mid;
        else
            hi = mid;
    }
    if (lo < ((size_t)4 << 20))
        return 0;
    compute_layout(lo, nursery_size, nsegs, slack);
    return lo;
}

/* Under an address-space limit (ulimit -v) the heap takes at most two
 * thirds of what is left, so that malloc, thread stacks and shadow stacks
 * keep the rest: the limit is lowered until the layout fits, and if even
 * 4 MiB does not, the nurseries shrink (every view of the STM build holds
 * every segment's nursery).  Returns the limit, *nursery_size updated. */
static size_t fit_address_space(size_t heap_limit, size_t *nursery_size, int nsegs)
{
    const size_t default_slack = (size_t)64 << 20;
    compute_layout(heap_limit, *nursery_size, nsegs, default_slack);
    size_t left = stm_address_space_left();
    if (left == SIZE_MAX || layout_bytes() <= left / 3 * 2)
        return heap_limit;
    for (size_t n = *nursery_size; n >= ((size_t)256 << 10); n /= 2) {
        size_t limit = largest_fitting(heap_limit, n, nsegs, left / 3 * 2);
        if (limit) {
            *nursery_size = n;
            return limit;
        }
    }
    stm_fatal(STMI_EXIT_LIMIT, "cannot fit a heap in the address space left (%zu"
              " bytes under the limit of ulimit -v) with %d segments: raise the"
              " limit or lower RTRANS_STM_SEGMENTS", left, nsegs);
}

static void reserve_segments(void)
{
    size_t nviews = stmi_lay.nsegs;
#ifndef RTRANS_STM
    nviews = 1;
#endif
    size_t total = nviews * stmi_lay.seg_size;
    stmi_lay.base = stmi_mmap(total, "the heap");
#ifdef RTRANS_STM
    /* stm.h: stm_read(0) must be harmless, so the marker page of offsets
       [0, 64 KiB) stays mapped; nothing else lives below nursery_start */
#else
    for (size_t i = 0; i < nviews; i++)
        mprotect(stmi_lay.base + i * stmi_lay.seg_size, STMI_PAGE, PROT_NONE);
#endif
#ifdef RTRANS_STM
    stmi_lay.ref_bias = 0;
#else
    stmi_lay.ref_bias = (uintptr_t)stmi_lay.base;
#endif
}

void stmi_heap_init(size_t heap_limit, size_t nursery_size, int nsegs)
{
    init_classes();
    heap_limit = fit_address_space(heap_limit, &nursery_size, nsegs);
    reserve_segments();
    npages_total = (stmi_lay.old_end - stmi_lay.old_start) / STMI_PAGE;
    pages = stmi_mmap(npages_total * sizeof *pages, "the page table");
    stmi_mark_bits = stmi_mmap((stmi_lay.old_end - stmi_lay.old_start) / 16 / 8,
                          "the mark bitmap");
    partial = stmi_xcalloc(heap_views() * STMI_NCLASSES, sizeof *partial);
    base_limit_pages = limit_pages = stmi_align(heap_limit, STMI_PAGE) / STMI_PAGE;
    reserve_pages = base_limit_pages / 8 > 256 ? base_limit_pages / 8 : 256;
    reserve_lent = false;
    soft_slack_pages = 2 * (size_t)nsegs * nursery_size / STMI_PAGE + 64;
}

/* ------------------------------------------------------- MemoryError */

/* When the live heap does not fit under the limit after a full
 * collection, or a request does not fit at all, the program may raise
 * MemoryError instead of ending: the hook (the support library's) arranges
 * for that in the calling thread and returns nonzero, and the heap lends
 * it a reserve of an eighth of the limit (the layout has room for it) to
 * build the exception and unwind.  The reserve is taken back by the first
 * sweep that leaves the heap under the limit again; running out while it
 * is lent, or without a hook, ends the program (stm_out_of_memory). */
void stm_set_memory_error_hook(int (*hook)(void))
{
    memory_error_hook = hook;
}

/* Pages to lend for a request of `want` pages: the reserve, or the request
 * and the reserve when it is bigger (a list doubling its items), as far
 * as the reserved range allows: its pages are mapped already, so lending
 * them costs no address space.  0: the request cannot be lent. */
static size_t pages_to_lend(size_t want)
{
    size_t lend = want > reserve_pages ? want + reserve_pages : reserve_pages;
    size_t room = npages_total > base_limit_pages ? npages_total - base_limit_pages : 0;
    if (lend > room)
        lend = room;
    return want <= lend ? lend : 0;
}

void stmi_heap_exceeded(size_t request)
{
    stmi_heap_lock();
    size_t lend = reserve_lent || !memory_error_hook ? 0
                : pages_to_lend(stmi_align(request, STMI_PAGE) / STMI_PAGE);
    if (lend && memory_error_hook()) {
        reserve_lent = true;
        limit_pages = base_limit_pages + lend;
    } else {
        lend = 0;
    }
    size_t used = pages_used * STMI_PAGE, limit = limit_pages * STMI_PAGE;
    stmi_heap_unlock();
    if (lend)
        return;
    if (request)
        stm_out_of_memory("heap limit exceeded: cannot allocate %zu bytes "
                          "(%zu bytes in use, limit %zu; set RTRANS_HEAP_LIMIT)",
                          request, used, limit);
    stm_out_of_memory("heap limit exceeded (%zu bytes live after a full"
                      " collection, limit %zu; set RTRANS_HEAP_LIMIT)", used, limit);
}

static void take_back_reserve(void)
{
    if (reserve_lent && pages_used <= base_limit_pages) {
        reserve_lent = false;
        limit_pages = base_limit_pages;
    }
}

size_t stmi_heap_used(void) { return pages_used * STMI_PAGE; }
size_t stmi_heap_high_water_bytes(void) { return high_water * STMI_PAGE; }
size_t stmi_heap_limit(void) { return limit_pages * STMI_PAGE; }

static char *page_addr(int seg, size_t page)
{
    return stmi_lay.base + (size_t)seg * stmi_lay.seg_size
         + stmi_lay.old_start + page * STMI_PAGE;
}

stmi_page *stmi_page_of(uintptr_t off)
{
    return &pages[(off - stmi_lay.old_start) / STMI_PAGE];
}

/* ------------------------------------------------------------- page runs */

/* Returns the first page of a run of n pages, or SIZE_MAX past the limit.
 * soft: a minor collection in progress, which must not fail. */
static size_t run_alloc(size_t n, bool soft)
{
    size_t limit = limit_pages + (soft ? soft_slack_pages : 0);
    if (pages_used + n > limit)
        return SIZE_MAX;
    for (size_t i = 0; i < nfree_runs; i++) {
        if (free_runs[i].n < n)
            continue;
        size_t first = free_runs[i].first;
        free_runs[i].first += n;
        free_runs[i].n -= n;
        if (free_runs[i].n == 0) {
            memmove(&free_runs[i], &free_runs[i + 1],
                    (nfree_runs - i - 1) * sizeof *free_runs);
            nfree_runs--;
        }
        pages_used += n;
        return first;
    }
    if (high_water + n > npages_total)
        return SIZE_MAX;
    size_t first = high_water;
    high_water += n;
    if (high_water > touched_top)
        touched_top = high_water;
    pages_used += n;
    return first;
}

static void run_release(size_t first, size_t n)
{
    for (size_t p = first; p < first + n; p++)
        pages[p] = (stmi_page){.kind = PAGE_FREE, .resident = 1};
    pages_used -= n;
}

static void push_free_run(size_t first, size_t n)
{
    if (nfree_runs == cap_free_runs) {
        cap_free_runs = cap_free_runs ? cap_free_runs * 2 : 64;
        free_runs = stmi_xrealloc(free_runs, cap_free_runs * sizeof *free_runs);
    }
    free_runs[nfree_runs++] = (run){first, n};
}

/* Rebuild the free-run list from the page table (after a sweep). */
static void rebuild_free_runs(void)
{
    nfree_runs = 0;
    size_t p = 0;
    while (p < high_water) {
        if (pages[p].kind != PAGE_FREE) {
            p++;
            continue;
        }
        size_t q = p;
        while (q < high_water && pages[q].kind == PAGE_FREE)
            q++;
        if (q == high_water)
            high_water = p;    /* a free tail lowers the high-water mark */
        else
            push_free_run(p, q - p);
        p = q;
    }
}

/* ---------------------------------------------------------------- chunks */

static int class_of(size_t size)
{
    return small_class[(size + 15) / 16];
}

static stmi_chunk *chunk_new(int cls, bool soft)
{
    size_t first = run_alloc(STMI_CHUNK / STMI_PAGE, soft);
    if (first == SIZE_MAX)
        return NULL;
    uint32_t slot = class_size[cls];
    uint32_t nslots = STMI_CHUNK / slot;
    size_t words = (nslots + 63) / 64;
    stmi_chunk *ch = stmi_xcalloc(1, sizeof *ch + words * sizeof(uint64_t));
    ch->off = stmi_lay.old_start + first * STMI_PAGE;
    ch->sclass = (uint32_t)cls;
    ch->slot_size = slot;
    ch->nslots = ch->nfree = nslots;
    for (size_t p = first; p < first + STMI_CHUNK / STMI_PAGE; p++)
        pages[p] = (stmi_page){.kind = PAGE_CHUNK, .meta = ch};
    return ch;
}

/* The view the calling thread writes: its segment's (STM), else 0.  A
 * thread between segments (none, or a view outside the heap) counts as
 * view 0: the answer only steers which chunk it gets. */
static size_t my_view(void)
{
#ifdef RTRANS_STM
    size_t v = (size_t)(stm_tl.view - stmi_lay.base) / stmi_lay.seg_size;
    return v < heap_views() ? v : 0;
#else
    return 0;
#endif
}

static stmi_chunk **partial_list(size_t view, uint32_t cls)
{
    return &partial[view * STMI_NCLASSES + cls];
}

/* Heap lock held: ch joins its home view's list. */
static void chunk_list(stmi_chunk *ch)
{
    stmi_chunk **list = partial_list(ch->home, ch->sclass);
    ch->next = *list;
    *list = ch;
    ch->listed = true;
}

static stmi_chunk *chunk_unlist_first(size_t view, int cls)
{
    stmi_chunk **list = partial_list(view, (uint32_t)cls);
    stmi_chunk *ch = *list;
    if (ch) {
        *list = ch->next;
        ch->listed = false;
    }
    return ch;
}

/* A chunk for the calling thread's cache: one last written in its own
 * view, else one of another view (its pages fault in here, but the old
 * generation does not grow while others hold free slots: a thread whose
 * list is empty reuses what another one dropped), else a new one. */
static stmi_chunk *chunk_take(int cls, bool soft)
{
    size_t view = my_view(), nviews = heap_views();
    stmi_chunk *ch = NULL;
    for (size_t k = 0; k < nviews && !ch; k++)
        ch = chunk_unlist_first((view + k) % nviews, cls);
    if (!ch)
        ch = chunk_new(cls, soft);
    if (!ch)
        return NULL;
    ch->home = (uint8_t)view;
    ch->cached = true;
    ch->next = NULL;
    return ch;
}

static void chunk_untake(stmi_chunk *ch)
{
    ch->cached = false;
    if (ch->nfree && !ch->listed)
        chunk_list(ch);
}

void stmi_cache_release(stmi_alloc_cache *c)
{
    for (int i = 0; i < STMI_NCLASSES; i++) {
        if (c->chunk[i])
            chunk_untake(c->chunk[i]);
        c->chunk[i] = NULL;
    }
}

static uintptr_t chunk_alloc_slot(stmi_chunk *ch)
{
    size_t words = (ch->nslots + 63) / 64;
    for (size_t w = ch->cursor; w < words; w++) {
        uint64_t free_bits = ~ch->alloc[w];
        if (w == words - 1 && ch->nslots % 64)
            free_bits &= ((uint64_t)1 << (ch->nslots % 64)) - 1;
        if (!free_bits)
            continue;
        unsigned b = (unsigned)__builtin_ctzll(free_bits);
        ch->alloc[w] |= (uint64_t)1 << b;
        ch->nfree--;
        ch->cursor = (uint32_t)w;
        return ch->off + (w * 64 + b) * ch->slot_size;
    }
    STMI_DIE("chunk with nfree=%u has no free slot", ch->nfree);
}

static uintptr_t small_alloc(stmi_alloc_cache *c, size_t size, bool soft)
{
    int cls = class_of(size);
    stmi_chunk *ch = c->chunk[cls];
    if (STM_UNLIKELY(!ch || ch->nfree == 0)) {
        stmi_heap_lock();
        if (ch)
            chunk_untake(ch);
        ch = chunk_take(cls, soft);
        stmi_heap_unlock();
        c->chunk[cls] = ch;
        if (!ch)
            return 0;
        ch->cursor = 0;
    }
    STMI_CHECK(ch->cached);         /* G5: this thread's cache owns it */
    return chunk_alloc_slot(ch);
}

/* ----------------------------------------------------------------- large */

static uintptr_t large_alloc(size_t size, bool soft)
{
    size_t n = stmi_align(size, STMI_PAGE) / STMI_PAGE;
    stmi_heap_lock();
    size_t first = run_alloc(n, soft);
    if (first == SIZE_MAX) {
        stmi_heap_unlock();
        return 0;
    }
    stmi_large *lg = stmi_xcalloc(1, sizeof *lg);
    lg->off = stmi_lay.old_start + first * STMI_PAGE;
    lg->size = size;
    lg->npages = n;
    lg->allocated = true;
    for (size_t p = first; p < first + n; p++)
        pages[p] = (stmi_page){.kind = PAGE_LARGE, .meta = lg};
    stmi_heap_unlock();
    return lg->off;
}

/* Lists a run freed between two sweeps, merged with its free neighbours,
 * keeping the list in address order (first fit takes the lowest pages,
 * which heap_trim keeps resident). */
static void list_free_run(size_t first, size_t n)
{
    size_t i = 0;
    while (i < nfree_runs && free_runs[i].first < first)
        i++;
    if (i > 0 && free_runs[i - 1].first + free_runs[i - 1].n == first) {
        free_runs[i - 1].n += n;
        if (i < nfree_runs && free_runs[i].first == first + n) {
            free_runs[i - 1].n += free_runs[i].n;
            memmove(&free_runs[i], &free_runs[i + 1],
                    (nfree_runs - i - 1) * sizeof *free_runs);
            nfree_runs--;
        }
        return;
    }
    if (i < nfree_runs && free_runs[i].first == first + n) {
        free_runs[i].first = first;
        free_runs[i].n += n;
        return;
    }
    push_free_run(first, n);
    memmove(&free_runs[i + 1], &free_runs[i], (nfree_runs - 1 - i) * sizeof *free_runs);
    free_runs[i] = (run){first, n};
}

/* Clears the slots of refs[0..n), all in chunk ch, whose bitmap the
 * calling thread may write (G5: its cache owns ch, or it claimed ch). */
static void chunk_clear_slots(stmi_chunk *ch, const uintptr_t *refs, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        size_t k = (ref_off(refs[i]) - ch->off) / ch->slot_size;
        uint64_t bit = (uint64_t)1 << (k % 64);
        STMI_CHECK(ch->alloc[k / 64] & bit);    /* freed once */
        ch->alloc[k / 64] &= ~bit;
        if (k / 64 < ch->cursor)
            ch->cursor = (uint32_t)(k / 64);
    }
    ch->nfree += (uint32_t)n;
}

/* Frees refs[0..n), all in chunk ch.  A chunk that our cache owns is
 * ours to write.  One that no cache owns and no list holds (nobody can
 * take it) is claimed under the heap lock, as if a cache owned it, and
 * its slots cleared outside the lock: with the lock held for the whole
 * tree, the other par_trees thread waited up to 10 ms for it at each of
 * its chunk changes.  A listed one may be taken meanwhile: cleared under
 * the lock.  Another cache's keeps the slots allocated until the next
 * sweep frees them. */
static void chunk_free_slots(stmi_alloc_cache *c, stmi_chunk *ch,
                             const uintptr_t *refs, size_t n)
{
    if (c->chunk[ch->sclass] == ch) {
        chunk_clear_slots(ch, refs, n);
        return;
    }
    stmi_heap_lock();
    bool claim = !ch->cached && !ch->listed;
    if (claim)
        ch->cached = true;
    else if (!ch->cached)
        chunk_clear_slots(ch, refs, n);
    stmi_heap_unlock();
    if (!claim)
        return;
    chunk_clear_slots(ch, refs, n);
    stmi_heap_lock();
    chunk_untake(ch);
    stmi_heap_unlock();
}

/* Heap lock held or world stopped; returns the first page of its run. */
static size_t large_release(stmi_large *lg)
{
    size_t first = (lg->off - stmi_lay.old_start) / STMI_PAGE;
    run_release(first, lg->npages);
    free(lg->cards);
    free(lg);
    return first;
}

/* Heap lock held: a young large object of the calling thread's
 * transaction died (minor collection, abort).  Its pages are reusable at
 * once, so a program whose large temporaries die young (pidigits'
 * numbers) keeps reusing the same resident pages, where it used to take
 * fresh ones up to the next major collection and fault each one in (45%
 * of pidigits' time in the GIL build; the STM build, which waited for
 * the sweep, faulted them in again in every transaction).
 * STM: only this transaction ever saw the object (S5), and the one marker
 * to forget is its start's in this segment (a card's marker left inside
 * it costs at most a false conflict with a new array of another thread
 * there, never a lost one): left there, another thread's new object at
 * that offset, committed, would look like a write of something this
 * transaction read (a false conflict).  Other segments hold no marker of
 * the current transaction there: what lay at that offset before died
 * either young in its own transaction (forgotten here) or at a sweep
 * (forget_dead_reads). */
void stmi_large_free(stmi_large *lg)
{
    size_t n = lg->npages;
#ifdef RTRANS_STM
    stmi_forget_own_read(off_ref(lg->off));
#endif
    list_free_run(large_release(lg), n);
}

/* The objects at refs died in the calling thread's transaction and no
 * other view ever held them (STM: new objects its commit dropped, S5):
 * their slots are handed out again at once, where they would wait for
 * the next sweep.  par_trees builds and drops a 16 MB tree (32-byte
 * slots) per transaction: waiting, the old generation grew by a tree per
 * commit and a major collection ran every 8 MB, with the world stopped;
 * now the next tree takes the slots of the last one, already resident
 * in this view.  The refs come in promotion order, so that consecutive
 * ones mostly share a chunk: the heap lock is taken per chunk, not per
 * object (chunk_free_slots). */
void stmi_old_free_unshared(stmi_alloc_cache *c, const uintptr_t *refs, size_t n)
{
    size_t i = 0;
    while (i < n) {
        uintptr_t off = ref_off(refs[i]);
        stmi_page *pg = stmi_page_of(off);
        if (pg->kind != PAGE_CHUNK) {
            STMI_CHECK(pg->kind == PAGE_LARGE && ((stmi_large *)pg->meta)->off == off);
            stmi_heap_lock();
            stmi_large_free(pg->meta);
            stmi_heap_unlock();
            i++;
            continue;
        }
        stmi_chunk *ch = pg->meta;
        uintptr_t span = (uintptr_t)ch->nslots * ch->slot_size;
        size_t j = i + 1;
        while (j < n && ref_off(refs[j]) - ch->off < span)
            j++;
        chunk_free_slots(c, ch, refs + i, j - i);
        i = j;
    }
}

stmi_large *stmi_large_of(uintptr_t ref)
{
    uintptr_t off = ref_off(ref);
    stmi_page *pg = stmi_page_of(off);
    if (pg->kind != PAGE_LARGE)
        return NULL;
    stmi_large *lg = pg->meta;
    return lg->off == off ? lg : NULL;
}

/* ------------------------------------------------------------ allocation */

uintptr_t stmi_old_alloc_soft(stmi_alloc_cache *c, size_t size, bool zero,
                            bool soft)
{
    uintptr_t off = size <= STMI_SMALL_MAX ? small_alloc(c, size, soft)
                                         : large_alloc(size, soft);
    if (!off)
        return 0;
    STMI_CHECK(off % 16 == 0);      /* G4 */
    uintptr_t ref = off_ref(off);
    if (zero)
        memset(obj_at(ref), 0, size);
    return ref;
}

uintptr_t stmi_old_alloc(stmi_alloc_cache *c, size_t size, bool zero)
{
    return stmi_old_alloc_soft(c, size, zero, false);
}

bool stmi_old_is_object(uintptr_t ref)
{
    if (!ref_is_old(ref) || ref % 16)
        return false;
    uintptr_t off = ref_off(ref);
    stmi_page *pg = stmi_page_of(off);
    if (pg->kind == PAGE_LARGE)
        return ((stmi_large *)pg->meta)->off == off;
    if (pg->kind != PAGE_CHUNK)
        return false;
    stmi_chunk *ch = pg->meta;
    size_t k = (off - ch->off) / ch->slot_size;
    if ((off - ch->off) % ch->slot_size || k >= ch->nslots)
        return false;
    return (ch->alloc[k / 64] >> (k % 64)) & 1;
}

/* ---------------------------------------------------------- world stopped */

static void chunk_each(stmi_chunk *ch, void (*fn)(uintptr_t, void *), void *ctx)
{
    for (uint32_t k = 0; k < ch->nslots; k++)
        if ((ch->alloc[k / 64] >> (k % 64)) & 1)
            fn(off_ref(ch->off + (size_t)k * ch->slot_size), ctx);
}

void stmi_heap_each_object(void (*fn)(uintptr_t ref, void *ctx), void *ctx)
{
    size_t p = 0;
    while (p < high_water) {
        stmi_page *pg = &pages[p];
        if (pg->kind == PAGE_CHUNK) {
            chunk_each(pg->meta, fn, ctx);
            p += STMI_CHUNK / STMI_PAGE;
        } else if (pg->kind == PAGE_LARGE) {
            fn(off_ref(((stmi_large *)pg->meta)->off), ctx);
            p += ((stmi_large *)pg->meta)->npages;
        } else {
            p++;
        }
    }
}

void stmi_mark_clear_all(void)
{
    size_t bytes = (size_t)high_water * STMI_PAGE / 16 / 8;
    memset(stmi_mark_bits, 0, bytes);
}

/* Page runs (first, n) in which the last sweep freed an object: the STM
 * build forgets the read markers of dead objects there only (stm_gc.c). */
static stmi_vec swept;

static void note_swept(size_t first, size_t n)
{
    stmi_vec_push(&swept, first);
    stmi_vec_push(&swept, n);
}

const stmi_vec *stmi_heap_swept(void)
{
    return &swept;
}

/* The sweep's first step for one chunk: clears the allocation bits of
 * its dead slots.  Touches nothing but the chunk's own record, so chunks
 * are swept side by side. */
static void sweep_chunk_slots(stmi_chunk *ch)
{
    uint32_t live = 0, allocated = ch->nslots - ch->nfree;
    for (uint32_t w = 0; w * 64 < ch->nslots; w++) {
        uint64_t bits = ch->alloc[w], dead = 0;
        for (uint64_t rest = bits; rest; rest &= rest - 1) {
            uint32_t k = w * 64 + (uint32_t)__builtin_ctzll(rest);
            if (!mark_test(off_ref(ch->off + (size_t)k * ch->slot_size)))
                dead |= rest & -rest;
        }
        ch->alloc[w] = bits & ~dead;
        live += (uint32_t)__builtin_popcountll(bits & ~dead);
    }
    ch->swept_some = live < allocated;
    ch->nfree = ch->nslots - live;
}

/* The old generation is swept in pieces of this many pages (512 KB): a
 * piece sweeps the chunks whose first page lies in it. */
#define SWEEP_PIECE_PAGES 128

size_t stmi_heap_sweep_pieces(void)
{
    return (high_water + SWEEP_PIECE_PAGES - 1) / SWEEP_PIECE_PAGES;
}

static size_t page_index(uintptr_t off)
{
    return (off - stmi_lay.old_start) / STMI_PAGE;
}

/* World stopped, every cache released: pages[] stays as it is until the
 * second step (stmi_heap_sweep). */
void stmi_heap_sweep_piece(size_t piece, void *ctx)
{
    (void)ctx;
    size_t p = piece * SWEEP_PIECE_PAGES;
    size_t end = p + SWEEP_PIECE_PAGES < high_water ? p + SWEEP_PIECE_PAGES : high_water;
    while (p < end) {
        stmi_page *pg = &pages[p];
        if (pg->kind == PAGE_CHUNK) {
            stmi_chunk *ch = pg->meta;
            size_t first = page_index(ch->off);
            if (first == p)
                sweep_chunk_slots(ch);
            p = first + STMI_CHUNK / STMI_PAGE;
        } else if (pg->kind == PAGE_LARGE) {
            stmi_large *lg = pg->meta;
            p = page_index(lg->off) + lg->npages;
        } else {
            p++;
        }
    }
}

/* The second step for a chunk its first step swept: back on a partial
 * list, or its pages freed when nothing lives in it. */
static void sweep_chunk(stmi_chunk *ch)
{
    if (ch->swept_some)
        note_swept(page_index(ch->off), STMI_CHUNK / STMI_PAGE);
    ch->swept_some = false;
    ch->cursor = 0;
    ch->listed = false;
    ch->next = NULL;
    if (ch->nfree == ch->nslots) {
        run_release(page_index(ch->off), STMI_CHUNK / STMI_PAGE);
        free(ch);
    } else if (ch->nfree) {
        chunk_list(ch);
    }
}

/* Every thread cache must have been released (world stopped), and every
 * piece swept (stmi_heap_sweep_piece). */
void stmi_heap_sweep(void)
{
    memset(partial, 0, heap_views() * STMI_NCLASSES * sizeof *partial);
    swept.len = 0;
    size_t p = 0;
    while (p < high_water) {
        stmi_page *pg = &pages[p];
        if (pg->kind == PAGE_CHUNK) {
            sweep_chunk(pg->meta);
            p += STMI_CHUNK / STMI_PAGE;
        } else if (pg->kind == PAGE_LARGE) {
            stmi_large *lg = pg->meta;
            p += lg->npages;
            if (!mark_test(off_ref(lg->off))) {
                note_swept(p - lg->npages, lg->npages);
                large_release(lg);     /* rebuild_free_runs lists it */
            }
        } else {
            p++;
        }
    }
    rebuild_free_runs();
    take_back_reserve();
}

/* Free pages stay resident up to this much per view: a program that keeps
 * promoting objects that soon die fills the old generation with garbage
 * between two major collections, and if every freed page went back to the
 * OS it would fault each one in again, in every segment (on this virtual
 * machine a page fault costs microseconds: 1 per 40 small transactions).
 * Bounded per view, so that many segments do not multiply it unduly. */
static size_t retained_pages(int nviews)
{
    size_t bytes = ((size_t)512 << 20) / (size_t)nviews;
    if (bytes > ((size_t)32 << 20))
        bytes = (size_t)32 << 20;
    return bytes / STMI_PAGE;
}

static void release_run(size_t first, size_t n, int nviews)
{
    for (int s = 0; s < nviews; s++)
        madvise(page_addr(s, first), n * STMI_PAGE, MADV_DONTNEED);
    for (size_t p = first; p < first + n; p++)
        pages[p].resident = 0;
}

/* After a sweep: the lowest free pages (first-fit reuses those first) stay
 * resident up to retained_pages(); the others go back to the OS, in every
 * segment, so that the resident size follows the live heap. */
void stmi_heap_trim(void)
{
    int nviews = 1;
#ifdef RTRANS_STM
    nviews = stmi_lay.nsegs;
#endif
    size_t keep = retained_pages(nviews), kept = 0;
    size_t p = 0;
    while (p < touched_top) {
        if (pages[p].kind != PAGE_FREE || !pages[p].resident) {
            p++;
            continue;
        }
        size_t q = p;
        while (q < touched_top && pages[q].kind == PAGE_FREE && pages[q].resident)
            q++;
        if (kept + (q - p) <= keep)
            kept += q - p;
        else
            release_run(p, q - p, nviews);
        p = q;
    }
}

/* stm_teardown: give everything back (no thread uses the heap any more). */
void stmi_heap_fini(void)
{
    size_t p = 0;
    while (p < high_water) {
        stmi_page *pg = &pages[p];
        if (pg->kind == PAGE_CHUNK) {
            free(pg->meta);
            p += STMI_CHUNK / STMI_PAGE;
        } else if (pg->kind == PAGE_LARGE) {
            stmi_large *lg = pg->meta;
            p += lg->npages;
            free(lg->cards);
            free(lg);
        } else {
            p++;
        }
    }
    stmi_unmap(stmi_lay.base, heap_views() * stmi_lay.seg_size);
    stmi_unmap(pages, npages_total * sizeof *pages);
    stmi_unmap(stmi_mark_bits, (stmi_lay.old_end - stmi_lay.old_start) / 16 / 8);
    free(free_runs);
    free_runs = NULL;
    nfree_runs = cap_free_runs = 0;
    stmi_vec_free(&swept);
    high_water = pages_used = touched_top = 0;
    free(partial);
    partial = NULL;
}

/* Checker support: the allocator's own invariants. */
void stmi_heap_check(void)
{
    size_t used = 0, p = 0;
    while (p < high_water) {
        stmi_page *pg = &pages[p];
        if (pg->kind == PAGE_CHUNK) {
            stmi_chunk *ch = pg->meta;
            uint32_t n = 0;
            for (uint32_t k = 0; k < ch->nslots; k++)
                n += (ch->alloc[k / 64] >> (k % 64)) & 1;
            if (ch->nslots - n != ch->nfree)
                STMI_DIE("heap check: chunk at %#lx counts %u free, bitmap says %u",
                       (unsigned long)ch->off, ch->nfree, ch->nslots - n);
            used += STMI_CHUNK / STMI_PAGE;
            p += STMI_CHUNK / STMI_PAGE;
        } else if (pg->kind == PAGE_LARGE) {
            stmi_large *lg = pg->meta;
            if (lg->off != stmi_lay.old_start + p * STMI_PAGE)
                STMI_DIE("heap check: large object record does not start its run");
            used += lg->npages;
            p += lg->npages;
        } else {
            p++;
        }
    }
    if (used != pages_used)
        STMI_DIE("heap check: %zu pages in use, counter says %zu", used, pages_used);
}
