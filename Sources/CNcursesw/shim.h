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
#include <string.h>
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

// Whether the current locale can write this character (with LANG=C only ASCII can): the backend draws
// "?" for the others instead of letting them vanish.
static inline int cnc_locale_can_encode(unsigned int codepoint) {
    char buf[32];
    mbstate_t st;
    memset(&st, 0, sizeof st);
    return wcrtomb(buf, (wchar_t)codepoint, &st) != (size_t)-1;
}

// Put one grapheme (given as wide characters, first is the spacing one) with attributes and a pair.
static inline int cnc_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, wch, attrs, pair, NULL) == ERR) return ERR;
    return mvadd_wch(y, x, &cc);
}

// ---- Signals ----------------------------------------------------------------------------------
// SIGINT/SIGTERM/SIGHUP only set a flag that the key loop turns into an orderly exit (ncurses must
// not be called from a handler). Crash signals restore the saved terminal settings with
// async-signal-safe calls, then re-raise with the default action.

// State lives in function-local statics: Swift's C importer emits those with the function,
// while file-scope statics of struct type are not emitted.
static inline volatile sig_atomic_t *cnc_signal_slot(void) { static volatile sig_atomic_t v = 0; return &v; }
static inline struct termios *cnc_termios_slot(void) { static struct termios t; return &t; }
static inline int *cnc_termios_ok_slot(void) { static int ok = 0; return &ok; }
static const char cnc_reset_sequence[] = "\033[0m\033[?25h\033[?1049l\r\n";

static void cnc_on_quit_signal(int sig) { *cnc_signal_slot() = sig; }

static void cnc_on_crash_signal(int sig) {
    if (*cnc_termios_ok_slot()) tcsetattr(STDIN_FILENO, TCSANOW, cnc_termios_slot());
    ssize_t ignored = write(STDOUT_FILENO, cnc_reset_sequence, sizeof(cnc_reset_sequence) - 1);
    (void)ignored;
    signal(sig, SIG_DFL);
    raise(sig);
}

/// Saves the terminal settings as they were before curses started (for the crash handler).
static inline void cnc_save_termios(void) {
    *cnc_termios_ok_slot() = tcgetattr(STDIN_FILENO, cnc_termios_slot()) == 0;
}

static inline void cnc_install_signal_handlers(void) {
    struct sigaction sa;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sa.sa_handler = cnc_on_quit_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sa.sa_handler = cnc_on_crash_signal;
    sa.sa_flags = SA_RESETHAND;
    int crash[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
    for (unsigned i = 0; i < sizeof(crash) / sizeof(crash[0]); i++) sigaction(crash[i], &sa, NULL);
}

/// The signal that asked us to quit (0 when none).
static inline int cnc_pending_signal(void) { return (int)*cnc_signal_slot(); }

/// After the terminal is restored: end the way the signal asks (status 128+n for the shell), not with 0.
static inline void cnc_die_by_signal(int sig) {
    signal(sig, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
}

/// Restores default dispositions after curses has ended.
static inline void cnc_restore_default_signals(void) {
    int all[] = { SIGINT, SIGTERM, SIGHUP, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
    for (unsigned i = 0; i < sizeof(all) / sizeof(all[0]); i++) signal(all[i], SIG_DFL);
}

#endif
