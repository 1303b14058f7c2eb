import GuideCore

/// How many terminal columns a grapheme takes: 0 (control), 1, or 2 (East Asian wide, fullwidth, emoji).
/// Pure Swift so views measure the same way in tests and in the terminal; the backend places every cell
/// at its own column, so a terminal that disagrees cannot shift the rest of a line.
public enum DisplayWidth {
    public static func of(_ c: Character) -> Int {
        guard let first = c.unicodeScalars.first else { return 0 }
        let v = first.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        // Emoji presentation (including ZWJ sequences and flags, which start with an emoji scalar).
        if c.unicodeScalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
        if first.properties.isEmojiPresentation { return 2 }
        if isWide(v) { return 2 }
        // A lone combining mark (no base) still occupies a column once drawn; Swift groups marks with
        // their base into one Character, so this is rare.
        return 1
    }

    // String and Substring each, not `some StringProtocol`: the generic one could not reach the concrete
    // printable-ASCII test and ran unspecialized on every cell drawn.
    public static func of(_ s: String) -> Int {
        // Printable ASCII, most of what is drawn: one column a byte, without breaking graphemes.
        if PrintableASCII.contains(s) { return s.utf8.count }
        return s.reduce(0) { $0 + of($1) }
    }

    public static func of(_ s: Substring) -> Int {
        if PrintableASCII.contains(s) { return s.utf8.count }
        return s.reduce(0) { $0 + of($1) }
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges (Unicode 15), compressed to the blocks that matter.
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1,
             0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA,
             0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
             0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C,
             0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF,
             0x1B000...0x1B2FF, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251,
             0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// `s` followed by spaces up to `width` columns (unchanged when already as wide or wider).
    public static func pad(_ s: String, to width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - of(s)))
    }

    /// Cuts `s` to at most `width` columns, ending with "…" when something was cut.
    public static func truncate(_ s: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(s) <= width { return s }
        var out = ""
        var used = 0
        for ch in s {
            let w = of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }

    /// Splits `text` into lines of at most `width` columns, breaking at spaces where possible; a word
    /// longer than a line is cut into pieces. Linear in the length of `text`: each character is measured
    /// once (a 100,000-character title wraps at once; it took seconds when each cut re-measured the rest).
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let ww = of(word)
                if ww == 0 { continue }
                if lineWidth > 0 && lineWidth + 1 + ww > width {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                if ww <= width - lineWidth - (lineWidth > 0 ? 1 : 0) {
                    if lineWidth > 0 { line += " "; lineWidth += 1 }
                    line += word
                    lineWidth += ww
                    continue
                }
                // Longer than a line (so the line is empty here): cut it into pieces of `width` columns.
                for ch in word {
                    let cw = of(ch)
                    if cw == 0 { line.append(ch); continue }
                    if lineWidth > 0 && lineWidth + cw > width {
                        lines.append(line)
                        line = ""
                        lineWidth = 0
                    }
                    line.append(ch)
                    lineWidth += cw
                }
            }
            lines.append(line)
        }
        return lines
    }
}
