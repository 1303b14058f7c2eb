@preconcurrency import CNcursesw
import Foundation
import GuideCore
import GuideUI

/// The one place that touches ncurses: it starts the terminal, presents screen buffers, reads keys,
/// and always gives the terminal back as it found it.
public final class CursesTerminal: TerminalIO {
    public enum StartError: Error, CustomStringConvertible {
        case notATerminal
        case unknownTerminal(String)

        public var description: String {
            switch self {
            case .notATerminal:
                return "The guide needs a terminal on standard input and output. Use `oinp-guide --plain` to answer line by line, or `oinp-guide assess` from scripts."
            case .unknownTerminal(let term):
                return "The terminal type TERM=\(term) is unknown or cannot move the cursor. Try TERM=xterm-256color, or `oinp-guide --plain`."
            }
        }
    }

    /// The locale can show any character (UTF-8). When not, `present` draws "?" for what it cannot encode.
    public let localeIsUTF8: Bool
    /// Graphemes the locale cannot encode, as drawn instead (cached: the check goes through wcrtomb).
    private var substitutes: [String: String] = [:]

    private var screen: OpaquePointer?
    private var styles: StyleMap
    private var ended = false
    /// Events decoded but not yet handed out (a resize noticed while reading).
    private var queued: [Event] = []

    /// Starts curses. The locale is set first so wide characters work; `newterm` is used because
    /// `initscr` exits the process on an unusable TERM.
    public init(environment: (String) -> String? = EnvironmentVariable.value) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw StartError.notATerminal }
        let term = environment("TERM") ?? ""
        if term.isEmpty || term == "dumb" { throw StartError.unknownTerminal(term.isEmpty ? "(unset)" : term) }
        localeIsUTF8 = LocaleText.prepare()
        // Esc goes back at once: ncurses waits ESCDELAY ms (default 1000) to tell Esc from a sequence.
        if environment("ESCDELAY") == nil { setenv("ESCDELAY", "25", 1) }
        cnc_save_termios()
        guard let scr = newterm(nil, stdout, stdin) else { throw StartError.unknownTerminal(term) }
        screen = scr
        set_term(scr)
        raw()                         // Ctrl-C arrives as a key, so quitting goes through the same path
        noecho()
        nonl()
        keypad(cnc_stdscr(), true)
        CursesTerminal.defineAlternateKeys()
        wtimeout(cnc_stdscr(), 200)   // wake up to notice SIGTERM/SIGHUP
        let useColor = has_colors() && (environment("NO_COLOR") ?? "").isEmpty
        if useColor {
            start_color()
            use_default_colors()
        }
        styles = StyleMap(color: useColor)
        cnc_install_signal_handlers()
        atexit { endwin() }
    }

    deinit { stop() }

    /// Terminals differ in how they send cursor keys (ESC [ A in normal mode, ESC O A in application
    /// mode, several forms of Home/End); accept every common form whatever TERM's entry says.
    private static func defineAlternateKeys() {
        let pairs: [(String, Int32)] = [
            ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
            ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
            ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END), ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END),
            ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[8~", KEY_END),
            ("\u{1B}[3~", KEY_DC), ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE), ("\u{1B}[Z", KEY_BTAB),
            ("\u{1B}OP", cnc_key_f(1)), ("\u{1B}[11~", cnc_key_f(1)),
        ]
        for (sequence, code) in pairs where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
    }

    /// Gives the terminal back: leaves curses mode and restores the settings it started with.
    public func stop() {
        guard !ended else { return }
        ended = true
        endwin()
        if let scr = screen { delscreen(scr) }
        screen = nil
        cnc_restore_default_signals()
    }

    public var size: (width: Int, height: Int) {
        var rows: Int32 = 0, cols: Int32 = 0
        cnc_getmaxyx(cnc_stdscr(), &rows, &cols)
        return (Int(cols), Int(rows))
    }

    /// Bytes of the frame are left to ncurses, which sends only what changed since the last refresh.
    public func present(_ buffer: ScreenBuffer) {
        let win = cnc_stdscr()
        werase(win)
        var wide: [wchar_t] = [0, 0, 0, 0, 0, 0]
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                if cell.text.isEmpty { continue }      // continuation of a wide grapheme
                if cell.style == .normal, cell.text == " " { continue }   // werase left a blank there already
                let (attrs, pair) = styles.attributes(for: cell.style)
                var text = cell.text
                if !localeIsUTF8, !text.utf8.allSatisfy({ $0 < 0x80 }) {
                    text = substitute(text)
                    if text.count == 2 {                // a wide grapheme: "?" in both of its columns
                        wide[0] = wchar_t(UInt8(ascii: "?")); wide[1] = 0
                        _ = cnc_put_cell(Int32(y), Int32(x + 1), &wide, attrs, pair)
                        text = "?"
                    }
                }
                // A grapheme: its scalars as wide chars (ncurses takes up to CCHARW_MAX-1 combining marks).
                var n = 0
                for scalar in text.unicodeScalars where n < 5 {
                    wide[n] = wchar_t(bitPattern: scalar.value)
                    n += 1
                }
                wide[n] = 0
                if cnc_put_cell(Int32(y), Int32(x), &wide, attrs, pair) == ERR, y == buffer.height - 1, x == buffer.width - 1 {
                    // Writing the bottom-right cell scrolls-fails harmlessly; nothing to do.
                }
            }
        }
        if let c = buffer.cursor {
            curs_set(1)
            wmove(win, Int32(c.y), Int32(c.x))
        } else {
            curs_set(0)
        }
        wrefresh(win)
    }

    private func substitute(_ grapheme: String) -> String {
        if let known = substitutes[grapheme] { return known }
        let drawn = grapheme.first.map(LocaleText.encodable) ?? "?"
        substitutes[grapheme] = drawn
        return drawn
    }

    /// The signal (SIGINT, SIGTERM, SIGHUP) that asked the program to quit, or 0.
    public var quitSignal: Int32 { cnc_pending_signal() }

    /// Once the terminal is restored: end by `signal` (the shell sees 128 + its number, 143 for SIGTERM).
    public static func die(by signal: Int32) -> Never {
        cnc_die_by_signal(signal)
        exit(128 + signal)                      // not reached: the default action ends the process
    }

    public func nextEvent() -> Event? {
        if !queued.isEmpty { return queued.removeFirst() }
        var quietReads = 0
        while true {
            if cnc_pending_signal() != 0 { return .interrupt }
            var ch: wint_t = 0
            let r = wget_wch(cnc_stdscr(), &ch)
            if r == ERR {                         // timeout or interrupted: look at signals again
                quietReads += 1
                // About every 30 s of quiet, a tick lets the runtime refresh the session's editing lock.
                if quietReads >= 150 { return .tick }
                continue
            }
            if r == KEY_CODE_YES {
                if Int32(ch) == KEY_RESIZE {
                    let s = size
                    return .resize(width: s.width, height: s.height)
                }
                if let key = KeyDecoder.function(Int32(ch)) { return .key(key) }
                continue
            }
            if let key = KeyDecoder.character(UInt32(ch)) { return .key(key) }
        }
    }
}
