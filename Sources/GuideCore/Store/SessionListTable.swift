import Foundation
import GRDB
import GRDBSQLite

/// How many terminal columns text takes. GuideCore has no terminal code: the caller passes GuideUI's
/// `DisplayWidth`. Only text that is not printable ASCII is measured through it.
public struct TextWidth: Sendable {
    public let ofString: @Sendable (String) -> Int
    public let ofCharacter: @Sendable (Character) -> Int

    public init(ofString: @escaping @Sendable (String) -> Int, ofCharacter: @escaping @Sendable (Character) -> Int) {
        self.ofString = ofString
        self.ofCharacter = ofCharacter
    }
}

/// The table `sessions list` prints: ID (the shortest unique beginning, 8 at least), NAME, FILE NO., TAGS,
/// STEP, LAST CHANGE (local time), NEXT DEADLINE, columns two spaces apart. Built as bytes in one buffer:
/// a cell that is printable ASCII (nearly all of them) is copied and measured by its length; anything else
/// goes through `String` and `TextWidth`, as cells always did.
public struct SessionListTable {
    public static let header = ["ID", "NAME", "FILE NO.", "TAGS", "STEP", "LAST CHANGE", "NEXT DEADLINE"]
    static let columns = 7

    let today: LocalDate
    let width: TextWidth
    /// Every cell's bytes one after the other (ids whole: they are cut when the table is written), where
    /// each ends, and its width.
    var bytes: [UInt8] = []
    var ends: [Int] = []
    var widths: [Int] = []
    var rows = 0
    /// Every id is printable ASCII, so a character is a byte (else ids are cut as `String`s).
    var printableIDs = true
    var columnWidths = Array(repeating: 0, count: 7)
    /// Many rows share a minute and a deadline: the texts of the last ones, and of every deadline day.
    var lastMinute = Int.min
    var lastMinuteText: [UInt8] = []
    var minuteTexts: [Int: [UInt8]] = [:]
    var dayTexts: [Int: [UInt8]] = [:]
    var lastDay: LocalDate?
    var lastDayText: [UInt8] = []
    let stepTexts: [[UInt8]] = Step.allCases.map { Array("\($0.number) \($0.title)".utf8) }

    public init(today: LocalDate, width: TextWidth, capacity: Int = 0) {
        self.today = today
        self.width = width
        bytes.reserveCapacity(capacity * 96)
        ends.reserveCapacity(capacity * 7)
        widths.reserveCapacity(capacity * 7)
    }

    // MARK: Rows

    /// Adds one session's row from its fields' UTF-8 bytes. `tags`: the tags joined by commas, nil when
    /// there are none; `updatedAt` in seconds since 1970.
    mutating func add(id: UnsafeBufferPointer<UInt8>, name: UnsafeBufferPointer<UInt8>, fileNumber: UnsafeBufferPointer<UInt8>?,
                      tags: UnsafeBufferPointer<UInt8>?, step: Step, updatedAt: Double, deadline: LocalDate?,
                      label: UnsafeBufferPointer<UInt8>?) {
        if !Self.printable(id) { printableIDs = false }
        bytes.append(contentsOf: id)
        ends.append(bytes.count)
        widths.append(0)                                           // measured once the id width is known
        clipped(name, 32)
        if let fileNumber { clipped(fileNumber, 16) } else { ascii("-") }
        if let tags { clipped(tags, 24) } else { ascii("-") }
        append(stepTexts[step.number - 1], width: stepTexts[step.number - 1].count)
        let minute = Int((updatedAt / 60).rounded(.down))
        if minute != lastMinute {
            // The first text of a minute is kept, as it was: a zone offset with seconds (local mean time
            // before 1900) could give two rows of one minute different texts.
            lastMinute = minute
            lastMinuteText = minuteTexts[minute] ?? {
                let t = Array(TimeText.localMinute(Date(timeIntervalSince1970: updatedAt)).utf8)
                minuteTexts[minute] = t
                return t
            }()
        }
        append(lastMinuteText, width: lastMinuteText.count)
        deadlineCell(deadline, label: label)
        rows += 1
    }

    /// The row of a summary (the path for filtered and sorted lists, and for a store the fast reader declines).
    public mutating func add(_ r: SessionSummary) {
        var id = r.id, name = r.name
        var fileNumber = r.fileNumber, label = r.nextDeadlineLabel
        var tags: String? = r.tags.isEmpty ? nil : r.tags.joined(separator: ",")
        id.withUTF8 { id in
            name.withUTF8 { name in
                Self.withOptionalUTF8(&fileNumber) { fileNumber in
                    Self.withOptionalUTF8(&tags) { tags in
                        Self.withOptionalUTF8(&label) { label in
                            add(id: id, name: name, fileNumber: fileNumber, tags: tags, step: r.step,
                                updatedAt: r.updatedAt.timeIntervalSince1970, deadline: r.nextDeadline, label: label)
                        }
                    }
                }
            }
        }
    }

