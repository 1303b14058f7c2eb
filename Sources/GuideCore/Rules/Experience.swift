/// Which jobs count for a rule.
public struct ExperienceFilter: Sendable {
    public var maxTEER: Int = 3
    /// true = only in Canada, false = only outside Canada, nil = both.
    public var inCanada: Bool? = nil
    public var requirePaid = true
    public var excludeSelfEmployed = false
    public var excludeFullTimeStudent = false
    /// Only this NOC code.
    public var nocCode: String? = nil

    public init(maxTEER: Int = 3, inCanada: Bool? = nil, requirePaid: Bool = true, excludeSelfEmployed: Bool = false,
                excludeFullTimeStudent: Bool = false, nocCode: String? = nil) {
        self.maxTEER = maxTEER
        self.inCanada = inCanada
        self.requirePaid = requirePaid
        self.excludeSelfEmployed = excludeSelfEmployed
        self.excludeFullTimeStudent = excludeFullTimeStudent
        self.nocCode = nocCode
    }

    /// true = counts, false = does not, nil = an answer needed to decide is missing.
    func accepts(_ j: WorkExperience) -> Bool? {
        var unknown = false
        if let code = nocCode {
            guard let c = j.nocCode else { return nil }
            if c != code { return false }
        }
        if let t = j.teer { if t > maxTEER { return false } } else { unknown = true }
        if let want = inCanada {
            if let v = j.inCanada { if v != want { return false } } else { unknown = true }
        }
        if requirePaid {
            if let p = j.paid { if !p { return false } } else { unknown = true }
        }
        if excludeSelfEmployed {
            if let s = j.selfEmployed { if s { return false } } else { unknown = true }
        }
        if excludeFullTimeStudent {
            if let s = j.whileFullTimeStudent { if s { return false } } else { unknown = true }
        }
        if j.startDate == nil || j.hoursPerWeek == nil { unknown = true }
        return unknown ? nil : true
    }
}

/// Hours of work counted in a window.
public struct ExperienceTotal: Sendable, Equatable {
    /// Counted hours (at most `maxHoursPerWeek` per week across concurrent jobs).
    public let hours: Double
    /// Jobs that might count but miss an answer (NOC, dates, hours, paid…).
    public let incompleteJobs: Int
    public let hoursPerYear: Double

    /// Full-time-equivalent whole years.
    public var years: Int { Int((hours / hoursPerYear) + 1e-6) }
}

public enum ExperienceRules {
    /// Counts the hours of the accepted jobs between `from` and `to` (both inclusive), capping concurrent
    /// work at `maxHoursPerWeek`. Ongoing jobs run to `to`.
    public static func total(_ jobs: [WorkExperience], from: LocalDate?, to: LocalDate, filter: ExperienceFilter,
                             maxHoursPerWeek: Double = 30, hoursPerYear: Double = 1560) -> ExperienceTotal {
        var incomplete = 0
        var spans: [(start: Int, end: Int, hours: Double)] = []  // day numbers, end exclusive
        for j in jobs {
            guard let ok = filter.accepts(j) else { incomplete += 1; continue }
            guard ok, let s = j.startDate, let h = j.hoursPerWeek, h > 0 else { continue }
            let e = min(j.endDate ?? to, to)
            let start = max(s.dayNumber, from?.dayNumber ?? s.dayNumber)
            let end = e.dayNumber + 1
            if end > start { spans.append((start, end, min(h, maxHoursPerWeek))) }
        }
        // The distinct span boundaries in order (sorted, then equal neighbours dropped).
        var sorted: [Int] = []
        sorted.reserveCapacity(spans.count * 2)
        for sp in spans { sorted.append(sp.start); sorted.append(sp.end) }
        sorted.sort()
        var k = 0
        for i in sorted.indices where k == 0 || sorted[k - 1] != sorted[i] { sorted[k] = sorted[i]; k += 1 }
        sorted.removeLast(sorted.count - k)
        var hours = 0.0
        if sorted.count >= 2 {
            for i in 0..<(sorted.count - 1) {
                let a = sorted[i], b = sorted[i + 1]
                var weekly = 0.0
                for sp in spans where sp.start <= a && sp.end >= b { weekly += sp.hours }
                hours += min(weekly, maxHoursPerWeek) * Double(b - a) / 7.0
            }
        }
        return ExperienceTotal(hours: hours, incompleteJobs: incomplete, hoursPerYear: hoursPerYear)
    }

    /// The largest total for any single NOC code (FSW: one year must be in one occupation).
    public static func bestSingleOccupation(_ jobs: [WorkExperience], from: LocalDate?, to: LocalDate, filter: ExperienceFilter,
                                            maxHoursPerWeek: Double = 30, hoursPerYear: Double = 1560) -> (code: String, total: ExperienceTotal)? {
        let codes = Set(jobs.compactMap(\.nocCode))
        var best: (String, ExperienceTotal)?
        for c in codes.sorted() {
            var f = filter
            f.nocCode = c
            let t = total(jobs, from: from, to: to, filter: f, maxHoursPerWeek: maxHoursPerWeek, hoursPerYear: hoursPerYear)
            if best == nil || t.hours > best!.1.hours { best = (c, t) }
        }
        return best
    }
}

func formatHours(_ h: Double) -> String { formatInt(Int(h.rounded(.down))) }

/// 1234567 -> "1,234,567".
func formatInt(_ n: Int) -> String {
    let s = String(abs(n))
    var out = ""
    for (i, ch) in s.enumerated() {
        if i > 0 && (s.count - i) % 3 == 0 { out.append(",") }
        out.append(ch)
    }
    return (n < 0 ? "-" : "") + out
}
