/// A report's JSON line written field by field, in the bytes `JSONEncoder` writes with
/// `[.sortedKeys, .withoutEscapingSlashes]`, without Codable's containers. Each type below lists its members
/// by hand, in UTF-8 byte order of the keys (a debug build checks the order), and omits a nil optional as
/// synthesized Codable does. `BatchOutputTests` holds the output equal to JSONEncoder's on many varied
/// assessments, so a member added to a type and forgotten here is caught there.
///
/// The bytes go into a buffer of its own (a report is some 30 KB written a few bytes at a time, and an
/// array's append checks its storage each time), handed over once at the end.
struct ReportWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// A value was just written at this level: the next member or element needs a comma first.
    private var comma = false
    #if DEBUG
    /// The last key of each open object, to check the keys are written in order.
    private var lastKeys: [[UInt8]] = []
    #endif

    init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Appends the bytes written to `out`.
    func append(to out: inout [UInt8]) { out.append(contentsOf: UnsafeBufferPointer(start: base, count: count)) }

    // MARK: Bytes

    private mutating func grow(_ needed: Int) {
        let bigger = max(capacity * 2, count + needed)
        let b = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
        b.update(from: base, count: count)
        base.deallocate()
        base = b
        capacity = bigger
    }

    @inline(__always) private mutating func put(_ b: UInt8) {
        if count == capacity { grow(1) }
        base[count] = b
        count += 1
    }

    @inline(__always) private mutating func put(_ p: UnsafePointer<UInt8>, _ n: Int) {
        if count + n > capacity { grow(n) }
        (base + count).update(from: p, count: n)
        count += n
    }

    @inline(__always) private mutating func put(_ s: StaticString) { put(s.utf8Start, s.utf8CodeUnitCount) }

    // MARK: Structure

    @inline(__always) mutating func open() {
        put(0x7B)
        comma = false
        #if DEBUG
        lastKeys.append([])
        #endif
    }

    @inline(__always) mutating func close() {
        put(0x7D)
        comma = true
        #if DEBUG
        lastKeys.removeLast()
        #endif
    }

    @inline(__always) mutating func key(_ k: StaticString) {
        let n = k.utf8CodeUnitCount
        if count + n + 4 > capacity { grow(n + 4) }
        if comma { base[count] = 0x2C; count += 1 }
        base[count] = 0x22
        (base + count + 1).update(from: k.utf8Start, count: n)
        base[count + 1 + n] = 0x22
        base[count + 2 + n] = 0x3A
        count += n + 3
        comma = false
        #if DEBUG
        let bytes = Array(UnsafeBufferPointer(start: k.utf8Start, count: n))
        assert(lastKeys[lastKeys.count - 1].lexicographicallyPrecedes(bytes), "ReportWriter: key \(k) is out of order")
        lastKeys[lastKeys.count - 1] = bytes
        #endif
    }

    @inline(__always) mutating func field<V: ReportValue>(_ k: StaticString, _ v: V) {
        key(k)
        v.write(to: &self)
    }

    /// A member written only when present (synthesized Codable's `encodeIfPresent`).
    @inline(__always) mutating func field<V: ReportValue>(_ k: StaticString, _ v: V?) {
        if let v { key(k); v.write(to: &self) }
    }

    mutating func array<V: ReportValue>(_ a: [V]) {
        put(0x5B)
        comma = false
        for e in a {
            if comma { put(0x2C) }
            e.write(to: &self)
            comma = true
        }
        put(0x5D)
        comma = true
    }

    // MARK: Scalars

    mutating func bool(_ b: Bool) {
        put(b ? "true" : "false")
        comma = true
    }

    mutating func int(_ n: Int) {
        if n >= 0 && n < 10 {
            put(0x30 &+ UInt8(truncatingIfNeeded: n))
        } else {
            // Digits from the end of a small buffer: no String in between.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buf in
                var m = n.magnitude, i = 20
                repeat { i -= 1; buf[i] = 0x30 &+ UInt8(truncatingIfNeeded: m % 10); m /= 10 } while m > 0
                if n < 0 { put(0x2D) }
                put(buf.baseAddress! + i, 20 - i)
            }
        }
        comma = true
    }

    /// As JSONEncoder writes a finite Double: its description, without a trailing ".0".
    mutating func double(_ d: Double) {
        precondition(d.isFinite, "ReportWriter: a report holds finite numbers only")
        var s = d.description
        if s.hasSuffix(".0") { s.removeLast(2) }
        s.withUTF8 { u in put(u.baseAddress!, u.count) }
        comma = true
    }

    /// A date as its `description` writes it, "YYYY-MM-DD" (a year of 1 to 9999), in quotes.
    mutating func date(_ d: LocalDate) {
        if count + 12 > capacity { grow(12) }
        let y = d.year, m = d.month, day = d.day, p = base + count
        p[0] = 0x22
        p[1] = 0x30 &+ UInt8(truncatingIfNeeded: y / 1000 % 10)
        p[2] = 0x30 &+ UInt8(truncatingIfNeeded: y / 100 % 10)
        p[3] = 0x30 &+ UInt8(truncatingIfNeeded: y / 10 % 10)
        p[4] = 0x30 &+ UInt8(truncatingIfNeeded: y % 10)
        p[5] = 0x2D
        p[6] = 0x30 &+ UInt8(truncatingIfNeeded: m / 10)
        p[7] = 0x30 &+ UInt8(truncatingIfNeeded: m % 10)
        p[8] = 0x2D
        p[9] = 0x30 &+ UInt8(truncatingIfNeeded: day / 10)
        p[10] = 0x30 &+ UInt8(truncatingIfNeeded: day % 10)
        p[11] = 0x22
        count += 12
        comma = true
    }

    /// A JSON string: `"`, `\` and control characters escaped as JSONEncoder escapes them; `/` and
    /// non-ASCII letters as they are. Report text rarely needs an escape: it is looked at eight bytes at a
    /// time, and each run that needs none is copied at once.
    mutating func string(_ s: String) {
        put(0x22)
        var s = s
        s.withUTF8 { u in
            guard let base = u.baseAddress else { return }
            let n = u.count
            var mark = 0, i = 0
            while i < n {
                if i + 8 <= n {
                    // Any byte below 0x20, or equal to 0x22 or 0x5C, in these eight? (exact: no false answers)
                    let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
                    let control = (x &- 0x2020_2020_2020_2020) & ~x & high
                    let q = x ^ 0x2222_2222_2222_2222, b = x ^ 0x5C5C_5C5C_5C5C_5C5C
                    if control | ((q &- ones) & ~q & high) | ((b &- ones) & ~b & high) == 0 { i += 8; continue }
                }
                let c = base[i]
                if c >= 0x20 && c != 0x22 && c != 0x5C { i += 1; continue }
                if i > mark { put(base + mark, i - mark) }
                mark = i + 1
                i += 1
                switch c {
                case 0x22: put("\\\"")
                case 0x5C: put("\\\\")
                case 0x08: put("\\b")
                case 0x0C: put("\\f")
                case 0x0A: put("\\n")
                case 0x0D: put("\\r")
                case 0x09: put("\\t")
                default:
                    let hex: StaticString = "0123456789abcdef"
                    put("\\u00")
                    put(hex.utf8Start[Int(c >> 4)])
                    put(hex.utf8Start[Int(c & 0xF)])
                }
            }
            if n > mark { put(base + mark, n - mark) }
        }
        put(0x22)
        comma = true
    }
}

