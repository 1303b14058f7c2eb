import Foundation

/// Turns typed text into values, with a message a person can act on when it cannot.
public enum AnswerParsing {
    /// A date within `ProfileBounds.dates` (years 1900–2199): any deadline or validity added to it stays a date.
    public static func date(_ text: String) -> Result<LocalDate, Message> {
        let d: LocalDate
        do { d = try LocalDate.parse(text) } catch { return .failure(Message(error.description)) }
        if d < ProfileBounds.dates.lowerBound { return .failure(Message("\(d) is too far back; check the year.")) }
        if d > ProfileBounds.dates.upperBound { return .failure(Message("\(d) is too far ahead; check the year.")) }
        return .success(d)
    }

    public static func integer(_ text: String, in range: ClosedRange<Int>) -> Result<Int, Message> {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && $0.isNumber }) || (t.hasPrefix("-") && t.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber })),
              let n = Int(t) else {
            return .failure(Message("Type a whole number, for example \(range.lowerBound + (range.upperBound > range.lowerBound ? 1 : 0))."))
        }
        guard range.contains(n) else { return .failure(Message("\(excerpt(String(n))) is outside \(range.lowerBound) to \(range.upperBound).")) }
        return .success(n)
    }

    /// A non-negative amount: digits, optional thousands separators (, or space) and cents.
    public static func amount(_ text: String) -> Result<Double, Message> {
        var t = text.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("$") { t.removeFirst() }
        if t.uppercased().hasPrefix("CAD") { t = String(t.dropFirst(3)).trimmingCharacters(in: .whitespaces) }
        t = t.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: " ", with: "")
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard !t.isEmpty, parts.count <= 2, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              !parts[0].isEmpty, parts.count == 1 || (1...2).contains(parts[1].count), let v = Double(t) else {
            return .failure(Message("Type an amount in Canadian dollars, for example 25000 or 25,000.50."))
        }
        guard ProfileBounds.amountCAD.contains(v) else { return .failure(Message("\(excerpt(t)) is more than this guide can count; check the digits.")) }
        return .success(v)
    }

    /// A score: a number, with an optional decimal part (IELTS bands go by 0.5).
    public static func score(_ text: String) -> Result<Double, Message> {
        let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard !t.isEmpty, t.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." }), let v = Double(t) else {
            return .failure(Message("Type the score as a number, for example 7.5 or 460."))
        }
        // Checked here, before any message formats it as a whole number (a 20-digit score would not fit in an Int).
        guard v.isFinite, ProfileBounds.score.contains(v) else {
            return .failure(Message("\(excerpt(t)) is more than any language test gives; check the digits."))
        }
        return .success(v)
    }

    /// What a message may quote of the typed text: a pasted megabyte is not echoed back.
    static func excerpt(_ s: String) -> String { ProfileJSON.excerpt(s, limit: 40) }

    public struct Message: Error, Equatable, CustomStringConvertible {
        public let description: String
        public init(_ d: String) { description = d }
    }
}

/// "25000" for whole amounts, "25000.50" otherwise.
func formatAmount(_ v: Double) -> String {
    // Beyond what Int holds (an old store or a hand-made file), print the number as it is: never trap.
    guard v.isFinite, v.magnitude < 1e15 else { return String(format: "%.0f", v) }
    return v == v.rounded() ? String(Int(v)) : String(format: "%.2f", v)
}
