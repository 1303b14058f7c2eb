import Foundation

/// CSV as RFC 4180 writes it: a field with a comma, a quote, a line break or edge spaces is quoted, and a
/// quote inside is doubled; lines end with CRLF. (Read back by SwiftCSV in the tests.)
public enum CSVText {
    public static func field(_ value: String) -> String {
        let needs = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || value.first == " " || value.last == " "
        guard needs else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func row(_ values: [String]) -> String {
        values.map(field).joined(separator: ",") + "\r\n"
    }

    public static func table(header: [String], rows: [[String]]) -> String {
        var out = row(header)
        for r in rows { out += row(r) }
        return out
    }
}

/// Markdown that shows what a user typed as text: no link, image, HTML or emphasis can come from a name.
public enum MarkdownText {
    public static func escape(_ value: String) -> String {
        var out = ""
        for ch in value {
            switch ch {
            case "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "-", ".", "!", "|", "~":
                out.append("\\"); out.append(ch)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\r\n": out += " "
            default: out.append(ch)
            }
        }
        return out
    }
}
