/*
 * traceback.c — the frames under `goroutine N [running]:` when a program
 * dies of a panic, as Go prints them (but for the arguments: Go shows
 * their words, we show `(...)`, Go's form for frames it cannot show):
 *
 *     main.(*T).boom(...)
 *             /home/student/boom.g:8 +0x2a
 *     main.main(...)
 *             /home/student/boom.g:13 +0x94
 *     created by main.main          (a goroutine's `go` statement)
 *             /home/student/boom.g:11 +0x33
 *
 * Three questions, three sources.
 *
 * Which frames?  libgcc's unwinder (_Unwind_Backtrace) reads the call
 * frame information GCC writes for every function (.eh_frame), so it
 * needs no frame pointers (which cost generated code up to 40% on a
 * call-heavy workload).  It runs on a fresh 64 KB stack of its own,
 * entered through gort_stackcall, whose CFI leads the unwinder back to
 * the goroutine's stack: from there it walks the frames of the dying
 * call down to the goroutine's entry, across segment crossings (they are
 * gort_stackcall frames too).  A signal turned into a panic keeps the
 * chain: the handler makes the goroutine "call" the panic from the
 * faulting instruction.
 *
 * Which function?  The executable's symbol table (read from
 * /proc/self/exe) says which C function a return address is in, and the
 * compiler gives the runtime a table of the functions it generated, each
 * with Go's name for it ("main.main.func1", "main.(*T).boom"):
 * gort_setfuncnames, called by the C main before gort_start.  Frames of
 * anything not in the table (the runtime, thunks, stack-growth stubs)
 * are not shown, as Go hides its runtime's frames.  gocc compiles with
 * -fno-optimize-sibling-calls so that a call in tail position keeps its
 * caller's frame, as in Go.
 *
 * Which line?  gocc writes `#line N "FILE.g"` into the C it compiles and
 * asks for line tables (-g1), so DWARF maps instructions to .g lines.  A
 * return address, though, is inside the callee's entry stub, which is
 * inlined into the caller and has C lines of its own: for it the line of
 * the call is the inlining's call site (DW_AT_call_line of the
 * DW_TAG_inlined_subroutine entry in .debug_info).  Other addresses (a
 * fault, a runtime call) are looked up in the line table (.debug_line),
 * by running its line-number program (DWARF 5, section 6.2).  Both are
 * small readers that need no memory of their own.
 *
 * The process is dying: this runs once, uses no runtime locks and no
 * heap; its stack and the executable are mapped with mmap and left so.
 * Anything missing (a stripped binary, no line tables, a program not
 * built by gocc) only makes the trace poorer: a frame without a line
 * prints `?` for it, and without the table nothing is printed.
 */
#include <elf.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unwind.h>

#include "internal.h"

/* ===================================================================== */
/* The compiler's table of function names                                */
/* ===================================================================== */

static const gort_funcname *functab;
static int64_t nfunctab;

/*
 * The compiler turns the list of functions it generated into one static
 * table, passed here by the C main before gort_start (so before any
 * goroutine runs; the table is never written again).
 */
void gort_setfuncnames(const gort_funcname *tab, int64_t n) {
    functab = tab;
    nfunctab = n;
}

/* The table entry whose function starts nearest below pc, or NULL (a
 * guess, for an executable without a symbol table). */
static const gort_funcname *funcfor(uintptr_t pc) {
    const gort_funcname *best = NULL;
    for (int64_t i = 0; i < nfunctab; i++) {
        uintptr_t a = (uintptr_t)functab[i].fn;
        if (a <= pc && (!best || a > (uintptr_t)best->fn)) best = &functab[i];
    }
    return best;
}

/* ===================================================================== */
/* The executable: sections, symbols, load address                       */
/* ===================================================================== */

typedef struct Image {
    bool ok;
    uintptr_t bias;                 /* run-time address - link-time address */
    const Elf64_Sym *syms;
    size_t nsyms;
    const char *strtab;
    const uint8_t *line, *lineend;  /* .debug_line */
    const char *linestr;            /* .debug_line_str (DWARF 5) */
    size_t linestrsize;
    const char *str;                /* .debug_str */
    size_t strsize;
    const uint8_t *info, *infoend;  /* .debug_info */
    const uint8_t *abbrev, *abbrevend;  /* .debug_abbrev */
    const uint8_t *rng, *rngend;    /* .debug_rnglists (5) or .debug_ranges (4) */
} Image;

/*
 * The images we can read: the executable, and, under `gocc run`, the
 * shared object libgccjit compiled the program into (gocc hands us its
 * file before deleting it: gort_traceback_image).  `img` is the one being
 * searched; every reader below works on it.
 */
static Image images[2];
static int nimages;
static Image *img = &images[0];
static int jitfd = -1;
static uintptr_t jitanchor;

/*
 * gocc run calls this before starting the program compiled in memory:
 * fd is the shared object's file, open (its directory is about to be
 * removed), and anchor the run-time address of its `main`, to compute
 * where it was loaded.
 */
void gort_traceback_image(int fd, void *anchor) {
    jitfd = fd;
    jitanchor = (uintptr_t)anchor;
}

