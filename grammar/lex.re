/*
 * lex.re — the lexer of G: Go's lexical grammar, complete, as re2c rules.
 *
 * re2c turns the rules below into direct-coded DFAs (build/gen/lex.c);
 * nothing here walks the source by hand except the validation of a number
 * that a rule has already matched.  There are five automata:
 *
 *   lex_next       the token automaton: longest match over every Go token
 *                  (&^= beats &^ beats &, ... beats . , 0x1p-2i is one
 *                  literal), keywords listed before the identifier rule so
 *                  that an equally long match picks the keyword;
 *   scan_quoted    the body of an interpreted string "..." or rune '...',
 *                  one escape or one character per match;
 *   scan_text      the body of a comment or raw string `...`;
 *   check_ident    the Unicode classes of an identifier's characters;
 *   is_print       whether a code point prints (for Go's %#U and %q).
 *
 * Encoding.  The source is UTF-8 and every automaton is generated in
 * re2c's utf8 mode (re2c:encoding:utf8): a class such as L or Nd (from
 * re2c's stdlib unicode_categories.re: Unicode 7, older than Go 1.19's 13)
 * becomes the byte
 * sequences of its code points.  An identifier is matched permissively —
 * an ASCII letter or '_' or any non-ASCII code point, followed by ASCII
 * letters, digits, '_' or non-ASCII code points — exactly the extent Go's
 * scanner gives it; check_ident then reports what Go reports: "identifier
 * cannot begin with digit U+0663 '٣'" for a leading Nd, "invalid character
 * U+00B7 '·' in identifier" for a non-letter, non-digit.  A byte that starts
 * no valid UTF-8 sequence (or a UTF-8-encoded surrogate) falls to the
 * default rule `*`, which consumes one byte: "invalid UTF-8 encoding", once
 * per bad byte, as Go's decoder does.  NUL is "invalid NUL character"; a
 * BOM is skipped at offset 0 (lex_new) and is "invalid BOM in the middle
 * of the file" anywhere else.  Go makes these three invisible to the token
 * grammar; here a NUL or BOM inside an identifier stays in it as in Go,
 * inside literals and comments each is reported and the literal goes on,
 * as in Go, but elsewhere it ends the token it interrupts (a number, an
 * escape), so the next error may differ from gc's.
 *
 * End of input.  File.src is NUL-terminated and re2c:eof = 0 makes that
 * NUL the sentinel: when an automaton reads a 0 byte it compares the
 * cursor with YYLIMIT (src + len); only at the limit does the `$` rule
 * fire, so a NUL inside the file is an ordinary (erroneous) character.
 *
 * Positions.  A Pos is Go's: 1-based line, 1-based column counted in
 * bytes (a tab is one column, 'я' is two).  The lexer keeps the current
 * line number and a pointer to the first byte of that line; a position is
 * (line, p - linestart + 1).  Every rule that consumes a newline — the
 * newline token itself, or one inside a raw string or a block comment —
 * advances both.  A token's position is that of its first byte; an error's
 * position is where gc puts it: the offending character for bad escapes
 * and stray characters, the literal's first byte for "string not
 * terminated", "more than one character in rune literal" and "comment not
 * terminated", the closing quote for "empty rune literal or unescaped '",
 * the newline for "newline in string".  A BOM at the start of the file
 * still counts its three bytes: the first token is at column 4.
 *
 * Semicolons.  Go's rule (spec, "Semicolons"): a newline, or the end of
 * the file, ends the line's statement with a semicolon when the line's
 * final token is an identifier, a literal, one of the keywords break,
 * continue, fallthrough, return, or one of ++ -- ) ] }.  The lexer keeps
 * one flag, nlsemi, set by returning such a token and cleared by returning
 * any other; comments and whitespace leave it alone.  With nlsemi set, a
 * newline becomes a SEMICOLON token at the newline's own position (text
 * "\n"), and the end of input one at the EOF position (text "", length
 * 0); both have implicit = true.  A line comment never contains its
 * newline, so `x // c` still ends in a semicolon (at the newline).  A
 * block comment spanning lines acts like a newline: with nlsemi set it
 * yields the semicolon, positioned at the comment's opening slash (gc's
 * choice).
 *
 * Numbers.  One rule per literal family matches what Go's scanner would
 * consume — decimal (and 0-prefixed octal) with optional fraction,
 * exponent [eEpP] and 'i'; 0x with hex digits, fraction, p-exponent, 'i';
 * 0o/0b with decimal digits (so that "invalid digit '8' in octal literal"
 * can be said) — and check_number then applies Go's rules in Go's order,
 * reporting the first failure only: radix point in 0b/0o, no digits,
 * exponent/mantissa mismatch, exponent without digits, hex mantissa
 * without 'p', invalid digit (integers only), and '_' not between digits.
 * A bad literal is still returned as INT/FLOAT/IMAG: the parser goes on.
 *
 * Errors go to diag_error with gc's wording and position, and lexing
 * continues after each one (diag_error stops the compiler after 10).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gocc.h"
#include "gocc_parse.h"

typedef unsigned char uchar;

struct Lexer {
    const File *f;
    const uchar *cur;       /* next byte to read */
    const uchar *lim;       /* src + len: the sentinel NUL */
    const uchar *lstart;    /* first byte of the current line */
    int32_t line;           /* current line, 1-based */
    bool nlsemi;            /* a newline or EOF now means ';' */
};