    static func withOptionalUTF8<T>(_ s: inout String?, _ body: (UnsafeBufferPointer<UInt8>?) -> T) -> T {
        guard s != nil else { return body(nil) }
        return s!.withUTF8 { body($0) }
    }

    /// The table of `rows`, in their order.
    public static func text(_ rows: [SessionSummary], today: LocalDate, width: TextWidth) -> [UInt8] {
        var t = SessionListTable(today: today, width: width, capacity: rows.count)
        for r in rows { t.add(r) }
        return t.finish()
    }

    // MARK: Cells

    /// One column a byte (`PrintableASCII`).
    static func printable(_ b: UnsafeBufferPointer<UInt8>) -> Bool { PrintableASCII.contains(b) }

    static func printable(_ s: String) -> Bool { PrintableASCII.contains(s) }

    /// Terminal columns: printable ASCII counts one per byte; anything else is measured per character.
    func measure(_ s: String) -> Int { Self.printable(s) ? s.utf8.count : width.ofString(s) }

    mutating func append(_ b: some Collection<UInt8>, width w: Int) {
        bytes.append(contentsOf: b)
        ends.append(bytes.count)
        widths.append(w)
        let column = (widths.count - 1) % Self.columns
        if columnWidths[column] < w { columnWidths[column] = w }
    }

