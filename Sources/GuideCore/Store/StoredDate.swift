import Foundation
import GRDB

/// The store's timestamps as GRDB writes them ("yyyy-MM-dd HH:mm:ss.SSS", UTC), read on bytes.
/// GRDB's own decoding builds a Foundation `Calendar` (ICU) for the first date it reads, and costs that on
/// the resume screen and for every row of a long list; the text has one fixed shape, so it is read here
/// with integer arithmetic. Anything else in the column (another shape, a number) goes through GRDB.
enum StoredDate {
    /// The date in a column value: our fast path for GRDB's text shape, GRDB's decoding for anything else.
    static func date(_ value: DatabaseValue) -> Date? {
        if case .string(let text) = value.storage, let d = parse(text) { return d }
        return Date.fromDatabaseValue(value)
    }

    /// The date in the first column of the first row, if any.
    static func fetchOne(_ db: Database, sql: String, arguments: StatementArguments) throws -> Date? {
        try DatabaseValue.fetchOne(db, sql: sql, arguments: arguments).flatMap(date)
    }

    /// A NOT NULL date column of a row; a value that is no date fails as GRDB's own decoding would.
    static func column(_ row: Row, _ name: String) throws -> Date {
        if let value = row[name] as DatabaseValue?, let d = date(value) { return d }
        return try row.decode(Date.self, forColumn: name)
    }

    /// "yyyy-MM-dd HH:mm:ss.SSS" (or "yyyy-MM-dd HH:mm:ss") in UTC, else nil (the caller falls back to GRDB).
    static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    /// The decimal number written by `count` ASCII digits of `b` from `from`; nil if one is not a digit.
    static func digits(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ count: Int) -> Int? {
        var n = 0
        for i in from..<(from + count) {
            let c = b[i]
            guard c >= 0x30, c <= 0x39 else { return nil }
            n = n * 10 + Int(c - 0x30)
        }
        return n
    }

    /// `parse(_:)` on the text's UTF-8 bytes (the session table reads them straight from SQLite).
    static func parse(bytes b: UnsafeBufferPointer<UInt8>) -> Date? {
        guard b.count == 23 || b.count == 19 else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? { StoredDate.digits(b, from, count) }
        guard b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x20 || b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A,
              let y = number(0, 4), let mo = number(5, 2), let d = number(8, 2),
              let h = number(11, 2), let mi = number(14, 2), let s = number(17, 2) else { return nil }
        var ms = 0
        if b.count == 23 {
            guard b[19] == 0x2E, let m = number(20, 3) else { return nil }
            ms = m
        }
        guard (1...12).contains(mo), d >= 1, d <= LocalDate.daysInMonth(year: y, month: mo),
              h < 24, mi < 60, s < 60 else { return nil }
        let seconds = daysFromEpoch(year: y, month: mo, day: d) * 86_400 + h * 3600 + mi * 60 + s
        // Whole milliseconds over 1000, as `SessionStore.storable` makes them: a date saved is the date read.
        return Date(timeIntervalSince1970: Double(seconds * 1000 + ms) / 1000)
    }

    /// Days from 1970-01-01 to the date (proleptic Gregorian; H. Hinnant's days_from_civil).
    static func daysFromEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