/// A value that writes itself into a report line.
protocol ReportValue {
    func write(to w: inout ReportWriter)
}

extension String: ReportValue { @inline(__always) func write(to w: inout ReportWriter) { w.string(self) } }
extension Int: ReportValue { @inline(__always) func write(to w: inout ReportWriter) { w.int(self) } }
extension Bool: ReportValue { @inline(__always) func write(to w: inout ReportWriter) { w.bool(self) } }
extension Double: ReportValue { @inline(__always) func write(to w: inout ReportWriter) { w.double(self) } }
extension LocalDate: ReportValue { @inline(__always) func write(to w: inout ReportWriter) { w.date(self) } }
extension Array: ReportValue where Element: ReportValue { @inline(__always) func write(to w: inout ReportWriter) { w.array(self) } }

/// The enumerations of a report are written as their raw values (synthesized Codable).
protocol ReportRawValue: ReportValue, RawRepresentable where RawValue == String {}
extension ReportRawValue { @inline(__always) func write(to w: inout ReportWriter) { w.string(rawValue) } }

extension CriterionStatus: ReportRawValue {}
extension OfficialLanguage: ReportRawValue {}
extension LanguageTestType: ReportRawValue {}
extension Route: ReportRawValue {}
extension RulebookDecision.Rulebook: ReportRawValue {}
extension StreamStatus.Fit: ReportRawValue {}
extension Eligibility: ReportRawValue {}
extension EOIPath: ReportRawValue {}

// MARK: - The report's types, keys in byte order

