import Foundation

/// One dated deadline of one session: what `oinp-guide deadlines` lists and puts into a calendar.
public struct SessionDeadline: Equatable, Sendable {
    public let sessionID: String
    public let sessionName: String
    public let fileNumber: String?
    public let line: DeadlineLine

    /// Stable across exports: the session and which deadline it is (its step and label, without the
    /// date), so a calendar re-importing the file updates the event instead of adding a second one.
    public var deadlineID: String {
        let slug = line.label.lowercased().unicodeScalars.map { CharacterSet.alphanumerics.contains($0) && $0.isASCII ? Character($0) : "-" }
        let text = String(slug).split(separator: "-").joined(separator: "-")
        return "\(line.step.rawValue)-\(text)"
    }

    public var uid: String { "\(sessionID.lowercased())-\(deadlineID)@oinp-guide" }
}

public enum DeadlineCalendar {
    /// Every dated deadline of the sessions (`Deadlines.all(for:today:)` on each profile), nearest first.
    public static func collect(_ sessions: [Session], today: LocalDate, dueWithin: Int? = nil) -> [SessionDeadline] {
        var out: [SessionDeadline] = []
        for s in sessions {
            for line in Deadlines.all(for: s.profile, today: today) where dueWithin.map({ line.daysLeft <= $0 }) ?? true {
                out.append(SessionDeadline(sessionID: s.id, sessionName: s.name, fileNumber: s.client.fileNumber, line: line))
            }
        }
        return out.enumerated().sorted { a, b in
            a.element.line.date != b.element.line.date ? a.element.line.date < b.element.line.date : a.offset < b.offset
        }.map(\.element)
    }

    public static func daysText(_ n: Int) -> String {
        n < 0 ? "overdue by \(-n) day\(n == -1 ? "" : "s")" : n == 0 ? "today" : "in \(n) day\(n == 1 ? "" : "s")"
    }

    public static let csvHeader = ["session_id", "session", "file_number", "step", "deadline", "date", "days_left", "details"]

    public static func csv(_ items: [SessionDeadline]) -> String {
        CSVText.table(header: csvHeader, rows: items.map { d in
            [d.sessionID, d.sessionName, d.fileNumber ?? "", "\(d.line.step.number)", d.line.label, d.line.date.description,
             "\(d.line.daysLeft)", d.line.text]
        })
    }

    // MARK: iCalendar (RFC 5545)

    /// A VCALENDAR with one all-day VEVENT per deadline and an alarm 7 days before. Lines end with CRLF
    /// and are folded at 75 octets (never inside a UTF-8 character); text values are escaped (§3.3.11).
    public static func ics(_ items: [SessionDeadline], stamp: Date = Date()) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//oinp-guide//Deadlines//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        let dtstamp = utcStamp(stamp)
        for d in items {
            let day = d.line.date
            let summary = "\(d.sessionName): \(d.line.label) \(day)"
            var description = d.line.text
            if let f = d.fileNumber { description += "\nFile \(f)." }
            description += "\nSession \(d.sessionID) in oinp-guide."
            lines += ["BEGIN:VEVENT",
                      "UID:\(d.uid)",
                      "DTSTAMP:\(dtstamp)",
                      "DTSTART;VALUE=DATE:\(basic(day))",
                      "DTEND;VALUE=DATE:\(basic(day.adding(days: 1)))",
                      "SUMMARY:\(escape(summary))",
                      "DESCRIPTION:\(escape(description))",
                      "TRANSP:TRANSPARENT",
                      "BEGIN:VALARM",
                      "ACTION:DISPLAY",
                      "DESCRIPTION:\(escape("In 7 days: " + summary))",
                      "TRIGGER:-P7D",
                      "END:VALARM",
                      "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined()
    }

    /// TEXT escaping: backslash, semicolon, comma, and line breaks as \n.
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n", "\r": out += "\\n"
            default:
                if ch.unicodeScalars.allSatisfy({ $0.properties.generalCategory != .control }) { out.append(ch) }
            }
        }
        return out
    }

    /// One content line, folded: at most 75 octets per physical line, continuation lines start with a space.
    static func fold(_ line: String) -> String {
        var out = "", count = 0, limit = 75
        for ch in line {
            let n = String(ch).utf8.count
            if count + n > limit {
                out += "\r\n "
                count = 1
                limit = 75
            }
            out.append(ch)
            count += n
        }
        return out + "\r\n"
    }

    static func basic(_ d: LocalDate) -> String { d.description.replacingOccurrences(of: "-", with: "") }

    static func utcStamp(_ date: Date) -> String {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let c = cal.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }
}