/* Map the ELF file fd and find its sections; the load bias comes from
 * the symbol `anchor`, whose run-time address is `addr`. */
static void readimage(Image *m, int fd, const char *anchor, uintptr_t addr) {
    struct stat st;
    void *map = MAP_FAILED;
    if (fstat(fd, &st) == 0 && st.st_size > (off_t)sizeof(Elf64_Ehdr))
        map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (map == MAP_FAILED) return;
    const uint8_t *base = map;
    size_t size = (size_t)st.st_size;
    const Elf64_Ehdr *eh = map;
    if (memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 || eh->e_ident[EI_CLASS] != ELFCLASS64 ||
        eh->e_shoff == 0 || eh->e_shoff + (size_t)eh->e_shnum * sizeof(Elf64_Shdr) > size ||
        eh->e_shstrndx >= eh->e_shnum)
        return;
    const Elf64_Shdr *sh = (const Elf64_Shdr *)(base + eh->e_shoff);
    const char *shstr = (const char *)base + sh[eh->e_shstrndx].sh_offset;
    for (int i = 0; i < eh->e_shnum; i++) {
        if (sh[i].sh_type == SHT_NOBITS || sh[i].sh_offset + sh[i].sh_size > size) continue;
        const char *name = shstr + sh[i].sh_name;
        const uint8_t *p = base + sh[i].sh_offset;
        if (sh[i].sh_type == SHT_SYMTAB && sh[i].sh_link < eh->e_shnum) {
            m->syms = (const Elf64_Sym *)p;
            m->nsyms = sh[i].sh_size / sizeof(Elf64_Sym);
            m->strtab = (const char *)base + sh[sh[i].sh_link].sh_offset;
        } else if (!strcmp(name, ".debug_line")) {
            m->line = p;
            m->lineend = p + sh[i].sh_size;
        } else if (!strcmp(name, ".debug_line_str")) {
            m->linestr = (const char *)p;
            m->linestrsize = sh[i].sh_size;
        } else if (!strcmp(name, ".debug_info")) {
            m->info = p;
            m->infoend = p + sh[i].sh_size;
        } else if (!strcmp(name, ".debug_abbrev")) {
            m->abbrev = p;
            m->abbrevend = p + sh[i].sh_size;
        } else if (!strcmp(name, ".debug_rnglists") || !strcmp(name, ".debug_ranges")) {
            m->rng = p;
            m->rngend = p + sh[i].sh_size;
        } else if (!strcmp(name, ".debug_str")) {
            m->str = (const char *)p;
            m->strsize = sh[i].sh_size;
        }
    }
    for (size_t i = 0; i < m->nsyms; i++)
        if (ELF64_ST_TYPE(m->syms[i].st_info) == STT_FUNC &&
            !strcmp(m->strtab + m->syms[i].st_name, anchor)) {
            m->bias = addr - m->syms[i].st_value;
            m->ok = true;
        }
}

static void loadimages(void) {
    static bool tried;
    if (tried) return;
    tried = true;
    int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        readimage(&images[0], fd, "gort_setfuncnames", (uintptr_t)gort_setfuncnames);
        close(fd);
    }
    nimages = 1;
    if (jitfd >= 0) readimage(&images[nimages++], jitfd, "main", jitanchor);
}

/*
 * The run-time address of the function that pc is in, by the symbol
 * table; 0 if none.  GCC moves the cold parts of a function (a panic
 * path) into a symbol of their own, `f.cold`, and makes specialised
 * copies (`f.part.0`, `f.isra.0`, `f.constprop.0`): those count as `f`.
 */
static uintptr_t symfunc1(uintptr_t pc, uintptr_t *part) {
    const Elf64_Sym *hit = NULL;
    for (size_t i = 0; i < img->nsyms && !hit; i++) {
        const Elf64_Sym *s = &img->syms[i];
        if (ELF64_ST_TYPE(s->st_info) == STT_FUNC && s->st_value + img->bias <= pc &&
            pc < s->st_value + img->bias + s->st_size)
            hit = s;
    }
    if (!hit) return 0;
    *part = hit->st_value + img->bias;
    const char *name = img->strtab + hit->st_name;
    const char *dot = strchr(name, '.');
    if (!dot) return hit->st_value + img->bias;
    size_t n = (size_t)(dot - name);
    for (size_t i = 0; i < img->nsyms; i++) {
        const Elf64_Sym *s = &img->syms[i];
        const char *sn = img->strtab + s->st_name;
        if (ELF64_ST_TYPE(s->st_info) == STT_FUNC && !strncmp(sn, name, n) && sn[n] == 0)
            return s->st_value + img->bias;
    }
    return 0;
}

/* symfunc1 over every image; img is left on the one that knew pc. */
static uintptr_t symfunc(uintptr_t pc, uintptr_t *part) {
    for (int k = 0; k < nimages; k++) {
        img = &images[k];
        if (!img->ok) continue;
        uintptr_t fn = symfunc1(pc, part);
        if (fn) return fn;
    }
    img = &images[0];
    return 0;
}

/* The table's entry for the function pc is in, or NULL (not a Go
 * function); *start: where the part of it that holds pc begins.  Without
 * a symbol table: the nearest function below pc. */
