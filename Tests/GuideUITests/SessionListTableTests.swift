import SeededRandom
import Foundation
import GRDB
import Testing
@testable import GuideCore
import GuideUI

/// `sessions list`'s table, read straight from SQLite's bytes (`SessionStore.listTable`) or built from
/// summaries (`SessionListTable.text`), is byte for byte the table of the straightforward implementation
/// below (a String per cell, padded through String), on a store of 10,000 sessions and on small stores of
/// odd values: non-ASCII, wide and control characters, long cells, odd tags, ids sharing a beginning, dates
/// in other shapes, NULLs.
@Suite("Session table: the fast table is the straightforward one")
struct SessionListTableTests {
    /// Seeded: `OINP_TABLE_SEED=<n> swift test --filter SessionListTable` replays a run.
    static let seed = ProcessInfo.processInfo.environment["OINP_TABLE_SEED"].flatMap(UInt64.init) ?? 20_261_202
    static let width = TextWidth(ofString: { DisplayWidth.of($0) }, ofCharacter: { DisplayWidth.of($0) })
    static let today = LocalDate(year: 2026, month: 12, day: 2)!

    /// The target's one seeded generator (RandomKeysTests.SplitMix), with two shorthands.
    struct Rng {
        var mix: RandomKeysTests.SplitMix
        init(state: UInt64) { mix = RandomKeysTests.SplitMix(state: state) }
        mutating func next() -> UInt64 { mix.next() }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ xs: [T]) -> T { xs[below(xs.count)] }
    }

    // MARK: The straightforward table (as `sessions list` printed it before it was built on bytes)

    static func referenceTable(_ rows: [SessionSummary], today: LocalDate) -> String {
        if rows.isEmpty { return "No saved sessions.\n" }
        let ids = rows.map(\.id)
        let ascii = ids.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
        let idWidth = uniquePrefixLength(ids)
        var lines: [[String]] = [["ID", "NAME", "FILE NO.", "TAGS", "STEP", "LAST CHANGE", "NEXT DEADLINE"]]
        for r in rows {
            lines.append([ascii ? String(decoding: r.id.utf8.prefix(idWidth), as: UTF8.self) : String(r.id.prefix(idWidth)),
                          clip(r.name, 32), clip(r.fileNumber ?? "-", 16),
                          r.tags.isEmpty ? "-" : clip(r.tags.joined(separator: ","), 24),
                          "\(r.step.number) \(r.step.title)", TimeText.localMinute(r.updatedAt), deadline(r, today: today)])
        }
        let widths = (0..<7).map { c in lines.map { width($0[c]) }.max()! }
        return lines.map { cells in
            cells.enumerated().map { c, cell in
                c == 6 ? cell : cell + String(repeating: " ", count: widths[c] - width(cell) + 2)
            }.joined() + "\n"
        }.joined()
    }

    static func width(_ s: String) -> Int {
        s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) ? s.utf8.count : DisplayWidth.of(s)
    }

    static func deadline(_ r: SessionSummary, today: LocalDate) -> String {
        guard let d = r.nextDeadline else { return "-" }
        let left = today.days(until: d)
        let when = left < 0 ? "overdue by \(-left) day\(left == -1 ? "" : "s")"
            : left == 0 ? "today" : "in \(left) day\(left == 1 ? "" : "s")"
        let label = r.nextDeadlineLabel ?? ""
        let line = label.isEmpty ? "\(d) (\(when))" : "\(d) (\(when)) \(label)"
        return line.trimmingCharacters(in: .whitespaces)
    }

    static func uniquePrefixLength(_ ids: [String]) -> Int {
        let sorted = ids.sorted()
        var n = 8
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            n = max(n, zip(a, b).prefix { $0 == $1 }.count + 1)
        }
        return n
    }

    static func clip(_ s: String, _ limit: Int) -> String {
        guard width(s) > limit else { return s }
        var out = "", w = 0
        for ch in s {
            let cw = DisplayWidth.of(ch)
            if w + cw > limit - 1 { break }
            out.append(ch); w += cw
        }
        return out + "…"
    }

    // MARK: Stores

    static func tempDir() -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("oinp-table-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// `count` sessions, then each row's columns set through SQL from `values` (nil: left as made).
    static func store(_ dir: URL, count: Int, values: (Int, inout Rng) -> [String: DatabaseValueConvertible?], rng: inout Rng) throws -> SessionStore {
        let store = try SessionStore(directory: dir)
        let made = try store.createMany((0..<count).map { (name: "Client \($0 + 1)", profile: Profile(), position: JourneyPosition()) },
                                        now: Date(timeIntervalSince1970: 1_780_000_000))
        try store.db.write { db in
            for (i, s) in made.enumerated() {
                let set = values(i, &rng)
                guard !set.isEmpty else { continue }
                let keys = set.keys.sorted()
                try db.execute(sql: "UPDATE session SET \(keys.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?",
                               arguments: StatementArguments(keys.map { set[$0]! } + [s.id]))
            }
        }
        return store
    }

    /// Whether the byte reader took the store itself (rather than leaving it to `list()`).
    static func readDirectly(_ store: SessionStore) throws -> Bool {
        try store.reading { try SessionListTable.read($0, today: today, width: width) } != nil
    }

    static func expectSame(_ store: SessionStore, _ what: String) throws {
        let rows = try store.list()
        let expected = referenceTable(rows, today: today)
        let fast = try store.listTable(today: today, width: width)
        let fromRows = SessionListTable.text(rows, today: today, width: width)
        let direct = difference(fast, expected), viaRows = difference(fromRows, expected)
        #expect(direct == nil, "\(what), seed \(seed)")
        #expect(viaRows == nil, "\(what): from summaries, seed \(seed)")
        // Filtered and sorted lists go through the summaries.
        for q in [SessionQuery(sort: .name), SessionQuery(sort: .deadline), SessionQuery(search: "client 1"), SessionQuery(step: .oinp)] {
            let kept = q.apply(rows, today: today)
            let d = difference(SessionListTable.text(kept, today: today, width: width), referenceTable(kept, today: today))
            #expect(d == nil, "\(what) \(q), seed \(seed)")
        }
    }

    /// nil when the bytes are the text's, else the first line that differs (both versions).
    static func difference(_ bytes: [UInt8], _ text: String) -> String? {
        if bytes == Array(text.utf8) { return nil }
        let got = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let want = text.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(got.count, want.count) where (i < got.count ? got[i] : nil) != (i < want.count ? want[i] : nil) {
            return "line \(i + 1): got \(i < got.count ? String(reflecting: String(got[i])) : "none"), want \(i < want.count ? String(reflecting: String(want[i])) : "none")"
        }
        return "the same lines, other bytes"
    }

    /// When a stored time is this many milliseconds after 1970, in GRDB's text shape.
    static func stored(_ ms: Int) -> String {
        let d = Date(timeIntervalSince1970: Double(ms) / 1000)
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd HH:mm:ss.SSS"
        return f.string(from: d)
    }

    // MARK: Tests

    @Test("10,000 sessions: deadlines near and far, times sharing minutes, tags and file numbers")
    func tenThousand() throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        var rng = Rng(state: Self.seed)
        print("SessionListTableTests seed \(Self.seed)")
        let base = 1_780_000_000_000
        var times: [String] = []
        for i in 0..<10_000 where i % 500 == 0 { times.append(Self.stored(base + i * 37_000)) }
        let store = try Self.store(dir, count: 10_000, values: { i, rng in
            var v: [String: DatabaseValueConvertible?] = ["updatedAt": rng.pick(times), "step": rng.pick(Step.allCases).rawValue]
            if rng.below(3) > 0 {
                v["nextDeadline"] = Self.today.adding(days: rng.below(200) - 60).description
                v["nextDeadlineLabel"] = rng.pick(["OINP must receive your application by", "Accept the ITA by", ""])
            }
            if rng.below(4) == 0 { v["fileNumber"] = "F-\(rng.below(900))" }
            if rng.below(5) == 0 { v["tags"] = rng.pick(["family", "rush,family", "ON"]) }
            return v
        }, rng: &rng)
        #expect(try Self.readDirectly(store))
        try Self.expectSame(store, "10,000 sessions")
    }

    @Test("small stores of odd values: every cell, id and date shape that leaves the byte path")
    func oddValues() throws {
        let names = ["Ana", "Zoë", "e\u{301}mile", "李小龙", "🇨🇦 Maple", "tab\there", "new\nline", "", " spaced ",
                     String(repeating: "x", count: 32), String(repeating: "y", count: 33), String(repeating: "é", count: 40),
                     String(repeating: "宽", count: 20), "bad \u{7F} del"]
        let labels: [String?] = [nil, "", "OINP must receive your application by", "ends in a space ", "ends in a tab\t",
                                 "ends in é", "mid\nline label", "日本の締切", " lead"]
        let deadlines: [String?] = [nil, "2026-12-02", "2026-12-03", "2026-12-01", "2025-01-01", " 2026-12-10 ", "2026-02-30", "garbage", "2027-12-31"]
        let tags: [String?] = [nil, "", ",", "a", "a,b", ",a", "a,,b", "b,", "família", String(repeating: "t,", count: 20) + "t", "x y"]
        let files: [String?] = [nil, "", "F-1", String(repeating: "9", count: 17), "№ 12"]
        let steps = Step.allCases.map(\.rawValue) + ["bogus", "OINP"]
        for round in 0..<12 {
            let dir = Self.tempDir()
            defer { try? FileManager.default.removeItem(at: dir) }
            var rng = Rng(state: Self.seed &+ UInt64(round))
            print("SessionListTableTests seed \(Self.seed) round \(round)")
            let count = 1 + rng.below(40)
            // Ids: UUIDs, ids sharing nine or more characters, short ids, an id that begins another, non-ASCII.
            let idKind = round % 4
            let store = try Self.store(dir, count: count, values: { i, rng in
                var v: [String: DatabaseValueConvertible?] = [
                    "name": rng.pick(names), "step": rng.pick(steps),
                    "updatedAt": Self.stored(1_780_000_000_000 + rng.below(4) * 59_999 + rng.below(2) * 1_000),
                    "nextDeadline": rng.pick(deadlines), "nextDeadlineLabel": rng.pick(labels),
                    "tags": rng.pick(tags), "fileNumber": rng.pick(files),
                ]
                switch idKind {
                case 1: v["id"] = "SAMEPREFIX-\(i)"
                case 2: v["id"] = String(repeating: "a", count: i % 12 + 1) + (i >= 12 ? "-\(i)" : "")
                case 3 where i % 3 == 0: v["id"] = "ïd-\(i)"
                default: break
                }
                return v
            }, rng: &rng)
            #expect(try Self.readDirectly(store), "round \(round)")
            try Self.expectSame(store, "round \(round)")
        }
    }

    @Test("a time in another shape, and an empty store, go through the summaries with the same table")
    func otherShapes() throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        var rng = Rng(state: Self.seed)
        let empty = try SessionStore(directory: dir.appendingPathComponent("empty"))
        #expect(try empty.listTable(today: Self.today, width: Self.width) == Array("No saved sessions.\n".utf8))
        let store = try Self.store(dir, count: 6, values: { i, _ in
            i == 2 ? ["updatedAt": "2026-03-04 05:06"] : i == 4 ? ["updatedAt": "2026-03-04T05:06:07.123"] : [:]
        }, rng: &rng)
        #expect(try !Self.readDirectly(store))
        try Self.expectSame(store, "times in other shapes")
    }
}