/*!include:re2c "unicode_categories.re" */

/*!re2c
    re2c:encoding:utf8 = 1;
    re2c:define:YYCTYPE = uchar;
    re2c:yyfill:enable = 0;
    re2c:eof = 0;

    nonascii = [\x80-\uD7FF\uE000-\U0010FFFF];
    char     = [\x01-\uD7FF\uE000-\U0010FFFF];
    hex      = [0-9a-fA-F];
    print    = L | M | N | P | S;
    exp      = [eEpP] [+-]? [0-9_]*;
*/

/* ===================================================================== */
/* Positions and messages                                                */
/* ===================================================================== */

static Pos pos_at(const Lexer *lx, const uchar *p)
{
    return (Pos){lx->line, (int32_t)(p - lx->lstart) + 1};
}

/* The newline just consumed ends at p: a new line starts there. */
static void newline(Lexer *lx, const uchar *p)
{
    lx->line++;
    lx->lstart = p;
}

/* The code point of the valid UTF-8 sequence at p (the automata have
 * already checked it); *w gets its length in bytes. */
static uint32_t decode(const uchar *p, int *w)
{
    int n = p[0] < 0x80 ? 1 : p[0] < 0xC2 ? 0 : p[0] < 0xE0 ? 2 : p[0] < 0xF0 ? 3 : p[0] < 0xF5 ? 4 : 0;
    for (int i = 1; i < n; i++)
        if ((p[i] & 0xC0) != 0x80)
            n = 0;
    if (n == 0) { *w = 1; return 0xFFFD; }    /* not UTF-8: the automata said so */
    if (p[0] < 0x80) { *w = 1; return p[0]; }
    if (p[0] < 0xE0) { *w = 2; return (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F); }
    if (p[0] < 0xF0) {
        *w = 3;
        return (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    }
    *w = 4;
    return (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12
         | (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
}

/* Whether the character at p prints, as Go's unicode.IsPrint: categories
 * L, M, N, P, S and the ASCII space. */
static bool is_print(const uchar *p)
{
    const uchar *YYCURSOR = p, *YYLIMIT = p + 4, *YYMARKER = p;
    (void)YYMARKER;
    /*!local:re2c
        print | " " { return true; }
        $           { return false; }
        *           { return false; }
    */
}

/* Go's %#U of the character at p: U+0040 '@', U+0001. */
static const char *fmt_U(const uchar *p, char *buf, size_t n)
{
    int w;
    uint32_t c = decode(p, &w);
    if (is_print(p))
        snprintf(buf, n, "U+%04X '%.*s'", (unsigned)c, w, (const char *)p);
    else
        snprintf(buf, n, "U+%04X", (unsigned)c);
    return buf;
}

/* Go's %q of the character at p (strconv.QuoteRune). */
static const char *fmt_q(const uchar *p, char *buf, size_t n)
{
    int w;
    uint32_t c = decode(p, &w);
    const char *e = NULL;
    switch (c) {
    case '\a': e = "a"; break;
    case '\b': e = "b"; break;
    case '\f': e = "f"; break;
    case '\n': e = "n"; break;
    case '\r': e = "r"; break;
    case '\t': e = "t"; break;
    case '\v': e = "v"; break;
    case '\\': e = "\\"; break;
    case '\'': e = "'"; break;
    }
    if (e)
        snprintf(buf, n, "'\\%s'", e);
    else if (is_print(p))
        snprintf(buf, n, "'%.*s'", w, (const char *)p);
    else if (c < ' ' || c == 0x7F)
        snprintf(buf, n, "'\\x%02x'", (unsigned)c);
    else if (c < 0x10000)
        snprintf(buf, n, "'\\u%04x'", (unsigned)c);
    else
        snprintf(buf, n, "'\\U%08x'", (unsigned)c);
    return buf;
}

#define ERR(p, ...) diag_error(lx->f, pos_at(lx, p), __VA_ARGS__)

/* The three characters Go's source reader reports wherever they are.  (A
 * NUL as the file's first byte escapes gc's NUL check: it is an "invalid
 * character U+0000" there.) */
/*!rules:re2c:badchar
    "\x00" {
        if (c0 == (const uchar *)lx->f->src)
            ERR(c0, "invalid character U+0000");
        else
            ERR(c0, "invalid NUL character");
        continue;
    }
    "\uFEFF" { ERR(c0, "invalid BOM in the middle of the file"); continue; }
    *        { ERR(c0, "invalid UTF-8 encoding"); continue; }
*/

/* ===================================================================== */
/* Identifiers                                                           */
/* ===================================================================== */

/* The identifier [s, e) contains non-ASCII characters: Go accepts Unicode
 * letters (L) and, after the first character, decimal digits (Nd). */
static void check_ident(Lexer *lx, const uchar *s, const uchar *e)
{
    const uchar *YYCURSOR = s, *YYLIMIT = e, *YYMARKER = s;
    char buf[32];
    (void)YYMARKER;
    while (YYCURSOR < e) {
        const uchar *c0 = YYCURSOR;
        /*!local:re2c
            !use:badchar;
            $                    { return; }
            [a-zA-Z0-9_] | L     { continue; }
            Nd {
                if (c0 == s)
                    ERR(c0, "identifier cannot begin with digit %s", fmt_U(c0, buf, sizeof buf));
                continue;
            }
            nonascii {
                ERR(c0, "invalid character %s in identifier", fmt_U(c0, buf, sizeof buf));
                continue;
            }
        */
    }
}

/* ===================================================================== */
/* Numbers                                                               */
/* ===================================================================== */

static int lower(int c) { return c | ('a' - 'A'); }
static bool is_dec(int c) { return c >= '0' && c <= '9'; }
static bool is_hex(int c) { return is_dec(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

static const char *base_name(int base)
{
    return base == 2 ? "binary" : base == 8 ? "octal" : base == 10 ? "decimal" : "hexadecimal";
}

/* Go's { digit | '_' } at q: decimal digits (any, for bases up to 10,
 * remembering the first one >= base in *bad) or hex digits. */
static const uchar *digits(const uchar *q, const uchar *e, int base, const uchar **bad,
                           bool *dig, bool *sep)
{
    for (; q < e && (base == 16 ? is_hex(*q) : is_dec(*q)) | (*q == '_'); q++) {
        if (*q == '_')
            *sep = true;
        else {
            *dig = true;
            if (base < 10 && *q - '0' >= base && bad && !*bad)
                *bad = q;
        }
    }
    return q;
}

/* Offset of the first '_' in the literal that does not stand between two
 * digits (a 0x/0o/0b prefix counts as a digit before it), or -1.  Like Go,
 * a '_' is charged when what precedes it is not a digit, and when a
 * non-digit follows it. */
static int bad_separator(const uchar *s, const uchar *e)
{
    bool hex = e - s >= 2 && s[0] == '0' && lower(s[1]) == 'x';
    char prev = '.';        /* '0' digit, '_' separator, '.' anything else */
    const uchar *q = s;
    if (e - s >= 2 && s[0] == '0' && (lower(s[1]) == 'x' || lower(s[1]) == 'o' || lower(s[1]) == 'b')) {
        prev = '0';
        q = s + 2;
    }
    for (; q < e; q++) {
        if (*q == '_') {
            if (prev != '0')
                return (int)(q - s);
            prev = '_';
        } else if (is_dec(*q) || (hex && is_hex(*q))) {
            prev = '0';
        } else {
            if (prev == '_')
                return (int)(q - s) - 1;
            prev = '.';
        }
    }
    return prev == '_' ? (int)(e - s) - 1 : -1;
}

/* Check the number literal [s, e) (all on the current line) by Go's rules,
 * reporting the first violation; return its kind. */
static int check_number(Lexer *lx, const uchar *s, const uchar *e)
{
    const uchar *q = s, *bad = NULL;
    int base = 10, kind = TK_INT;
    char prefix = 0;        /* 0 decimal, '0' octal, or 'x' 'o' 'b' */
    bool dig = false, sep = false, ok = true;

    if (*q != '.') {
        if (*q == '0') {
            q++;
            switch (q < e ? lower(*q) : 0) {
            case 'x': q++; base = 16; prefix = 'x'; break;
            case 'o': q++; base = 8; prefix = 'o'; break;
            case 'b': q++; base = 2; prefix = 'b'; break;
            default: base = 8; prefix = '0'; dig = true; break;
            }
        }
        q = digits(q, e, base, &bad, &dig, &sep);
        if (q < e && *q == '.') {
            if (prefix == 'o' || prefix == 'b') {
                ERR(q, "invalid radix point in %s literal", base_name(base));
                ok = false;
            }
            q++;
            kind = TK_FLOAT;
            q = digits(q, e, base, &bad, &dig, &sep);
        }
    } else {
        kind = TK_FLOAT;
        q = digits(q + 1, e, base, &bad, &dig, &sep);
    }
    if (!dig && ok) {
        ERR(q, "%s literal has no digits", base_name(base));
        ok = false;
    }
    if (q < e && (lower(*q) == 'e' || lower(*q) == 'p')) {
        if (ok && lower(*q) == 'e' && prefix != 0 && prefix != '0') {
            ERR(q, "'%c' exponent requires decimal mantissa", *q);
            ok = false;
        } else if (ok && lower(*q) == 'p' && prefix != 'x') {
            ERR(q, "'%c' exponent requires hexadecimal mantissa", *q);
            ok = false;
        }
        q++;
        kind = TK_FLOAT;
        if (q < e && (*q == '+' || *q == '-'))
            q++;
        bool edig = false;
        q = digits(q, e, 10, NULL, &edig, &sep);
        if (!edig && ok) {
            ERR(q, "exponent has no digits");
            ok = false;
        }
    } else if (prefix == 'x' && kind == TK_FLOAT && ok) {
        ERR(q, "hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }
    if (q < e && *q == 'i') {
        kind = TK_IMAG;
        q++;
    }
    if (kind == TK_INT && bad && ok) {
        ERR(bad, "invalid digit '%c' in %s literal", *bad, base_name(base));
        ok = false;
    }
    if (sep && ok) {
        int i = bad_separator(s, e);
        if (i >= 0)
            ERR(s + i, "'_' must separate successive digits");
    }
    return kind;
}

/* ===================================================================== */
/* Strings, runes, comments                                              */
/* ===================================================================== */

/* The escape just matched ends at p with too few digits: Go complains
 * about the character found instead of a digit (nothing at end of file:
 * "not terminated" says it).  The character is not consumed. */
static bool short_escape(Lexer *lx, const uchar *p, int base)
{
    char buf[32];
    if (p >= lx->lim)
        return true;
    ERR(p, "invalid character %s in %s escape", fmt_q(p, buf, sizeof buf), base_name(base));
    return false;
}

/* \u and \U escape values must be Unicode code points. */
static bool check_code_point(Lexer *lx, const uchar *p, const uchar *digs, int n)
{
    uint32_t v = 0;
    for (int i = 0; i < n; i++)
        v = v * 16 + (uint32_t)(is_dec(digs[i]) ? digs[i] - '0' : lower(digs[i]) - 'a' + 10);
    if (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000)) {
        ERR(p, "escape is invalid Unicode code point U+%04X", (unsigned)v);
        return false;
    }
    return true;
}

/* The body of "..." (quote '"') or '...' (quote '\'') whose opening quote
 * is at tok; returns the end of the literal. */
static const uchar *scan_quoted(Lexer *lx, const uchar *tok, uchar quote)
{
    const uchar *YYCURSOR = tok + 1, *YYLIMIT = lx->lim, *YYMARKER = YYCURSOR;
    (void)YYMARKER;
    bool rune = quote == '\'', ok = true;
    Pos p0 = pos_at(lx, tok);
    int n = 0;              /* characters (an escape is one) in a rune */
    for (;;) {
        const uchar *c0 = YYCURSOR;
        /*!local:re2c
            !use:badchar;
            ['"] {
                if (*c0 != quote) { n++; continue; }
                if (rune && ok && n == 0)
                    ERR(c0, "empty rune literal or unescaped '");
                else if (rune && ok && n != 1)
                    diag_error(lx->f, p0, "more than one character in rune literal");
                return YYCURSOR;
            }
            "\n" {
                if (!rune)
                    ERR(c0, "newline in string");
                else if (ok)
                    ERR(c0, "newline in rune literal");
                return c0;
            }
            $ {
                if (!rune)
                    diag_error(lx->f, p0, "string not terminated");
                else if (ok)
                    diag_error(lx->f, p0, "rune literal not terminated");
                return YYCURSOR;
            }
            "\\" [abfnrtv\\] { n++; continue; }
            "\\" ['"] {
                if (c0[1] != quote) {   /* \' in a string, \" in a rune */
                    ERR(c0 + 1, "unknown escape");
                    ok = false;
                    YYCURSOR = c0 + 1;
                }
                n++;
                continue;
            }
            "\\" [0-7]{3} {
                int v = (c0[1] - '0') * 64 + (c0[2] - '0') * 8 + (c0[3] - '0');
                if (v > 255) {
                    ERR(YYCURSOR, "octal escape value %d > 255", v);
                    ok = false;
                }
                n++;
                continue;
            }
            "\\x" hex{2}   { n++; continue; }
            "\\u" hex{4}   { ok &= check_code_point(lx, YYCURSOR, c0 + 2, 4); n++; continue; }
            "\\U" hex{8}   { ok &= check_code_point(lx, YYCURSOR, c0 + 2, 8); n++; continue; }
            "\\" [0-7]{1,2} { ok &= short_escape(lx, YYCURSOR, 8); n++; continue; }
            "\\x" hex? | "\\u" hex{0,3} | "\\U" hex{0,7} {
                ok &= short_escape(lx, YYCURSOR, 16);
                n++;
                continue;
            }
            "\\" {
                if (YYCURSOR < YYLIMIT) {
                    ERR(YYCURSOR, "unknown escape");
                    ok = false;
                }
                n++;
                continue;
            }
            char { n++; continue; }
        */
    }
}

enum { LINE_COMMENT, BLOCK_COMMENT, RAW_STRING };

/* The body of a comment or raw string opened at tok (2 bytes for a
 * comment, 1 for a raw string); returns its end.  A line comment stops
 * before its newline. */
static const uchar *scan_text(Lexer *lx, const uchar *tok, int mode)
{
    const uchar *YYCURSOR = tok + (mode == RAW_STRING ? 1 : 2), *YYLIMIT = lx->lim;
    const uchar *YYMARKER = YYCURSOR;
    Pos p0 = pos_at(lx, tok);
    (void)YYMARKER;
    for (;;) {
        const uchar *c0 = YYCURSOR;
        /*!local:re2c
            !use:badchar;
            "\n" {
                if (mode == LINE_COMMENT)
                    return c0;
                newline(lx, YYCURSOR);
                continue;
            }
            "*" "/" { if (mode == BLOCK_COMMENT) return YYCURSOR; continue; }
            "`"     { if (mode == RAW_STRING) return YYCURSOR; continue; }
            $ {
                if (mode == BLOCK_COMMENT)
                    diag_error(lx->f, p0, "comment not terminated");
                else if (mode == RAW_STRING)
                    diag_error(lx->f, p0, "string not terminated");
                return YYCURSOR;
            }
            (char \ [\n*`\uFEFF])+ | "*" { continue; }
        */
    }
}

/* ===================================================================== */
/* Tokens                                                                */
/* ===================================================================== */

Lexer *lex_new(const File *f)
{
    Lexer *lx = calloc(1, sizeof *lx);
    if (!lx) {
        perror("gocc");
        exit(2);
    }
    lx->f = f;
    lx->cur = lx->lstart = (const uchar *)f->src;
    lx->lim = lx->cur + f->len;
    lx->line = 1;
    if (f->len >= 3 && memcmp(f->src, "\xEF\xBB\xBF", 3) == 0)
        lx->cur += 3;       /* a BOM is allowed as the first character */
    return lx;
}

Token lex_next(Lexer *lx)
{
    bool nlsemi = lx->nlsemi;   /* the previous token allows a ';' here */
    const uchar *YYCURSOR = lx->cur, *YYLIMIT = lx->lim, *YYMARKER = YYCURSOR;
    Token t = {0};
    char buf[32];
    (void)YYMARKER;

    lx->nlsemi = false;
    for (;;) {
        const uchar *c0 = YYCURSOR;
        t.pos = pos_at(lx, c0);
        t.text = (const char *)c0;

#define TOK(k)      do { t.kind = (k); goto done; } while (0)
#define SEMI_TOK(k) do { lx->nlsemi = true; TOK(k); } while (0)
/* An implicit ';': at a newline or multi-line comment ("\n"), or EOF (""). */
#define IMPLICIT(s) do { t.kind = TK_SEMICOLON; t.implicit = true; t.text = (s); \
                         t.len = (int32_t)strlen(s); lx->cur = YYCURSOR; return t; } while (0)
        /*!local:re2c
            !use:badchar;

            [ \t\r]+ { continue; }
            "\n" {
                newline(lx, YYCURSOR);
                if (nlsemi)
                    IMPLICIT("\n");
                continue;
            }
            $ {
                if (nlsemi)
                    IMPLICIT("");
                TOK(0);
            }
            "//" {
                YYCURSOR = scan_text(lx, c0, LINE_COMMENT);
                continue;
            }
            "/*" {
                YYCURSOR = scan_text(lx, c0, BLOCK_COMMENT);
                if (nlsemi && lx->line > t.pos.line)
                    IMPLICIT("\n");
                continue;
            }

            "break"       { SEMI_TOK(TK_BREAK); }
            "case"        { TOK(TK_CASE); }
            "chan"        { TOK(TK_CHAN); }
            "const"       { TOK(TK_CONST); }
            "continue"    { SEMI_TOK(TK_CONTINUE); }
            "default"     { TOK(TK_DEFAULT); }
            "defer"       { TOK(TK_DEFER); }
            "else"        { TOK(TK_ELSE); }
            "fallthrough" { SEMI_TOK(TK_FALLTHROUGH); }
            "for"         { TOK(TK_FOR); }
            "func"        { TOK(TK_FUNC); }
            "go"          { TOK(TK_GO); }
            "goto"        { TOK(TK_GOTO); }
            "if"          { TOK(TK_IF); }
            "import"      { TOK(TK_IMPORT); }
            "interface"   { TOK(TK_INTERFACE); }
            "map"         { TOK(TK_MAP); }
            "package"     { TOK(TK_PACKAGE); }
            "range"       { TOK(TK_RANGE); }
            "return"      { SEMI_TOK(TK_RETURN); }
            "select"      { TOK(TK_SELECT); }
            "struct"      { TOK(TK_STRUCT); }
            "switch"      { TOK(TK_SWITCH); }
            "type"        { TOK(TK_TYPE); }
            "var"         { TOK(TK_VAR); }

            [a-zA-Z_] [a-zA-Z0-9_]* { SEMI_TOK(TK_IDENT); }
            ([a-zA-Z_] | nonascii) ([a-zA-Z0-9_] | nonascii | "\x00")* {
                check_ident(lx, c0, YYCURSOR);
                SEMI_TOK(TK_IDENT);
            }

            ( [0-9] [0-9_]* ("." [0-9_]*)? | "." [0-9] [0-9_]* ) exp? "i"?
          | "0" [xX] [0-9a-fA-F_]* ("." [0-9a-fA-F_]*)? ([pP] [+-]? [0-9_]*)? "i"?
          | "0" [oObB] [0-9_]* ("." [0-9_]*)? exp? "i"? {
                SEMI_TOK(check_number(lx, c0, YYCURSOR));
            }

            "'"  { YYCURSOR = scan_quoted(lx, c0, '\''); SEMI_TOK(TK_CHAR); }
            "\"" { YYCURSOR = scan_quoted(lx, c0, '"'); SEMI_TOK(TK_STRING); }
            "`" {
                YYCURSOR = scan_text(lx, c0, RAW_STRING);
                SEMI_TOK(TK_STRING);
            }

            "+"   { TOK(TK_ADD); }
            "-"   { TOK(TK_SUB); }
            "*"   { TOK(TK_MUL); }
            "/"   { TOK(TK_QUO); }
            "%"   { TOK(TK_REM); }
            "&"   { TOK(TK_AND); }
            "|"   { TOK(TK_OR); }
            "^"   { TOK(TK_XOR); }
            "<<"  { TOK(TK_SHL); }
            ">>"  { TOK(TK_SHR); }
            "&^"  { TOK(TK_AND_NOT); }
            "+="  { TOK(TK_ADD_ASSIGN); }
            "-="  { TOK(TK_SUB_ASSIGN); }
            "*="  { TOK(TK_MUL_ASSIGN); }
            "/="  { TOK(TK_QUO_ASSIGN); }
            "%="  { TOK(TK_REM_ASSIGN); }
            "&="  { TOK(TK_AND_ASSIGN); }
            "|="  { TOK(TK_OR_ASSIGN); }
            "^="  { TOK(TK_XOR_ASSIGN); }
            "<<=" { TOK(TK_SHL_ASSIGN); }
            ">>=" { TOK(TK_SHR_ASSIGN); }
            "&^=" { TOK(TK_AND_NOT_ASSIGN); }
            "&&"  { TOK(TK_LAND); }
            "||"  { TOK(TK_LOR); }
            "<-"  { TOK(TK_ARROW); }
            "++"  { SEMI_TOK(TK_INC); }
            "--"  { SEMI_TOK(TK_DEC); }
            "=="  { TOK(TK_EQL); }
            "<"   { TOK(TK_LSS); }
            ">"   { TOK(TK_GTR); }
            "="   { TOK(TK_ASSIGN); }
            "!"   { TOK(TK_NOT); }
            "!="  { TOK(TK_NEQ); }
            "<="  { TOK(TK_LEQ); }
            ">="  { TOK(TK_GEQ); }
            ":="  { TOK(TK_DEFINE); }
            "..." { TOK(TK_ELLIPSIS); }
            "("   { TOK(TK_LPAREN); }
            "["   { TOK(TK_LBRACK); }
            "{"   { TOK(TK_LBRACE); }
            ","   { TOK(TK_COMMA); }
            "."   { TOK(TK_PERIOD); }
            ")"   { SEMI_TOK(TK_RPAREN); }
            "]"   { SEMI_TOK(TK_RBRACK); }
            "}"   { SEMI_TOK(TK_RBRACE); }
            ";"   { TOK(TK_SEMICOLON); }
            ":"   { TOK(TK_COLON); }
            "~"   { TOK(TK_TILDE); }

            [\x01-\x7f] {
                ERR(c0, "invalid character %s", fmt_U(c0, buf, sizeof buf));
                continue;
            }
        */
#undef TOK
#undef SEMI_TOK
#undef IMPLICIT
    }
done:
    lx->cur = YYCURSOR;
    t.len = (int32_t)(YYCURSOR - (const uchar *)t.text);
    return t;
}

/* ===================================================================== */
/* Names of tokens in messages and dumps                                 */
/* ===================================================================== */

/* For each token: the grammar's name (dumps) and gc's word for it in
 * "syntax error: unexpected X" / "expecting X" (Go 1.19's tokstring). */
static const struct { const char *name, *go; } kinds[] = {
    [0] = {"EOF", "EOF"},
    [TK_IDENT] = {"IDENT", "name"},
    [TK_INT] = {"INT", "literal"},
    [TK_FLOAT] = {"FLOAT", "literal"},
    [TK_IMAG] = {"IMAG", "literal"},
    [TK_CHAR] = {"CHAR", "literal"},
    [TK_STRING] = {"STRING", "literal"},
    [TK_BREAK] = {"BREAK", "break"},
    [TK_CASE] = {"CASE", "case"},
    [TK_CHAN] = {"CHAN", "chan"},
    [TK_CONST] = {"CONST", "const"},
    [TK_CONTINUE] = {"CONTINUE", "continue"},
    [TK_DEFAULT] = {"DEFAULT", "default"},
    [TK_DEFER] = {"DEFER", "defer"},
    [TK_ELSE] = {"ELSE", "else"},
    [TK_FALLTHROUGH] = {"FALLTHROUGH", "fallthrough"},
    [TK_FOR] = {"FOR", "for"},
    [TK_FUNC] = {"FUNC", "func"},
    [TK_GO] = {"GO", "go"},
    [TK_GOTO] = {"GOTO", "goto"},
    [TK_IF] = {"IF", "if"},
    [TK_IMPORT] = {"IMPORT", "import"},
    [TK_INTERFACE] = {"INTERFACE", "interface"},
    [TK_MAP] = {"MAP", "map"},
    [TK_PACKAGE] = {"PACKAGE", "package"},
    [TK_RANGE] = {"RANGE", "range"},
    [TK_RETURN] = {"RETURN", "return"},
    [TK_SELECT] = {"SELECT", "select"},
    [TK_STRUCT] = {"STRUCT", "struct"},
    [TK_SWITCH] = {"SWITCH", "switch"},
    [TK_TYPE] = {"TYPE", "type"},
    [TK_VAR] = {"VAR", "var"},
    [TK_ADD] = {"ADD", "+"},
    [TK_SUB] = {"SUB", "-"},
    [TK_MUL] = {"MUL", "*"},
    [TK_QUO] = {"QUO", "/"},
    [TK_REM] = {"REM", "%"},
    [TK_AND] = {"AND", "&"},
    [TK_OR] = {"OR", "|"},
    [TK_XOR] = {"XOR", "^"},
    [TK_SHL] = {"SHL", "<<"},
    [TK_SHR] = {"SHR", ">>"},
    [TK_AND_NOT] = {"AND_NOT", "&^"},
    [TK_ADD_ASSIGN] = {"ADD_ASSIGN", "+="},
    [TK_SUB_ASSIGN] = {"SUB_ASSIGN", "-="},
    [TK_MUL_ASSIGN] = {"MUL_ASSIGN", "*="},
    [TK_QUO_ASSIGN] = {"QUO_ASSIGN", "/="},
    [TK_REM_ASSIGN] = {"REM_ASSIGN", "%="},
    [TK_AND_ASSIGN] = {"AND_ASSIGN", "&="},
    [TK_OR_ASSIGN] = {"OR_ASSIGN", "|="},
    [TK_XOR_ASSIGN] = {"XOR_ASSIGN", "^="},
    [TK_SHL_ASSIGN] = {"SHL_ASSIGN", "<<="},
    [TK_SHR_ASSIGN] = {"SHR_ASSIGN", ">>="},
    [TK_AND_NOT_ASSIGN] = {"AND_NOT_ASSIGN", "&^="},
    [TK_LAND] = {"LAND", "&&"},
    [TK_LOR] = {"LOR", "||"},
    [TK_ARROW] = {"ARROW", "<-"},
    [TK_INC] = {"INC", "++"},
    [TK_DEC] = {"DEC", "--"},
    [TK_EQL] = {"EQL", "=="},
    [TK_LSS] = {"LSS", "<"},
    [TK_GTR] = {"GTR", ">"},
    [TK_ASSIGN] = {"ASSIGN", "="},
    [TK_NOT] = {"NOT", "!"},
    [TK_NEQ] = {"NEQ", "!="},
    [TK_LEQ] = {"LEQ", "<="},
    [TK_GEQ] = {"GEQ", ">="},
    [TK_DEFINE] = {"DEFINE", ":="},
    [TK_ELLIPSIS] = {"ELLIPSIS", "..."},
    [TK_LPAREN] = {"LPAREN", "("},
    [TK_LBRACK] = {"LBRACK", "["},
    [TK_LBRACE] = {"LBRACE", "{"},
    [TK_COMMA] = {"COMMA", "comma"},
    [TK_PERIOD] = {"PERIOD", "."},
    [TK_RPAREN] = {"RPAREN", ")"},
    [TK_RBRACK] = {"RBRACK", "]"},
    [TK_RBRACE] = {"RBRACE", "}"},
    [TK_SEMICOLON] = {"SEMICOLON", "semicolon or newline"},
    [TK_COLON] = {"COLON", ":"},
    [TK_TILDE] = {"TILDE", "~"},
};

static bool known(int kind)
{
    return kind >= 0 && (size_t)kind < sizeof kinds / sizeof kinds[0] && kinds[kind].name;
}

const char *lex_kindname(int kind)
{
    return known(kind) ? kinds[kind].go : "?";
}

const char *lex_describe(Token t, char *buf, size_t n)
{
    switch (t.kind) {
    case TK_IDENT:
        snprintf(buf, n, "%.*s", (int)t.len, t.text);
        break;
    case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
        snprintf(buf, n, "literal %.*s", (int)t.len, t.text);
        break;
    case TK_SEMICOLON:
        snprintf(buf, n, "%s", !t.implicit ? "semicolon" : t.len ? "newline" : "EOF");
        break;
    default:
        snprintf(buf, n, "%s", lex_kindname(t.kind));
        break;
    }
    return buf;
}

/* The token's text on one line: newlines, CRs and other control bytes of
 * raw strings (and NULs) escaped. */
static void put_text(const char *s, int32_t n)
{
    for (int32_t i = 0; i < n; i++) {
        uchar c = (uchar)s[i];
        if (c == '\n')
            fputs("\\n", stdout);
        else if (c == '\r')
            fputs("\\r", stdout);
        else if (c < ' ' && c != '\t')
            printf("\\x%02x", c);
        else
            putchar(c);
    }
}

int lex_dump(const File *f)
{
    int errs = diag_count();
    Lexer *lx = lex_new(f);
    for (;;) {
        Token t = lex_next(lx);
        printf("%d:%d %s", t.pos.line, t.pos.col, known(t.kind) ? kinds[t.kind].name : "?");
        if (t.implicit)
            fputs(t.len ? " newline" : " EOF", stdout);
        else if (t.kind != 0) {
            putchar(' ');
            put_text(t.text, t.len);
        }
        putchar('\n');
        if (t.kind == 0)
            break;
    }
    fflush(stdout);
    free(lx);
    return diag_count() - errs;
}