static const gort_funcname *funcat(uintptr_t pc, uintptr_t *start) {
    if (!images[0].ok && !images[1].ok) {
        const gort_funcname *f = funcfor(pc);
        *start = f ? (uintptr_t)f->fn : 0;
        return f;
    }
    uintptr_t fn = symfunc(pc, start);
    for (int64_t i = 0; fn && i < nfunctab; i++)
        if ((uintptr_t)functab[i].fn == fn) return &functab[i];
    return NULL;
}

/* ===================================================================== */
/* DWARF line tables                                                     */
/* ===================================================================== */

typedef struct Rd {
    const uint8_t *p, *end;
    bool bad;
} Rd;

static uint64_t rdn(Rd *r, int n) {
    if (r->end - r->p < n) {
        r->bad = true;
        r->p = r->end;
        return 0;
    }
    uint64_t v = 0;
    for (int i = 0; i < n; i++) v |= (uint64_t)r->p[i] << (8 * i);
    r->p += n;
    return v;
}

static uint64_t uleb(Rd *r) {
    uint64_t v = 0;
    for (int shift = 0; r->p < r->end; shift += 7) {
        uint8_t b = *r->p++;
        if (shift < 64) v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) return v;
    }
    r->bad = true;
    return v;
}

static int64_t sleb(Rd *r) {
    int64_t v = 0;
    int shift = 0;
    uint8_t b = 0x80;
    while (r->p < r->end && (b & 0x80)) {
        b = *r->p++;
        if (shift < 64) v |= (int64_t)(b & 0x7f) << shift;
        shift += 7;
    }
    if (shift < 64 && (b & 0x40)) v |= -((int64_t)1 << shift);
    return v;
}

static const char *cstr(Rd *r) {
    const char *s = (const char *)r->p;
    while (r->p < r->end && *r->p) r->p++;
    if (r->p == r->end) {
        r->bad = true;
        return "";
    }
    r->p++;
    return s;
}

/* An attribute value of a DWARF 5 directory or file entry: a string for
 * DW_LNCT_path, a number for the rest; other forms are skipped. */
static const char *formval(Rd *r, uint64_t form, uint64_t *num) {
    const char *s = NULL;
    uint64_t off;
    *num = 0;
    switch (form) {
    case 0x08: s = cstr(r); break;                              /* DW_FORM_string */
    case 0x1f:                                                  /* DW_FORM_line_strp */
        off = rdn(r, 4);
        s = img->linestr && off < img->linestrsize ? img->linestr + off : "";
        break;
    case 0x0e:                                                  /* DW_FORM_strp */
        off = rdn(r, 4);
        s = img->str && off < img->strsize ? img->str + off : "";
        break;
    case 0x0b: *num = rdn(r, 1); break;                         /* data1 */
    case 0x05: *num = rdn(r, 2); break;                         /* data2 */
    case 0x06: *num = rdn(r, 4); break;                         /* data4 */
    case 0x07: *num = rdn(r, 8); break;                         /* data8 */
    case 0x0f: *num = uleb(r); break;                           /* udata */
    case 0x1e: rdn(r, 8); rdn(r, 8); break;                     /* data16 (MD5) */
    case 0x09: r->p += uleb(r); if (r->p > r->end) r->bad = true; break; /* block */
    default: r->bad = true; break;
    }
    return s;
}

/* A unit of .debug_line: one compiled file's header and program. */
typedef struct Unit {
    int version;
    uint8_t mininst, opbase, linerange;
    int8_t linebase;
    const uint8_t *stdlens;             /* operand counts of standard opcodes */
    const uint8_t *dirs;                /* the directory table (DWARF 5) */
    uint8_t dfmt[16][2];                /* its (content type, form) pairs */
    int ndfmt;
    const uint8_t *files, *filesend;    /* the file table */
    uint8_t ffmt[16][2];
    int nffmt;
    uint32_t gfiles[8];                 /* bit i: file i's name ends in ".g" */
    uint32_t known[8];                  /* bit i: gfiles' bit i is computed */
    Rd prog;                            /* the line-number program */
} Unit;

/* The idx-th entry of a DWARF 5 directory or file table: its path and
 * directory index. */
static const char *entry5(const uint8_t *p, const uint8_t *end, uint8_t (*fmt)[2], int nfmt,
                          uint64_t idx, uint64_t *dir) {
    Rd r = {p, end, false};
    uint64_t n = uleb(&r);
    for (uint64_t i = 0; i < n && !r.bad; i++) {
        const char *path = NULL;
        uint64_t d = 0;
        for (int k = 0; k < nfmt; k++) {
            uint64_t num;
            const char *s = formval(&r, fmt[k][1], &num);
            if (fmt[k][0] == 1) path = s;                       /* DW_LNCT_path */
            if (fmt[k][0] == 2) d = num;                        /* DW_LNCT_directory_index */
        }
        if (i == idx) {
            *dir = d;
            return path;
        }
    }
    return NULL;
}

/* File number idx of a unit, with its directory when it is relative (so
 * the path is absolute, as in Go's tracebacks). */
static char pathbuf[4096];

