import Foundation

/// A calendar date with no time or time zone: the unit every rule, deadline and answer uses.
/// Stored and shown as ISO `YYYY-MM-DD`.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date, or nil when the day does not exist (2025-02-29, 2026-13-01…).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= LocalDate.daysInMonth(year: year, month: month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func isLeapYear(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }

    /// YYYY-MM-DD, built from the digits directly: String(format:) goes through Foundation and was
    /// a sixth of the time of listing 10,000 sessions.
    public var description: String {
        var bytes: [UInt8] = Array(repeating: UInt8(ascii: "0"), count: 10)
        func put(_ value: Int, at end: Int, width: Int) {
            var v = value
            for i in stride(from: end, to: end - width, by: -1) {
                bytes[i] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            }
        }
        put(year, at: 3, width: 4)
        bytes[4] = UInt8(ascii: "-")
        put(month, at: 6, width: 2)
        bytes[7] = UInt8(ascii: "-")
        put(day, at: 9, width: 2)
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func < (a: LocalDate, b: LocalDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    // MARK: Day arithmetic (proleptic Gregorian, via a day number; no Foundation time zones)

    /// Days since 0000-03-01 (a day count that makes leap-day arithmetic simple).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 9 : month - 3
        let era = y / 400
        let yoe = y - era * 400
        let doy = (153 * m + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe
    }

    /// The first and last days this type holds (years 1 to 9999, what `YYYY-MM-DD` can write).
    public static let earliest = LocalDate(year: 1, month: 1, day: 1)!
    public static let latest = LocalDate(year: 9999, month: 12, day: 31)!

    /// The date of a day number; a number outside `earliest...latest` gives that end (date sums saturate
    /// instead of leaving the calendar: a date typed or imported near year 1 or 9999 plus a validity
    /// period stays a date).
    public init(dayNumber n: Int) {
        let z = min(max(n, LocalDate.earliest.dayNumber), LocalDate.latest.dayNumber)
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.year = y
        self.month = m
        self.day = d
    }

    /// `n` days later (earlier when negative), saturating at `earliest` and `latest`.
    public func adding(days n: Int) -> LocalDate {
        let (sum, overflow) = dayNumber.addingReportingOverflow(n)
        if overflow { return n < 0 ? .earliest : .latest }
        return LocalDate(dayNumber: sum)
    }

    /// Same day `n` months later; the end of the month when that day does not exist (Jan 31 + 1 month = Feb 28/29).
    /// Saturates at `earliest` and `latest` like `adding(days:)`.
    public func adding(months n: Int) -> LocalDate {
        let (shifted, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(n)
        if overflow { return n < 0 ? .earliest : .latest }
        let y = shifted >= 0 ? shifted / 12 : (shifted - 11) / 12
        if y < 1 { return .earliest }
        if y > 9999 { return .latest }
        let m = shifted - y * 12 + 1
        let d = min(day, LocalDate.daysInMonth(year: y, month: m))
        return LocalDate(year: y, month: m, day: d) ?? .latest
    }

    public func adding(years n: Int) -> LocalDate {
        let (months, overflow) = n.multipliedReportingOverflow(by: 12)
        if overflow { return n < 0 ? .earliest : .latest }
        return adding(months: months)
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: LocalDate) -> Int { other.dayNumber - dayNumber }

    /// Age in completed years on `date` (a person born on Feb 29 turns a year older on Mar 1 in common years).
    public func age(on date: LocalDate) -> Int {
        var age = date.year - year
        if (date.month, date.day) < (month, day) { age -= 1 }
        return age
    }

    // MARK: Parsing

    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case format
        case noSuchDay(String)

        public var description: String {
            switch self {
            case .format: return "Use the form YYYY-MM-DD, for example 1990-04-17."
            case .noSuchDay(let s): return "\(s) is not a day of the calendar."
            }
        }
    }

    /// Parses strict ISO `YYYY-MM-DD` (ASCII digits; spaces around it are ignored). Works on the UTF-8
    /// bytes: it runs for every date of every saved profile that is read.
    public static func parse(_ text: String) throws(ParseError) -> LocalDate {
        var bytes = Array(text.utf8)[...]
        let blank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        while let f = bytes.first, blank(f) { bytes = bytes.dropFirst() }
        while let l = bytes.last, blank(l) { bytes = bytes.dropLast() }
        guard bytes.count == 10 else { throw .format }
        let b = Array(bytes)
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b[i]) else { return nil }
                n = n * 10 + Int(b[i] - UInt8(ascii: "0"))
            }
            return n
        }
        guard b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { throw .format }
        guard let date = LocalDate(year: y, month: m, day: d) else { throw .noSuchDay(String(decoding: b, as: UTF8.self)) }
        return date
    }

    /// Today in the machine's local time zone, read through the C library (`localtime_r` uses the same TZ and
    /// /etc/localtime as `TimeZone.current`) so that start-up does not open an ICU calendar and time zone.
    public static func today() -> LocalDate {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else { return today(clock: Date(), timeZone: .current) }
        let y = Int(parts.tm_year) + 1900
        // A clock outside years 1–9999 (a broken RTC) gives the nearest end, not a crash.
        if let date = LocalDate(year: y, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)) { return date }
        return y < 1 ? .earliest : .latest
    }

    /// Today at `clock` in `timeZone` (for a given zone or instant; `today()` is the fast path for now, here).
    public static func today(clock: Date, timeZone: TimeZone = .current) -> LocalDate {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = timeZone
        let c = cal.dateComponents([.year, .month, .day], from: clock)
        // A clock outside years 1–9999 (a broken RTC) gives the nearest end, not a crash.
        if let date = LocalDate(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1) { return date }
        return (c.year ?? 1970) < 1 ? .earliest : .latest
    }
}

extension LocalDate: Codable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        do {
            self = try LocalDate.parse(s)
        } catch {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "\(s): \(error.description)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
