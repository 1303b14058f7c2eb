// Shim for ncursesw. SwiftPM drops the -D flags that pkg-config supplies, so the wide-character
// API is switched on here, before the header is included. Swift cannot import macros, variadic
// functions or (in Swift 6 mode) mutable C globals; the small inline functions below stand in.
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <langinfo.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>

#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#elif __has_include(<ncurses.h>)
#include <ncurses.h>
#else
#include <curses.h>
#endif

// Globals (not concurrency-safe as imported variables in Swift 6 mode).
static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline int cnc_lines(void) { return LINES; }
static inline int cnc_cols(void) { return COLS; }
static inline int cnc_colors(void) { return COLORS; }
static inline int cnc_color_pairs(void) { return COLOR_PAIRS; }

// Attribute bits are macro expressions.
static inline attr_t cnc_a_normal(void) { return A_NORMAL; }
static inline attr_t cnc_a_bold(void) { return A_BOLD; }
static inline attr_t cnc_a_reverse(void) { return A_REVERSE; }
static inline attr_t cnc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cnc_a_dim(void) { return A_DIM; }
static inline attr_t cnc_a_standout(void) { return A_STANDOUT; }

// Function-like macros.
static inline int cnc_key_f(int n) { return KEY_F(n); }
static inline void cnc_getmaxyx(WINDOW *w, int *rows, int *cols) {
    int r, c;
    getmaxyx(w, r, c);
    *rows = r;
    *cols = c;
}

// wcwidth is not visible through Glibc's Swift overlay.
static inline int cnc_wcwidth(unsigned int codepoint) { return wcwidth((wchar_t)codepoint); }

// Locale: true when the codeset is UTF-8 (after setlocale).
static inline int cnc_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    if (!cs) return 0;
    return (cs[0] == 'U' || cs[0] == 'u') && (cs[1] == 'T' || cs[1] == 't') && (cs[2] == 'F' || cs[2] == 'f');
}

// Put one grapheme (given as wide characters, first is the spacing one) with attributes and a pair.
static inline int cnc_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, wch, attrs, pair, NULL) == ERR) return ERR;
    return mvadd_wch(y, x, &cc);
}

#endif