static const char *filename(Unit *u, uint64_t idx) {
    const char *name = NULL, *dir = NULL;
    uint64_t d = 0;
    if (u->version >= 5) {
        name = entry5(u->files, u->filesend, u->ffmt, u->nffmt, idx, &d);
        if (name && name[0] != '/') {
            uint64_t dd;
            dir = entry5(u->dirs, u->files, u->dfmt, u->ndfmt, d, &dd);
        }
    } else {
        /* DWARF 4: files are numbered from 1; no directory (good enough) */
        Rd r = {u->files, u->filesend, false};
        for (uint64_t i = 1; !r.bad && r.p < r.end && *r.p; i++) {
            const char *s = cstr(&r);
            uleb(&r);
            uleb(&r);
            uleb(&r);
            if (i == idx) name = s;
        }
    }
    if (!name || !dir || !*dir) return name;
    /* a relative directory is relative to directory 0, the compilation's */
    uint64_t dd;
    const char *top = dir[0] != '/' && u->version >= 5
                          ? entry5(u->dirs, u->files, u->dfmt, u->ndfmt, 0, &dd) : NULL;
    size_t n = 0;
    const char *parts[3] = {top, dir, name};
    for (int i = 0; i < 3; i++) {
        if (!parts[i] || !*parts[i]) continue;
        size_t l = strlen(parts[i]);
        if (n + l + 2 > sizeof pathbuf) return name;
        if (n) pathbuf[n++] = '/';
        memcpy(pathbuf + n, parts[i], l);
        n += l;
    }
    pathbuf[n] = 0;
    return pathbuf;
}

/* Is file number idx of the unit a .g file?  (Cached per unit.) */
static bool gfile(Unit *u, uint64_t idx) {
    if (idx >= 256) {
        const char *n = filename(u, idx);
        size_t l = n ? strlen(n) : 0;
        return l > 2 && !strcmp(n + l - 2, ".g");
    }
    uint32_t bit = 1u << (idx & 31);
    if (!(u->known[idx >> 5] & bit)) {
        const char *n = filename(u, idx);
        size_t l = n ? strlen(n) : 0;
        if (l > 2 && !strcmp(n + l - 2, ".g")) u->gfiles[idx >> 5] |= bit;
        u->known[idx >> 5] |= bit;
    }
    return (u->gfiles[idx >> 5] & bit) != 0;
}

/* Parse the header of the unit at r->p; on success u->prog is its program
 * and r->p the next unit. */
static bool unitheader(Rd *r, Unit *u) {
    uint64_t len = rdn(r, 4);
    if (r->bad || len >= 0xfffffff0 || len > (uint64_t)(r->end - r->p)) return false;
    const uint8_t *end = r->p + len;
    Rd h = {r->p, end, false};
    memset(u, 0, sizeof *u);
    r->p = end;
    u->version = (int)rdn(&h, 2);
    if (u->version < 2 || u->version > 5) return false;
    if (u->version >= 5) rdn(&h, 2);                        /* address, segment sizes */
    uint64_t hlen = rdn(&h, 4);
    if (hlen > (uint64_t)(end - h.p)) return false;
    const uint8_t *progstart = h.p + hlen;
    u->mininst = (uint8_t)rdn(&h, 1);
    if (u->version >= 4) rdn(&h, 1);                        /* max ops per instruction */
    rdn(&h, 1);                                             /* default_is_stmt */
    u->linebase = (int8_t)rdn(&h, 1);
    u->linerange = (uint8_t)rdn(&h, 1);
    u->opbase = (uint8_t)rdn(&h, 1);
    if (h.bad || u->linerange == 0 || u->opbase == 0) return false;
    u->stdlens = h.p;
    h.p += u->opbase - 1;
    if (u->version >= 5) {
        u->ndfmt = (int)rdn(&h, 1);
        if (u->ndfmt > 16) return false;
        for (int k = 0; k < u->ndfmt; k++) {
            u->dfmt[k][0] = (uint8_t)uleb(&h);
            u->dfmt[k][1] = (uint8_t)uleb(&h);
        }
        u->dirs = h.p;
        uint64_t ndirs = uleb(&h);
        for (uint64_t i = 0; i < ndirs && !h.bad; i++)
            for (int k = 0; k < u->ndfmt; k++) {
                uint64_t num;
                formval(&h, u->dfmt[k][1], &num);
            }
        u->nffmt = (int)rdn(&h, 1);
        if (u->nffmt > 16) return false;
        for (int k = 0; k < u->nffmt; k++) {
            u->ffmt[k][0] = (uint8_t)uleb(&h);
            u->ffmt[k][1] = (uint8_t)uleb(&h);
        }
        u->files = h.p;
    } else {
        while (h.p < h.end && *h.p) cstr(&h);               /* include directories */
        h.p++;
        u->files = h.p;
    }
    u->filesend = progstart;
    u->prog = (Rd){progstart, end, false};
    return !h.bad;
}

/*
 * Run the unit's line-number program looking for the row that covers
 * address `pc` (link-time): the last row of a sequence at or below pc
 * whose next row is above it.  Returns the line, 0 if the unit does not
 * cover pc; *file gets the file name.
 *
 * A row of generated C (its file is not a .g file: the inlined entry stub
 * of the function called, whose lines are the C file's own) stands for
 * the Go call that the stub was inlined into, so we answer with the last
 * .g row before it in the same sequence: the statement that made the call,
 * as a rule.  (When every instruction of that statement is the stub's,
 * the row before is the previous statement's: the line is then early.)
 */