    mutating func ascii(_ s: StaticString) {
        append(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount), width: s.utf8CodeUnitCount)
    }

    mutating func append(_ s: String) { append(s.utf8, width: measure(s)) }

    /// The text cut to `limit` columns, "…" ending what was cut.
    mutating func clipped(_ b: UnsafeBufferPointer<UInt8>, _ limit: Int) {
        if b.count <= limit, Self.printable(b) { return append(b, width: b.count) }
        append(clip(String(decoding: b, as: UTF8.self), limit))
    }

    func clip(_ s: String, _ limit: Int) -> String {
        guard measure(s) > limit else { return s }
        var out = "", w = 0
        for ch in s {
            let cw = width.ofCharacter(ch)
            if w + cw > limit - 1 { break }
            out.append(ch); w += cw
        }
        return out + "…"
    }

    /// "2026-01-29 (in 58 days) label", or "-"; the date part kept per day.
    mutating func deadlineCell(_ d: LocalDate?, label: UnsafeBufferPointer<UInt8>?) {
        guard let d else { return ascii("-") }
        let day = dayText(d)
        guard let label, let last = label.last else { return append(day, width: day.count) }
        guard last != 0x20, last != 0x09, last < 0x80 else {
            return append(Self.deadline(d, label: String(decoding: label, as: UTF8.self), today: today))
        }
        if Self.printable(label) {
            bytes.append(contentsOf: day)
            bytes.append(0x20)
            return append(label, width: day.count + 1 + label.count)
        }
        append(String(decoding: day, as: UTF8.self) + " " + String(decoding: label, as: UTF8.self))
    }

    mutating func dayText(_ d: LocalDate) -> [UInt8] {
        if d == lastDay { return lastDayText }
        let t = dayTexts[d.dayNumber] ?? Array(Self.deadline(d, label: "", today: today).utf8)
        dayTexts[d.dayNumber] = t
        lastDay = d
        lastDayText = t
        return t
    }

    static func deadline(_ d: LocalDate, label: String, today: LocalDate) -> String {
        let left = today.days(until: d)
        let when = left < 0 ? "overdue by \(-left) day\(left == -1 ? "" : "s")"
            : left == 0 ? "today" : "in \(left) day\(left == 1 ? "" : "s")"
        let line = label.isEmpty ? "\(d) (\(when))" : "\(d) (\(when)) \(label)"
        // Only a line that ends in a blank (a label ending in one) needs Foundation's trimming.
        guard let last = line.utf8.last, last == 0x20 || last == 0x09 || last >= 0x80 else { return line }
        return line.trimmingCharacters(in: .whitespaces)
    }

    // MARK: The table

    /// The whole table, lines ending in "\n"; "No saved sessions.\n" when there is no row.
    public func finish() -> [UInt8] {
        if rows == 0 { return Array("No saved sessions.\n".utf8) }
        // The id column: the shortest unique beginning. Printable ASCII ids are cut as bytes.
        var idStarts = [Int](repeating: 0, count: rows)
        for r in 1..<max(rows, 1) { idStarts[r] = ends[r * Self.columns - 1] }
        let idWidth = printableIDs ? uniquePrefixOfPrintable(idStarts) : 0
        var idCells: [String] = []                                 // only for ids that are not printable ASCII
        var widthsOut = columnWidths
        var idCellWidths = [Int](repeating: 0, count: rows)
        if printableIDs {
            for r in 0..<rows {
                let w = min(ends[r * Self.columns] - idStarts[r], idWidth)
                idCellWidths[r] = w
            }
        } else {
            let ids = (0..<rows).map { r in bytes.withUnsafeBufferPointer { b in
                String(decoding: UnsafeBufferPointer(rebasing: b[idStarts[r]..<ends[r * Self.columns]]), as: UTF8.self) } }
            let ascii = ids.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
            let n = Self.uniquePrefixLength(ids, ascii: ascii)
            idCells = ids.map { ascii ? String(decoding: $0.utf8.prefix(n), as: UTF8.self) : String($0.prefix(n)) }
            for r in 0..<rows { idCellWidths[r] = measure(idCells[r]) }
        }
        widthsOut[0] = max(Self.header[0].utf8.count, idCellWidths.max() ?? 0)
        for (c, h) in Self.header.enumerated() where widthsOut[c] < h.utf8.count { widthsOut[c] = h.utf8.count }

        // Every pad is at most a column's width plus two: the size is bounded before writing.
        let line = widthsOut.reduce(0, +) + 2 * (Self.columns - 1) + 1
        let headerBytes = Self.header.reduce(0) { $0 + $1.utf8.count }
        let capacity = bytes.count + idCells.reduce(0) { $0 + $1.utf8.count } + headerBytes + (rows + 1) * (line + 2 * Self.columns)
        return [UInt8](unsafeUninitializedCapacity: capacity) { out, count in
            var o = 0
            func put(_ src: UnsafeBufferPointer<UInt8>) {
                if src.count > 0 { UnsafeMutableRawPointer(out.baseAddress! + o).copyMemory(from: src.baseAddress!, byteCount: src.count) }
                o += src.count
            }
            func pad(_ column: Int, _ w: Int) {
                if column == Self.columns - 1 { out[o] = 0x0A; o += 1; return }
                let n = widthsOut[column] - w + 2
                (out.baseAddress! + o).initialize(repeating: 0x20, count: n)
                o += n
            }
            for (c, h) in Self.header.enumerated() {
                var h = h
                h.withUTF8 { put($0) }
                pad(c, h.utf8.count)
            }
            bytes.withUnsafeBufferPointer { all in
                for r in 0..<rows {
                    let first = r * Self.columns
                    if printableIDs {
                        put(UnsafeBufferPointer(rebasing: all[idStarts[r]..<(idStarts[r] + idCellWidths[r])]))
                    } else {
                        var cell = idCells[r]
                        cell.withUTF8 { put($0) }
                    }
                    pad(0, idCellWidths[r])
                    for c in 1..<Self.columns {
                        put(UnsafeBufferPointer(rebasing: all[ends[first + c - 1]..<ends[first + c]]))
                        pad(c, widths[first + c])
                    }
                }
            }
            count = o
        }
    }

    /// `uniquePrefixLength` for printable ASCII ids (a character is a byte): 8 when the first eight bytes
    /// already tell every id apart (UUIDs: always), else the general search.
    func uniquePrefixOfPrintable(_ starts: [Int]) -> Int {
        var seen = Set<UInt64>(minimumCapacity: rows)
        let distinct = bytes.withUnsafeBufferPointer { all -> Bool in
            for r in 0..<rows {
                var key: UInt64 = 0                                     // no id byte is 0: zero-filled keys differ too
                let end = min(ends[r * Self.columns], starts[r] + 8)
                for i in starts[r]..<end { key = key << 8 | UInt64(all[i]) }
                key <<= UInt64(8 * (8 - (end - starts[r])))
                if !seen.insert(key).inserted { return false }
            }
            return true
        }
        if distinct { return 8 }
        let ids = (0..<rows).map { r in bytes.withUnsafeBufferPointer { b in
            String(decoding: UnsafeBufferPointer(rebasing: b[starts[r]..<ends[r * Self.columns]]), as: UTF8.self) } }
        return Self.uniquePrefixLength(ids, ascii: true)
    }

    /// At least 8 characters, more where two ids would otherwise look the same. `ascii`: every id is ASCII
    /// (ids are UUIDs), so a prefix of n characters is n bytes.
    static func uniquePrefixLength(_ ids: [String], ascii: Bool = false) -> Int {
        if ascii {
            // The shortest length (8 at least) at which all prefixes differ; an id that is all of another's
            // beginning needs one more.
            let longest = ids.map(\.utf8.count).max() ?? 0
            var n = 8
            while n <= longest {
                var seen = Set<Substring>(minimumCapacity: ids.count)
                if ids.allSatisfy({ seen.insert($0.prefix(n)).inserted }) { return n }
                n += 1
            }
            return n
        }
        let sorted = ids.sorted()
        var n = 8
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            let common = zip(a, b).prefix { $0 == $1 }.count
            n = max(n, common + 1)
        }
        return n
    }
}

