import Foundation

/// Times as the session list prints them, through the C library rather than Foundation's formatters (which
/// open an ICU calendar and time zone: most of the cost of listing 10,000 sessions was there). In GuideCore
/// because the session table (`SessionListTable`) writes them.
public enum TimeText {
    /// "yyyy-MM-dd HH:mm" in the machine's time zone (`localtime_r` reads the same TZ and /etc/localtime as
    /// `TimeZone.current`).
    public static func localMinute(_ date: Date) -> String {
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard localtime_r(&t, &parts) != nil else { return utcISO(date) }
        return digits(Int(parts.tm_year) + 1900, 4) + "-" + digits(Int(parts.tm_mon) + 1, 2) + "-" + digits(Int(parts.tm_mday), 2)
            + " " + digits(Int(parts.tm_hour), 2) + ":" + digits(Int(parts.tm_min), 2)
    }

    /// "yyyy-MM-ddTHH:mm:ssZ" in UTC, as `ISO8601DateFormatter()` writes it by default.
    public static func utcISO(_ date: Date) -> String {
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard gmtime_r(&t, &parts) != nil else { return ISO8601DateFormatter().string(from: date) }
        return digits(Int(parts.tm_year) + 1900, 4) + "-" + digits(Int(parts.tm_mon) + 1, 2) + "-" + digits(Int(parts.tm_mday), 2)
            + "T" + digits(Int(parts.tm_hour), 2) + ":" + digits(Int(parts.tm_min), 2) + ":" + digits(Int(parts.tm_sec), 2) + "Z"
    }

    /// `value` in `width` digits, zero-padded.
    static func digits(_ value: Int, _ width: Int) -> String {
        var bytes = [UInt8](repeating: UInt8(ascii: "0"), count: width)
        var v = max(0, value)
        for i in stride(from: width - 1, through: 0, by: -1) {
            bytes[i] = UInt8(ascii: "0") + UInt8(v % 10)
            v /= 10
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