extension FiledAssessment: ReportValue {
    func write(to w: inout ReportWriter) { assessment.write(to: &w, file: file) }
}

extension Assessment: ReportValue {
    func write(to w: inout ReportWriter) { write(to: &w, file: nil) }

    /// The report's members, with `file` among them when given (a batch line).
    func write(to w: inout ReportWriter, file: String?) {
        w.open()
        w.field("asOf", asOf)
        w.field("cec", cec)
        w.field("criteria", criteria)
        w.field("crs", crs)
        w.field("fees", fees)
        w.field("file", file)
        w.field("fsw", fsw)
        w.field("funds", funds)
        w.field("historical", historical)
        w.field("language", language)
        w.field("owp", owp)
        w.field("profileIssues", profileIssues)
        w.field("recommendations", recommendations)
        w.field("route", route)
        w.field("rulebook", rulebook)
        w.field("standing", standing)
        w.field("streams", streams)
        w.field("unverified", unverified)
        w.field("whatIf", whatIf)
        w.close()
    }
}

extension RulebookDecision: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("closedFrom", closedFrom)
        w.field("criteriaDate", criteriaDate)
        w.field("grandfathered", grandfathered)
        w.field("hcpOpen", hcpOpen)
        w.field("reason", reason)
        w.field("rulebook", rulebook)
        w.close()
    }
}

extension CRSResult: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("additional", additional)
        w.field("breakdown", breakdown)
        w.field("core", core)
        w.field("firstOfficialLanguage", firstOfficialLanguage)
        w.field("notes", notes)
        w.field("spouse", spouse)
        w.field("total", total)
        w.field("transferability", transferability)
        w.field("unverified", unverified)
        w.field("withSpouse", withSpouse)
        w.close()
    }
}

extension CRSResult.Breakdown: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("additional", additional)
        w.field("core", core)
        w.field("spouse", spouse)
        w.field("transferability", transferability)
        w.close()
    }
}

extension ScoreLine: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("detail", detail)
        w.field("id", id)
        w.field("label", label)
        w.field("max", max)
        w.field("points", points)
        w.close()
    }
}

extension FSWResult: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("breakdown", breakdown)
        w.field("eligible", eligible)
        w.field("firstOfficialLanguage", firstOfficialLanguage)
        w.field("notes", notes)
        w.field("passMark", passMark)
        w.field("requirements", requirements)
        w.field("status", status)
        w.field("total", total)
        w.field("unverified", unverified)
        w.close()
    }
}

extension CECResult: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("canadianHours", canadianHours)
        w.field("eligible", eligible)
        w.field("requiredCLB", requiredCLB)
        w.field("requirements", requirements)
        w.field("status", status)
        w.close()
    }
}

extension Criterion: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("id", id)
        w.field("notes", notes)
        w.field("reason", reason)
        w.field("status", status)
        w.field("tag", tag)
        w.field("title", title)
        w.field("unverified", unverified)
        w.close()
    }
}

extension LanguageResult: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("accepted", accepted)
        w.field("expiresOn", expiresOn)
        w.field("index", index)
        w.field("language", language)
        w.field("levels", levels)
        w.field("notes", notes)
        w.field("resultDate", resultDate)
        w.field("scaleId", scaleId)
        w.field("test", test)
        w.field("testDate", testDate)
        w.field("unverified", unverified)
        w.field("valid", valid)
        w.close()
    }
}

extension CLBLevels: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("listening", listening)
        w.field("reading", reading)
        w.field("speaking", speaking)
        w.field("writing", writing)
        w.close()
    }
}

extension FundsRequirement: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("amount", amount)
        w.field("effectiveFrom", effectiveFrom)
        w.field("effectiveTo", effectiveTo)
        w.field("familySize", familySize)
        w.field("notes", notes)
        w.field("tableId", tableId)
        w.field("tag", tag)
        w.field("unverified", unverified)
        w.close()
    }
}

extension FeeEstimate: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("asOf", asOf)
        w.field("complete", complete)
        w.field("knownTotal", knownTotal)
        w.field("lines", lines)
        w.close()
    }
}

extension FeeEstimate.Line: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("amount", amount)
        w.field("count", count)
        w.field("id", id)
        w.field("label", label)
        w.field("note", note)
        w.field("tag", tag)
        w.field("unitAmount", unitAmount)
        w.field("unverified", unverified)
        w.close()
    }
}

