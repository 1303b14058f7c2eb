import GuideCore

/// The key tables written out: the help window's rows, README's keys table and the man page's KEYS
/// section. scripts/generate-docs.sh writes the two documents; a test fails when they differ from the tables.
public enum KeyDocs {
    /// A map's described rows for the help window: the keys in a column, what they do wrapped beside it.
    static func lines(_ map: KeyMap, width: Int) -> [String] {
        let rows = map.described
        // Names up to 14 columns make the column; a longer one takes its own line(s), what it does goes under.
        let column = (rows.map { DisplayWidth.of($0.keys) }.filter { $0 <= 14 }.max() ?? 0) + 2
        let indent = String(repeating: " ", count: column)
        var out: [String] = []
        for row in rows {
            let does = DisplayWidth.wrap(row.does, width: max(10, width - column))
            if DisplayWidth.of(row.keys) + 2 > column {
                out += DisplayWidth.wrap(row.keys, width: width) + does.map { indent + $0 }
                continue
            }
            for (i, piece) in does.enumerated() {
                out.append((i == 0 ? DisplayWidth.pad(row.keys, to: column) : indent) + piece)
            }
        }
        return out
    }

    /// One documented key row: the keys, what they do, and on which screens.
    public struct Entry: Equatable {
        public let keys: String
        public let does: String
        public let screens: [String]
    }

    /// Every described row of every table, the same (keys, text) on several screens merged into one.
    public static var entries: [Entry] {
        var order: [String] = []
        var found: [String: (keys: String, does: String, screens: [String])] = [:]
        for map in KeyMaps.all + KeyMaps.runtimeWindows {
            for row in map.described {
                let id = row.keys + "\u{0}" + row.does
                if found[id] == nil { order.append(id); found[id] = (row.keys, row.does, []) }
                found[id]!.screens.append(map.name)
            }
        }
        let all = order.map { Entry(keys: found[$0]!.keys, does: found[$0]!.does, screens: found[$0]!.screens) }
        // The keys shared by the most screens first; then each screen's own, in the order of the screens.
        return all.enumerated().sorted { a, b in
            a.element.screens.count != b.element.screens.count ? a.element.screens.count > b.element.screens.count : a.offset < b.offset
        }.map(\.element)
    }

    /// Where a row works, in words: "every screen", "every screen but X", or the list.
    static func whereText(_ screens: [String]) -> String {
        let all = KeyMaps.screens.map(\.name)
        let missing = all.filter { !screens.contains($0) }
        let extra = screens.filter { !all.contains($0) }
        if missing.isEmpty { return (["every screen"] + extra).joined(separator: ", ") }
        if missing.count <= 3 && screens.count > missing.count {
            let but = missing.count == 1 ? missing[0] : missing.dropLast().joined(separator: ", ") + " and " + missing.last!
            return (["every screen but " + but] + extra).joined(separator: ", ")
        }
        return screens.joined(separator: ", ")
    }

    public static let readmeBegin = "<!-- keys: generated from Sources/GuideUI/Keys/KeyMaps.swift by scripts/generate-docs.sh -->"
    public static let readmeEnd = "<!-- end of keys -->"

    /// README's keys table, between its markers.
    public static var markdown: String {
        var out = [readmeBegin, "", "| Key | Does | Where |", "| --- | --- | --- |"]
        for e in entries {
            out.append("| \(cell(e.keys)) | \(cell(e.does)) | \(cell(whereText(e.screens))) |")
        }
        out += ["", readmeEnd]
        return out.joined(separator: "\n")
    }

    static func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }

    /// The man page's KEYS section (mdoc), placed before EXIT STATUS.
    public static var manSection: String {
        var out = [".Sh KEYS", "Each screen's keys are on its bottom line and in its help window (F1).", ".Bl -tag -width Ds"]
        for e in entries {
            out.append(".It \"" + roff(e.keys).replacingOccurrences(of: "\"", with: "\\(dq") + "\"")
            out.append(roff(e.does) + " (" + roff(whereText(e.screens)) + ").")
        }
        out.append(".El")
        return out.joined(separator: "\n")
    }

    /// Text safe on an mdoc line: no leading dot or quote, backslashes doubled.
    static func roff(_ s: String) -> String {
        let t = s.replacingOccurrences(of: "\\", with: "\\e")
        return t.hasPrefix(".") || t.hasPrefix("'") ? "\\&" + t : t
    }
}