static uint64_t runprogram(Unit *u, uint64_t pc, const char **file) {
    Rd r = u->prog;
    uint64_t addr = 0, line = 1, fileidx = 1;
    uint64_t prevaddr = 0, prevline = 0, prevfile = 0;
    uint64_t gline = 0, gfileidx = 0;       /* the last .g row of the sequence */
    bool have = false;
#define ROW()                                                                  \
    do {                                                                       \
        if (have && prevaddr <= pc && pc < addr && prevline) {                 \
            if (!gfile(u, prevfile) && gline) prevline = gline, prevfile = gfileidx; \
            *file = filename(u, prevfile);                                     \
            return prevline;                                                   \
        }                                                                      \
        if (have && prevaddr < addr && gfile(u, prevfile))                     \
            gline = prevline, gfileidx = prevfile;                             \
        prevaddr = addr, prevline = line, prevfile = fileidx, have = true;     \
    } while (0)
    while (r.p < r.end && !r.bad) {
        uint8_t op = *r.p++;
        if (op >= u->opbase) {
            uint8_t adj = (uint8_t)(op - u->opbase);
            addr += (uint64_t)(adj / u->linerange) * u->mininst;
            line += (int64_t)u->linebase + adj % u->linerange;
            ROW();
            continue;
        }
        switch (op) {
        case 0: {                                               /* extended */
            uint64_t len = uleb(&r);
            if (len == 0 || len > (uint64_t)(r.end - r.p)) return 0;
            const uint8_t *next = r.p + len;
            uint8_t sub = *r.p++;
            if (sub == 1) {                                     /* end_sequence */
                ROW();
                have = false;
                gline = 0;
                addr = 0, line = 1, fileidx = 1;
            } else if (sub == 2) {                              /* set_address */
                addr = rdn(&r, 8);
            }
            r.p = next;
            break;
        }
        case 1: ROW(); break;                                   /* copy */
        case 2: addr += uleb(&r) * u->mininst; break;           /* advance_pc */
        case 3: line += (uint64_t)sleb(&r); break;              /* advance_line */
        case 4: fileidx = uleb(&r); break;                      /* set_file */
        case 8: addr += (uint64_t)((255 - u->opbase) / u->linerange) * u->mininst; break;
        case 9: addr += rdn(&r, 2); break;                      /* fixed_advance_pc */
        default:                                                /* skip its operands */
            for (int k = 0; k < u->stdlens[op - 1]; k++) uleb(&r);
            break;
        }
    }
#undef ROW
    return 0;
}

/* ===================================================================== */
/* DWARF call sites of inlined functions                                 */
/* ===================================================================== */

/*
 * Every Go call goes through the callee's entry stub, which is inlined
 * into the caller: so the instructions of the call itself, the return
 * address included, are the stub's, and the line table gives the stub's
 * C lines.  The .g line of the call is in .debug_info instead: the
 * DW_TAG_inlined_subroutine entry of that inlining has DW_AT_call_file and
 * DW_AT_call_line.  So for an address we look for the innermost inlined
 * subroutine around it whose call site is in a .g file.  This reads just
 * enough of DWARF's .debug_info (section 7.5): unit headers, abbreviation
 * tables, and the attributes' forms to skip or read them.
 */

/* Read or skip one attribute value of `form`; *v gets a number (addresses,
 * constants, offsets).  False for a form we do not know. */
static bool attrval(Rd *r, uint64_t form, int64_t implicit, int version, uint64_t *v) {
    *v = 0;
    switch (form) {
    case 0x01: *v = rdn(r, 8); return true;                 /* addr */
    case 0x0b: case 0x11: case 0x0c: case 0x25: case 0x29:  /* data1 ref1 flag strx1 addrx1 */
        *v = rdn(r, 1); return true;
    case 0x05: case 0x12: case 0x26: case 0x2a:             /* data2 ref2 strx2 addrx2 */
        *v = rdn(r, 2); return true;
    case 0x27: case 0x2b: *v = rdn(r, 3); return true;      /* strx3 addrx3 */
    case 0x06: case 0x13: case 0x0e: case 0x1f: case 0x17:  /* data4 ref4 strp line_strp sec_offset */
    case 0x28: case 0x2c: case 0x1d:                        /* strx4 addrx4 strp_sup */
        *v = rdn(r, 4); return true;
    case 0x10: *v = rdn(r, version <= 2 ? 8 : 4); return true;  /* ref_addr */
    case 0x07: case 0x14: case 0x20: *v = rdn(r, 8); return true;  /* data8 ref8 ref_sig8 */
    case 0x1e: rdn(r, 8); rdn(r, 8); return true;           /* data16 */
    case 0x0d: *v = (uint64_t)sleb(r); return true;         /* sdata */
    case 0x0f: case 0x15: case 0x1a: case 0x1b: case 0x22: case 0x23:  /* udata ref_udata strx addrx loclistx rnglistx */
        *v = uleb(r); return true;
    case 0x08: cstr(r); return true;                        /* string */
    case 0x19: return true;                                 /* flag_present */
    case 0x21: *v = (uint64_t)implicit; return true;        /* implicit_const */
    case 0x0a: case 0x18: case 0x09: case 0x03: case 0x04: {  /* block1 exprloc block block2 block4 */
        uint64_t n = form == 0x0a ? rdn(r, 1) : form == 0x03 ? rdn(r, 2)
                   : form == 0x04 ? rdn(r, 4) : uleb(r);
        if (n > (uint64_t)(r->end - r->p)) { r->bad = true; return false; }
        r->p += n;
        return true;
    }
    case 0x16: {                                            /* indirect */
        uint64_t f = uleb(r);
        return attrval(r, f, 0, version, v);
    }
    default: r->bad = true; return false;
    }
}