extension StreamStatus: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("category", category)
        w.field("fit", fit)
        w.field("id", id)
        w.field("name", name)
        w.field("notes", notes)
        w.field("reasons", reasons)
        w.field("replacedBy", replacedBy)
        w.field("requirements", requirements)
        w.field("since", since)
        w.field("status", status)
        w.field("statusText", statusText)
        w.field("tag", tag)
        w.field("until", until)
        w.field("unverified", unverified)
        w.close()
    }
}

extension StreamStatus.Requirements: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("education", education)
        w.field("expressEntryLinked", expressEntryLinked)
        w.field("jobOfferRequired", jobOfferRequired)
        w.field("language", language)
        w.field("other", other)
        w.field("selection", selection)
        w.close()
    }
}

extension ProfileIssue: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("message", message)
        w.field("path", path)
        w.close()
    }
}

extension RouteDecision: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("chosen", chosen)
        w.field("effective", effective)
        w.field("options", options)
        w.field("proposed", proposed)
        w.field("proposedReason", proposedReason)
        w.field("reason", reason)
        w.field("stepThree", stepThree)
        w.close()
    }
}

extension RouteOption: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("available", available)
        w.field("reason", reason)
        w.field("route", route)
        w.close()
    }
}

extension StepThree: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("applies", applies)
        w.field("reason", reason)
        w.field("title", title)
        w.close()
    }
}

extension OWPAssessment: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("criteria", criteria)
        w.field("criteriaDate", criteriaDate)
        w.field("deadlines", deadlines)
        w.field("eoi", eoi)
        w.field("notes", notes)
        w.field("overall", overall)
        w.field("status", status)
        w.field("stream", stream)
        w.field("unverified", unverified)
        w.close()
    }
}

extension OWPDeadline: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("date", date)
        w.field("daysLeft", daysLeft)
        w.field("id", id)
        w.field("label", label)
        w.field("note", note)
        w.field("rule", rule)
        w.field("tag", tag)
        w.field("text", text)
        w.field("unverified", unverified)
        w.close()
    }
}

extension OWPEOIResult: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("asOf", asOf)
        w.field("breakdown", breakdown)
        w.field("complete", complete)
        w.field("groups", groups)
        w.field("max", max)
        w.field("missing", missing)
        w.field("notes", notes)
        w.field("path", path)
        w.field("total", total)
        w.field("unverified", unverified)
        w.close()
    }
}

extension EOILine: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("answered", answered)
        w.field("detail", detail)
        w.field("group", group)
        w.field("id", id)
        w.field("label", label)
        w.field("max", max)
        w.field("option", option)
        w.field("points", points)
        w.field("tag", tag)
        w.field("unverified", unverified)
        w.close()
    }
}

extension EOIGroupTotal: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("id", id)
        w.field("label", label)
        w.field("max", max)
        w.field("points", points)
        w.close()
    }
}

extension HistoricalCriteria: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("closedFrom", closedFrom)
        w.field("hcpCriteria", hcpCriteria)
        w.field("measuredOn", measuredOn)
        w.field("note", note)
        w.field("stream", stream)
        w.close()
    }
}

extension Standing: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("asOf", asOf)
        w.field("crs", crs)
        w.field("dataFrom", dataFrom)
        w.field("dataTo", dataTo)
        w.field("groups", groups)
        w.field("notes", notes)
        w.field("sentence", sentence)
        w.field("window", window)
        w.close()
    }
}

extension RoundWindow: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("from", from)
        w.field("to", to)
        w.close()
    }
}

extension GroupStanding: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("eligibility", eligibility)
        w.field("id", id)
        w.field("kind", kind)
        w.field("label", label)
        w.field("latest", latest)
        w.field("lowest", lowest)
        w.field("name", name)
        w.field("passed", passed)
        w.field("reason", reason)
        w.field("rounds", rounds)
        w.field("unverified", unverified)
        w.close()
    }
}

extension RoundRef: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("date", date)
        w.field("invitations", invitations)
        w.field("lowestCRS", lowestCRS)
        w.field("number", number)
        w.field("tag", tag)
        w.close()
    }
}

extension WhatIfResult: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("change", change)
        w.field("crosses", crosses)
        w.field("crsTotal", crsTotal)
        w.field("gain", gain)
        w.field("id", id)
        w.field("label", label)
        w.field("note", note)
        w.close()
    }
}

extension Crossing: ReportValue {
    func write(to w: inout ReportWriter) {
        w.open()
        w.field("group", group)
        w.field("highestCutOff", highestCutOff)
        w.field("lowestCutOff", lowestCutOff)
        w.field("name", name)
        w.field("rounds", rounds)
        w.close()
    }
}
