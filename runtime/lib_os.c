/*
 * lib_os.c — the bodyless functions of package os (compiler/lib/os.g).
 *
 * Reads and writes go through the runtime's gort_read/gort_write (a
 * blocking call gives up the P); the libc calls (getenv, strerror_r,
 * gethostname) run on the system stack, as everything in libc must.
 */
#include "gort.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern int gort_argc;
extern char **gort_argv;

static gort_string copycstr(const char *s) {
    size_t n = strlen(s);
    uint8_t *p = gort_alloc_noscan(n ? n : 1);
    memcpy(p, s, n);
    return (gort_string){p, (int64_t)n};
}

/* func Exit(code int) */
void gort_os_Exit(int64_t code) { gort_exit(code); }

/* func runtime_args() []string */
gort_slice gort_os_runtime_args(void) {
    int64_t n = gort_argc;
    gort_string *v = gort_alloc(sizeof(gort_string) * (size_t)(n ? n : 1));
    for (int64_t i = 0; i < n; i++) v[i] = copycstr(gort_argv[i]);
    return (gort_slice){v, n, n};
}

struct envjob {
    char key[256];
    char *keyp;
    const char *val;
};

static void getenv_sys(void *arg) {
    struct envjob *j = arg;
    j->val = getenv(j->keyp);
}

/* func LookupEnv(key string) (string, bool) */
gort_string gort_os_LookupEnv(gort_string key, bool *found) {
    struct envjob j;
    *found = false;
    if (memchr(key.ptr, 0, (size_t)key.len)) return (gort_string){NULL, 0};
    j.keyp = (size_t)key.len < sizeof j.key ? j.key : gort_alloc_noscan((size_t)key.len + 1);
    memcpy(j.keyp, key.ptr, (size_t)key.len);
    j.keyp[key.len] = 0;
    gort_systemstack(getenv_sys, &j);
    if (!j.val) return (gort_string){NULL, 0};
    *found = true;
    return copycstr(j.val);
}

/* func Getpid() int */
int64_t gort_os_Getpid(void) { return getpid(); }

/* func write(fd int, b []byte) int */
int64_t gort_os_write(int64_t fd, gort_slice b) {
    if (b.len == 0) return 0;
    return gort_write((int)fd, b.ptr, (size_t)b.len);
}

/* func read(fd int, b []byte) int */
int64_t gort_os_read(int64_t fd, gort_slice b) {
    return gort_read((int)fd, b.ptr, (size_t)b.len);
}

struct errnojob {
    int errnum;
    char buf[128];
};

static void strerror_sys(void *arg) {
    struct errnojob *j = arg;
    const char *s = strerror_r(j->errnum, j->buf, sizeof j->buf);
    if (s != j->buf) {
        strncpy(j->buf, s, sizeof j->buf - 1);
        j->buf[sizeof j->buf - 1] = 0;
    }
}

/* func errnoText(errno int) string: Go's syscall.Errno texts are the C
 * library's with a lower-case first letter ("bad file descriptor"). */
gort_string gort_os_errnoText(int64_t errnum) {
    struct errnojob j = {.errnum = (int)errnum};
    gort_systemstack(strerror_sys, &j);
    if (j.buf[0] && j.buf[1] && !isupper((unsigned char)j.buf[1]))
        j.buf[0] = (char)tolower((unsigned char)j.buf[0]);
    return copycstr(j.buf);
}

static void hostname_sys(void *arg) {
    char *buf = arg;
    if (gethostname(buf, 255) != 0) buf[0] = 0;
    buf[255] = 0;
}

/* func hostname() string: "" when unavailable */
gort_string gort_os_hostname(void) {
    char buf[256];
    gort_systemstack(hostname_sys, buf);
    return copycstr(buf);
}