/* Does the range list at `off` (base address `base`) hold pc? */
static bool inranges(uint64_t off, uint64_t base, int version, uint64_t pc) {
    if (!img->rng || off >= (uint64_t)(img->rngend - img->rng)) return false;
    Rd r = {img->rng + off, img->rngend, false};
    if (version < 5) {                                      /* .debug_ranges pairs */
        for (;;) {
            uint64_t a = rdn(&r, 8), b = rdn(&r, 8);
            if (r.bad || (a == 0 && b == 0)) return false;
            if (a == ~(uint64_t)0) { base = b; continue; }
            if (base + a <= pc && pc < base + b) return true;
        }
    }
    for (;;) {                                              /* .debug_rnglists */
        uint8_t k = (uint8_t)rdn(&r, 1);
        uint64_t a, b;
        if (r.bad) return false;
        switch (k) {
        case 0: return false;                               /* end_of_list */
        case 4: a = base + uleb(&r); b = base + uleb(&r); break;  /* offset_pair */
        case 5: base = rdn(&r, 8); continue;                /* base_address */
        case 6: a = rdn(&r, 8); b = rdn(&r, 8); break;      /* start_end */
        case 7: a = rdn(&r, 8); b = a + uleb(&r); break;    /* start_length */
        default: return false;                              /* ...x forms: need .debug_addr */
        }
        if (a <= pc && pc < b) return true;
    }
}

/*
 * The .g call site of the innermost inlined call around pc (link-time):
 * its line, and *file; 0 if none.
 */
static uint64_t callsite(uint64_t pc, const char **file) {
    if (!img->info || !img->abbrev) return 0;
    Rd r = {img->info, img->infoend, false};
    static const uint8_t *abbrevs[1024];    /* code -> its abbreviation */
    while (r.p < r.end && !r.bad) {
        uint64_t len = rdn(&r, 4);
        if (len >= 0xfffffff0 || len > (uint64_t)(r.end - r.p)) return 0;
        const uint8_t *end = r.p + len;
        Rd u = {r.p, end, false};
        r.p = end;
        int version = (int)rdn(&u, 2);
        uint64_t aoff;
        if (version >= 5) {
            uint8_t type = (uint8_t)rdn(&u, 1);
            rdn(&u, 1);                                     /* address size */
            aoff = rdn(&u, 4);
            if (type != 1) continue;                        /* DW_UT_compile only */
        } else {
            aoff = rdn(&u, 4);
            rdn(&u, 1);
        }
        if (u.bad || aoff >= (uint64_t)(img->abbrevend - img->abbrev)) return 0;
        /* index the unit's abbreviations */
        memset(abbrevs, 0, sizeof abbrevs);
        Rd a = {img->abbrev + aoff, img->abbrevend, false};
        for (;;) {
            uint64_t code = uleb(&a);
            if (code == 0 || a.bad) break;
            if (code < 1024) abbrevs[code] = a.p;
            uleb(&a);                                       /* tag */
            a.p++;                                          /* children */
            for (;;) {
                uint64_t at = uleb(&a), form = uleb(&a);
                if (form == 0x21) sleb(&a);
                if ((at == 0 && form == 0) || a.bad) break;
            }
        }
        /* walk the unit's entries: only into those that hold pc */
        uint64_t base = 0;
        Unit lu;                        /* the unit's line table, for file names */
        bool haslu = false;
        uint64_t bestline = 0;
        const char *bestfile = NULL;
        int depth = 0, covered = -1;    /* depth of the innermost entry holding pc */
        while (u.p < u.end && !u.bad) {
            uint64_t code = uleb(&u);
            if (code == 0) {
                if (--depth < 0) break;
                if (covered > depth) covered = depth;
                continue;
            }
            if (code >= 1024 || !abbrevs[code]) return 0;
            Rd ab = {abbrevs[code], img->abbrevend, false};
            uint64_t tag = uleb(&ab);
            bool children = *ab.p++ != 0;
            uint64_t low = 0, high = 0, ranges = ~(uint64_t)0, cline = 0, cfile = 0;
            uint64_t stmtlist = ~(uint64_t)0;
            bool haslow = false, highaddr = false, hashigh = false;
            for (;;) {
                uint64_t at = uleb(&ab), form = uleb(&ab);
                int64_t implicit = form == 0x21 ? sleb(&ab) : 0;
                if (at == 0 && form == 0) break;
                uint64_t v;
                if (!attrval(&u, form, implicit, version, &v)) return 0;
                switch (at) {
                case 0x11: low = v; haslow = true; break;                   /* low_pc */
                case 0x12: high = v; hashigh = true; highaddr = form == 0x01; break;  /* high_pc */
                case 0x55: ranges = v; break;                               /* ranges */
                case 0x58: cfile = v; break;                                /* call_file */
                case 0x59: cline = v; break;                                /* call_line */
                case 0x10: stmtlist = v; break;                             /* stmt_list */
                }
            }
            bool holds = false;
            if (covered == depth - 1) {
                if (haslow && hashigh)
                    holds = low <= pc && pc < (highaddr ? high : low + high);
                else if (ranges != ~(uint64_t)0)
                    holds = inranges(ranges, base, version, pc);
            }
            if (tag == 0x11) {                              /* compile_unit */
                if (!holds) break;                          /* pc is not in this unit */
                base = low;
                if (stmtlist < (uint64_t)(img->lineend - img->line)) {
                    Rd l = {img->line + stmtlist, img->lineend, false};
                    haslu = unitheader(&l, &lu);
                }
            }
            if (holds) {
                covered = depth;
                if (tag == 0x1d && cline && haslu && gfile(&lu, cfile)) {  /* inlined_subroutine */
                    bestline = cline;       /* deeper ones come later: they win */
                    bestfile = filename(&lu, cfile);
                }
            }
            if (children) depth++;
        }
        if (bestline) {
            *file = bestfile;
            return bestline;
        }
    }
    return 0;
}

