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

    /// Skilled work in Canada as the CRS and CEC count it, and skilled work outside Canada (the CRS).
    static let canadianSkilled = ExperienceFilter(maxTEER: 3, inCanada: true, requirePaid: true, excludeSelfEmployed: true, excludeFullTimeStudent: true)
    static let foreignSkilled = ExperienceFilter(maxTEER: 3, inCanada: false, requirePaid: true)

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
        // Scratch space on the stack (a profile has a handful of jobs): this runs several times per assessment.
        withUnsafeTemporaryAllocation(of: Span.self, capacity: max(1, jobs.count)) { spans in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: max(2, jobs.count * 2)) { bounds in
                var incomplete = 0
                var n = 0
                let toDay = to.dayNumber, fromDay = from?.dayNumber
                for j in jobs {
                    guard let ok = filter.accepts(j) else { incomplete += 1; continue }
                    guard ok, let s = j.startDate, let h = j.hoursPerWeek, h > 0 else { continue }
                    let end = min(j.endDate?.dayNumber ?? toDay, toDay) + 1      // end exclusive
                    let sd = s.dayNumber
                    let start = max(sd, fromDay ?? sd)
                    if end > start { spans[n] = Span(start: start, end: end, hours: min(h, maxHoursPerWeek)); n += 1 }
                }
                let hours = countedHours(spans: UnsafeMutableBufferPointer(rebasing: spans[0..<n]), bounds: bounds, maxHoursPerWeek: maxHoursPerWeek)
                return ExperienceTotal(hours: hours, incompleteJobs: incomplete, hoursPerYear: hoursPerYear)
            }
        }
    }

    /// The skilled work in Canada and outside it (the CRS's two filters, `canadianSkilled` and
    /// `foreignSkilled`) over the same window, in whole years: one pass over the jobs, each job's TEER read
    /// once. A job counts only when every answer the filter reads is given and passes (`accepts` is true);
    /// `inCanada` puts it in one of the two at most.
    static func canadianAndForeignSkilledYears(_ jobs: [WorkExperience], from: LocalDate, to: LocalDate,
                                               maxHoursPerWeek: Double = 30, hoursPerYear: Double = 1560) -> (canadian: Int, foreign: Int) {
        let n = jobs.count
        if n == 0 { return (0, 0) }
        // Fields read through the buffer: `for j in jobs` would copy each job (and retain its strings).
        return jobs.withUnsafeBufferPointer { jobs in
            withUnsafeTemporaryAllocation(of: Span.self, capacity: n * 2) { spans in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: n * 2) { bounds in
                    var nc = 0, nf = 0              // Canadian spans from 0, foreign ones from n
                    let toDay = to.dayNumber, fromDay = from.dayNumber
                    var i = 0
                    while i < n {
                        defer { i += 1 }
                        guard let inCanada = jobs[i].inCanada, jobs[i].paid == true, let s = jobs[i].startDate,
                              let h = jobs[i].hoursPerWeek, h > 0 else { continue }
                        if inCanada && (jobs[i].selfEmployed != false || jobs[i].whileFullTimeStudent != false) { continue }
                        guard let teer = skilledTEER(jobs[i].nocCode), teer <= 3 else { continue }
                        let end = min(jobs[i].endDate?.dayNumber ?? toDay, toDay) + 1      // end exclusive
                        let start = max(s.dayNumber, fromDay)
                        guard end > start else { continue }
                        let span = Span(start: start, end: end, hours: min(h, maxHoursPerWeek))
                        if inCanada { spans[nc] = span; nc += 1 } else { spans[n + nf] = span; nf += 1 }
                    }
                    func years(_ hours: Double) -> Int { Int((hours / hoursPerYear) + 1e-6) }
                    let can = nc == 0 ? 0 : years(countedHours(spans: UnsafeMutableBufferPointer(rebasing: spans[0..<nc]), bounds: bounds, maxHoursPerWeek: maxHoursPerWeek))
                    let foreign = nf == 0 ? 0 : years(countedHours(spans: UnsafeMutableBufferPointer(rebasing: spans[n..<(n + nf)]), bounds: bounds, maxHoursPerWeek: maxHoursPerWeek))
                    return (can, foreign)
                }
            }
        }
    }

    /// `WorkExperience.teer(ofNOC:)` with its common case (five ASCII digits) read from the UTF-8 bytes in
    /// place; anything else goes to it, so the answer is always its answer.
    @inline(__always) static func skilledTEER(_ code: String?) -> Int? {
        guard let code else { return nil }
        // -1: not five ASCII digits (or not contiguous UTF-8), so the general parser decides.
        let fast = code.utf8.withContiguousStorageIfAvailable { u -> Int in
            guard u.count == 5 else { return -1 }
            for b in u where b < 0x30 || b > 0x39 { return -1 }
            return Int(u[1] &- 0x30)
        } ?? -1
        if fast >= 0 { return fast <= 5 ? fast : nil }
        return WorkExperience.teer(ofNOC: code)
    }

    /// One job's days in the window (day numbers, end exclusive) and its weekly hours (capped).
    struct Span { var start: Int; var end: Int; var hours: Double }

    /// The hours of the spans with concurrent work capped: between each pair of neighbouring distinct span
    /// boundaries, the weekly hours of the spans covering it (in job order), capped, times the weeks.
    private static func countedHours(spans: UnsafeMutableBufferPointer<Span>, bounds: UnsafeMutableBufferPointer<Int>, maxHoursPerWeek: Double) -> Double {
        // The distinct boundaries in order (insertion sort: a few elements).
        var k = 0
        func insert(_ v: Int) {
            var i = 0
            while i < k && bounds[i] < v { i += 1 }
            if i < k && bounds[i] == v { return }
            var m = k
            while m > i { bounds[m] = bounds[m - 1]; m -= 1 }
            bounds[i] = v
            k += 1
        }
        for sp in spans { insert(sp.start); insert(sp.end) }
        var hours = 0.0
        if k >= 2 {
            for i in 0..<(k - 1) {
                let a = bounds[i], b = bounds[i + 1]
                var weekly = 0.0
                for sp in spans where sp.start <= a && sp.end >= b { weekly += sp.hours }
                hours += min(weekly, maxHoursPerWeek) * Double(b - a) / 7.0
            }
        }
        return hours
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