extension SessionStore {
    /// `SessionListTable.text(list(), …)`, read straight from SQLite's column bytes: no `Row`, `String` or
    /// `Date` per session. A store with a value the fast reader does not take as it is (a NULL where the
    /// schema has none, a date in another shape) is listed through `list()`, as before.
    public func listTable(today: LocalDate, width: TextWidth) throws -> [UInt8] {
        if let table = try reading({ db in try SessionListTable.read(db, today: today, width: width) }) { return table }
        return SessionListTable.text(try list(), today: today, width: width)
    }
}

extension SessionListTable {
    /// The table of every session in the store's order, or nil to go through `list()`.
    static func read(_ db: Database, today: LocalDate, width: TextWidth) throws -> [UInt8]? {
        let statement = try db.makeStatement(sql: "SELECT \(SessionStore.summaryColumns) FROM session ORDER BY \(SessionStore.storeOrder)")
        let s = statement.sqliteStatement
        var table = SessionListTable(today: today, width: width, capacity: 1024)
        let steps = Step.allCases.map { Array($0.rawValue.utf8) }
        /// GRDB's `String` of a column: its text up to the first NUL (`String(cString:)`); nil for NULL.
        func text(_ i: Int32) -> UnsafeBufferPointer<UInt8>? {
            guard sqlite3_column_type(s, i) != SQLITE_NULL, let p = sqlite3_column_text(s, i) else { return nil }
            return UnsafeBufferPointer(start: p, count: strlen(p))
        }
        while true {
            let rc = sqlite3_step(s)
            if rc == SQLITE_DONE { break }
            guard rc == SQLITE_ROW else { return nil }              // `list()` reports it
            guard let id = text(0), let name = text(1), let stepText = text(2),
                  sqlite3_column_type(s, 3) == SQLITE_TEXT, let changed = text(3),
                  let updatedAt = StoredDate.parse(bytes: changed) else { return nil }
            let step: Step
            if let i = steps.firstIndex(where: { $0.elementsEqual(stepText) }) {
                step = Step.allCases[i]
            } else {
                step = Step(rawValue: String(decoding: stepText, as: UTF8.self)) ?? .criteria
            }
            let deadline = text(4).flatMap(Self.date)
            let fileNumber = text(6)
            // Tags as stored ("a,b"); an empty piece is dropped by `ClientFields.tags(fromStored:)`.
            let stored = text(8)
            if let stored, !Self.plainTags(stored) {
                var joined: String? = ClientFields.tags(fromStored: String(decoding: stored, as: UTF8.self)).joined(separator: ",")
                if joined == "" { joined = nil }
                Self.withOptionalUTF8(&joined) { tags in
                    table.add(id: id, name: name, fileNumber: fileNumber, tags: tags, step: step,
                              updatedAt: updatedAt.timeIntervalSince1970, deadline: deadline, label: text(5))
                }
            } else {
                table.add(id: id, name: name, fileNumber: fileNumber, tags: stored.flatMap { $0.isEmpty ? nil : $0 }, step: step,
                          updatedAt: updatedAt.timeIntervalSince1970, deadline: deadline, label: text(5))
            }
        }
        return table.finish()
    }

    /// Stored tags that are already their joined form: printable ASCII with no empty piece.
    static func plainTags(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard printable(b) else { return false }
        guard let first = b.first, let last = b.last else { return true }
        if first == 0x2C || last == 0x2C { return false }
        var previous: UInt8 = 0
        for c in b {
            if c == 0x2C, previous == 0x2C { return false }
            previous = c
        }
        return true
    }

    /// `try? LocalDate.parse` of the column: YYYY-MM-DD read on its bytes, anything else through the parser.
    static func date(_ b: UnsafeBufferPointer<UInt8>) -> LocalDate? {
        func number(_ from: Int, _ count: Int) -> Int? { StoredDate.digits(b, from, count) }
        if b.count == 10, b[4] == 0x2D, b[7] == 0x2D, let y = number(0, 4), let m = number(5, 2), let d = number(8, 2) {
            return LocalDate(year: y, month: m, day: d)               // nil for a day that does not exist, as parse
        }
        return try? LocalDate.parse(String(decoding: b, as: UTF8.self))
    }
}