/* The file and line of the instruction at run-time address pc: the .g
 * call site when pc is in an inlined entry stub, else the line table's. */
static uint64_t lineof1(uintptr_t pc, const char **file) {
    if (!img->ok) return 0;
    uint64_t line = callsite(pc - img->bias, file);
    if (line) return line;
    if (!img->line) return 0;
    Rd r = {img->line, img->lineend, false};
    while (r.p < r.end) {
        Unit u;
        if (!unitheader(&r, &u)) return 0;
        line = runprogram(&u, pc - img->bias, file);
        if (line) return line;
    }
    return 0;
}

static uint64_t lineof(uintptr_t pc, const char **file) {
    for (int k = 0; k < nimages; k++) {
        img = &images[k];
        uint64_t line = lineof1(pc, file);
        if (line) return line;
    }
    return 0;
}

/* ===================================================================== */
/* For the trace (trace.c)                                               */
/* ===================================================================== */

int64_t tb_functab(const gort_funcname **tab) {
    *tab = functab;
    return nfunctab;
}

/* The size of the function that starts at fn, by the symbol table of the
 * image that has it; 0 if unknown.  Called once per function, at start. */
size_t tb_funcsize(uintptr_t fn) {
    loadimages();
    for (int k = 0; k < nimages; k++) {
        Image *m = &images[k];
        if (!m->ok) continue;
        for (size_t i = 0; i < m->nsyms; i++) {
            const Elf64_Sym *s = &m->syms[i];
            if (ELF64_ST_TYPE(s->st_info) == STT_FUNC && s->st_value + m->bias == fn) return s->st_size;
        }
    }
    return 0;
}

/* The .g file and line of the call that returns to ret. */
uint64_t tb_pcline(uintptr_t ret, const char **file) {
    loadimages();
    return lineof(ret - 1, file);
}

/* ===================================================================== */
/* The walk                                                              */
/* ===================================================================== */

static void putdec(void (*put)(const char *, size_t), uint64_t v) {
    char tmp[24];
    int i = sizeof tmp;
    do tmp[--i] = (char)('0' + v % 10); while (v /= 10);
    put(tmp + i, sizeof tmp - (size_t)i);
}

static void puthex(void (*put)(const char *, size_t), uint64_t v) {
    char tmp[18];
    int i = sizeof tmp;
    do tmp[--i] = "0123456789abcdef"[v & 15]; while (v >>= 4);
    tmp[--i] = 'x';
    tmp[--i] = '0';
    put(tmp + i, sizeof tmp - (size_t)i);
}

static void putstr(void (*put)(const char *, size_t), const char *s) { put(s, strlen(s)); }

/* "\tFILE:LINE +0xOFF\n" for the call that returns to ret, in the
 * function (part) that starts at start. */
static void putpos(void (*put)(const char *, size_t), uintptr_t ret, uintptr_t start) {
    const char *file = NULL;
    uint64_t line = lineof(ret - 1, &file);
    if (line && file) {
        putstr(put, file);
        put(":", 1);
        putdec(put, line);
    } else {
        putstr(put, "?");
    }
    putstr(put, " +");
    puthex(put, ret - start);
    put("\n", 1);
}

enum { MAXFRAMES = 100 };               /* Go's limit (1.19 says no more) */

typedef struct Walk {
    G *gp;
    void (*put)(const char *, size_t);
    int shown;
} Walk;

