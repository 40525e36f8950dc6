/*
 * lib_strings.c — the bodyless functions of package strings
 * (compiler/lib/strings.g): the runtime's strings.c under gocc's names.
 *
 * Builder is laid out as the runtime's gort_strings_builder ({addr
 * *Builder; buf []byte}, Go's own fields); its methods that return
 * (int, error) store a nil error, as Go's always do.
 */
#include "gort.h"

bool gort_strings_Contains(gort_string s, gort_string substr) { return gort_strings_contains(s, substr); }
bool gort_strings_ContainsRune(gort_string s, int32_t r) { return gort_strings_containsrune(s, r); }
bool gort_strings_ContainsAny(gort_string s, gort_string chars) { return gort_strings_containsany(s, chars); }
int64_t gort_strings_Index(gort_string s, gort_string substr) { return gort_strings_index(s, substr); }
int64_t gort_strings_IndexByte(gort_string s, uint8_t c) { return gort_strings_indexbyte(s, c); }
int64_t gort_strings_IndexRune(gort_string s, int32_t r) { return gort_strings_indexrune(s, r); }
int64_t gort_strings_IndexAny(gort_string s, gort_string chars) { return gort_strings_indexany(s, chars); }
int64_t gort_strings_LastIndex(gort_string s, gort_string substr) { return gort_strings_lastindex(s, substr); }
int64_t gort_strings_LastIndexByte(gort_string s, uint8_t c) { return gort_strings_lastindexbyte(s, c); }
bool gort_strings_HasPrefix(gort_string s, gort_string prefix) { return gort_strings_hasprefix(s, prefix); }
bool gort_strings_HasSuffix(gort_string s, gort_string suffix) { return gort_strings_hassuffix(s, suffix); }
int64_t gort_strings_Count(gort_string s, gort_string substr) { return gort_strings_count(s, substr); }
gort_slice gort_strings_Split(gort_string s, gort_string sep) { return gort_strings_split(s, sep); }
gort_slice gort_strings_SplitN(gort_string s, gort_string sep, int64_t n) { return gort_strings_splitn(s, sep, n); }
gort_slice gort_strings_SplitAfter(gort_string s, gort_string sep) { return gort_strings_splitafter(s, sep); }
gort_slice gort_strings_Fields(gort_string s) { return gort_strings_fields(s); }
gort_string gort_strings_Join(gort_slice elems, gort_string sep) { return gort_strings_join(elems, sep); }
gort_string gort_strings_Repeat(gort_string s, int64_t count) { return gort_strings_repeat(s, count); }
gort_string gort_strings_Replace(gort_string s, gort_string old, gort_string new_, int64_t n) { return gort_strings_replace(s, old, new_, n); }
gort_string gort_strings_ReplaceAll(gort_string s, gort_string old, gort_string new_) { return gort_strings_replaceall(s, old, new_); }
gort_string gort_strings_ToUpper(gort_string s) { return gort_strings_toupper(s); }
gort_string gort_strings_ToLower(gort_string s) { return gort_strings_tolower(s); }
gort_string gort_strings_TrimSpace(gort_string s) { return gort_strings_trimspace(s); }
gort_string gort_strings_Trim(gort_string s, gort_string cutset) { return gort_strings_trim(s, cutset); }
gort_string gort_strings_TrimLeft(gort_string s, gort_string cutset) { return gort_strings_trimleft(s, cutset); }
gort_string gort_strings_TrimRight(gort_string s, gort_string cutset) { return gort_strings_trimright(s, cutset); }
gort_string gort_strings_TrimPrefix(gort_string s, gort_string prefix) { return gort_strings_trimprefix(s, prefix); }
gort_string gort_strings_TrimSuffix(gort_string s, gort_string suffix) { return gort_strings_trimsuffix(s, suffix); }
bool gort_strings_EqualFold(gort_string s, gort_string t) { return gort_strings_equalfold(s, t); }

static void nilerr(gort_iface *err) { *err = (gort_iface){NULL, NULL}; }

gort_string gort_strings_Builder_String(gort_strings_builder *b) { return gort_builder_string(b); }
int64_t gort_strings_Builder_Len(gort_strings_builder *b) { return gort_builder_len(b); }
int64_t gort_strings_Builder_Cap(gort_strings_builder *b) { return gort_builder_cap(b); }
void gort_strings_Builder_Reset(gort_strings_builder *b) { gort_builder_reset(b); }
void gort_strings_Builder_Grow(gort_strings_builder *b, int64_t n) { gort_builder_grow(b, n); }

int64_t gort_strings_Builder_Write(gort_strings_builder *b, gort_slice p, gort_iface *err) {
    nilerr(err);
    return gort_builder_write(b, p);
}

gort_iface gort_strings_Builder_WriteByte(gort_strings_builder *b, uint8_t c) {
    gort_builder_writebyte(b, c);
    return (gort_iface){NULL, NULL};
}

int64_t gort_strings_Builder_WriteRune(gort_strings_builder *b, int32_t r, gort_iface *err) {
    nilerr(err);
    return gort_builder_writerune(b, r);
}

int64_t gort_strings_Builder_WriteString(gort_strings_builder *b, gort_string s, gort_iface *err) {
    nilerr(err);
    return gort_builder_writestring(b, s);
}
