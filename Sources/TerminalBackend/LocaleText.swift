@preconcurrency import CNcursesw
import Foundation
import GuideUI

/// A terminal whose locale is not UTF-8 (LANG=C, a common SSH default) cannot show accented or CJK
/// names: we say so once, and draw what it cannot encode as "?" (punctuation of our own as its ASCII
/// look-alike) so a name never silently loses letters.
public enum LocaleText {
    /// The sentence shown once, on the first screen and in --plain. ASCII only, so it reads in any locale.
    public static let notice = "This terminal's locale is not UTF-8 (LANG=C or similar), so names with accents or CJK characters are shown with ? in place of what it cannot display; your answers are saved as typed. For the real letters, start oinp-guide with a UTF-8 locale, for example LANG=C.UTF-8."

    /// Sets the locale from the environment (as curses needs) and tells whether it is UTF-8.
    public static func prepare() -> Bool {
        setlocale(LC_ALL, "")
        return cnc_locale_is_utf8() != 0
    }

    /// `text` with every character the locale cannot encode replaced (call after `prepare`).
    public static func encodable(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text { out += encodable(ch) }
        return out
    }

    /// One grapheme as the locale can write it: itself, an ASCII look-alike, or "?" (one per column it takes).
    static func encodable(_ ch: Character) -> String {
        if ch.isASCII { return String(ch) }
        if ch.unicodeScalars.allSatisfy({ cnc_locale_can_encode($0.value) != 0 }) { return String(ch) }
        guard let first = ch.unicodeScalars.first else { return "?" }
        switch first.value {
        case 0x2010...0x2015, 0x2212: return "-"          // hyphens and dashes, minus
        case 0x2018, 0x2019, 0x201B: return "'"
        case 0x201C, 0x201D, 0x201F: return "\""
        case 0x2026: return "."                           // … is one column; "..." would shift the line
        case 0x2022, 0x00B7, 0x2219: return "*"
        case 0x00A0, 0x2007, 0x202F: return " "
        case 0x2500, 0x2501, 0x2504...0x250B, 0x2550: return "-"
        case 0x2502, 0x2503, 0x2551: return "|"
        case 0x250C...0x254B, 0x2552...0x256C: return "+"
        default:
            return DisplayWidth.of(ch) == 2 ? "??" : "?"
        }
    }
}