/* One frame of the unwinder's walk: print it if it is a Go function's. */
static _Unwind_Reason_Code walkframe(struct _Unwind_Context *ctx, void *arg) {
    Walk *w = arg;
    int before = 0;
    uintptr_t ret = (uintptr_t)_Unwind_GetIPInfo(ctx, &before);
    if (ret == 0) return _URC_END_OF_STACK;
    /* the call instruction (ret - 1) is what the line is about, unless
     * ret is the faulting instruction itself (a signal frame) */
    if (before) ret++;
    uintptr_t start;
    const gort_funcname *f = funcat(ret - 1, &start);
    if (!f) return _URC_NO_REASON;
    if (w->shown == MAXFRAMES) return _URC_END_OF_STACK;
    w->shown++;
    putstr(w->put, f->name);
    putstr(w->put, "(...)\n\t");
    putpos(w->put, ret, start);
    return _URC_NO_REASON;
}

static void walk(void *arg) {
    Walk *w = arg;
    loadimages();
    _Unwind_Backtrace(walkframe, w);
    /* Go's last lines for a goroutine made by a `go` statement. */
    uintptr_t start;
    const gort_funcname *f = w->gp->gopc ? funcat(w->gp->gopc - 1, &start) : NULL;
    if (f) {
        putstr(w->put, "created by ");
        putstr(w->put, f->name);
        putstr(w->put, "\n\t");
        putpos(w->put, w->gp->gopc, start);
    }
}

/*
 * Print the Go frames of the calls that led to the caller of traceback
 * (which runs on gp's stack), then, for a goroutine made by a `go`
 * statement, the function that ran it ("created by").  Go prints each
 * frame's arguments; we print `(...)`, Go's form for frames whose
 * arguments it does not show.
 */
static void *newstack(void) {
    void *stk = mmap(NULL, 64 << 10, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return stk == MAP_FAILED ? NULL : (char *)stk + (64 << 10);
}

void traceback(G *gp, void (*put)(const char *, size_t)) {
    if (!functab || !gp) return;
    void *top = newstack();
    if (!top) return;
    Walk w = {gp, put, 0};
    stackcall(walk, &w, top, NULL, (uintptr_t)top - (64 << 10), (uintptr_t)top);
}

/*
 * A parked goroutine (the deadlock report) is walked from where it
 * switched out: gort_ctxswitch left r15 r14 r13 r12 rbx rbp and the
 * return address at its saved sp (switch_x86_64.S).  tb_visit restores
 * those registers and that sp, then calls visitparked from there, so that
 * the frame the unwinder sees under visitparked is described by
 * tb_visit's CFI as returning to that return address with those
 * registers: exactly the goroutine's state when it parked.  visitparked
 * moves at once to a fresh stack (the goroutine's segment has only its
 * reserve below sp) and runs the walk; then tb_visit puts back the
 * caller's stack and registers.  Only the dying thread runs this, once
 * per goroutine, so the caller's sp can wait in a static variable.
 */
void tb_visit(void *sp, void (*fn)(void *), void *arg);
void *tb_savedsp;
__asm__(".text\n"
        ".p2align 4\n"
        ".globl tb_visit\n"
        ".type tb_visit, @function\n"
        "tb_visit:\n"
        "    .cfi_startproc\n"
        "    pushq %rbp\n"
        "    pushq %rbx\n"
        "    pushq %r12\n"
        "    pushq %r13\n"
        "    pushq %r14\n"
        "    pushq %r15\n"
        "    subq $8, %rsp\n"                 /* keep 16-byte alignment */
        "    movq %rsp, tb_savedsp(%rip)\n"
        "    movq %rdi, %rsp\n"               /* the parked goroutine's saved sp */
        "    popq %r15\n"
        "    popq %r14\n"
        "    popq %r13\n"
        "    popq %r12\n"
        "    popq %rbx\n"
        "    popq %rbp\n"                     /* now (%rsp) is its return address */
        "    subq $8, %rsp\n"                 /* ABI alignment for the call */
        /* From here to the call, and only here, the CFI is true: the
         * caller's frame is the goroutine's, returning to 8(%rsp) with the
         * callee-saved registers as they are now. */
        "    .cfi_def_cfa_offset 16\n"
        "    movq %rdx, %rdi\n"
        "    callq *%rsi\n"
        "    movq tb_savedsp(%rip), %rsp\n"
        "    addq $8, %rsp\n"
        "    popq %r15\n"
        "    popq %r14\n"
        "    popq %r13\n"
        "    popq %r12\n"
        "    popq %rbx\n"
        "    popq %rbp\n"
        "    ret\n"
        "    .cfi_endproc\n"
        ".size tb_visit, .-tb_visit\n");

typedef struct Parked {
    Walk w;
    void *top;
} Parked;

static void visitparked(void *arg) {
    Parked *p = arg;
    stackcall(walk, &p->w, p->top, NULL, (uintptr_t)p->top - (64 << 10), (uintptr_t)p->top);
}

/* The frames of gp, parked (not running: its saved context is valid). */
void traceback_parked(G *gp, void (*put)(const char *, size_t)) {
    if (!functab || !gp || !gp->sched.sp) return;
    static void *top;
    if (!top) top = newstack();
    if (!top) return;
    Parked p = {{gp, put, 0}, top};
    tb_visit(gp->sched.sp, visitparked, &p);
}
