import SeededRandom
import Foundation
import Testing
@testable import GuideCore

// ReportJSON (Rules/ReportJSON.swift) must write exactly the bytes JSONEncoder writes with
// [.sortedKeys, .withoutEscapingSlashes]: batch reports are compared, and scripts diff them.
@Suite struct ReportJSONTests {
    private func foundation<T: Encodable>(_ v: T) throws -> [UInt8] { Array(try Assessment.jsonLinesEncoder().encode(v)) }

    /// Every kind of value a report holds, with keys out of order, strings that need escapes, and
    /// numbers whose text JSONEncoder shortens (31000.0 is written 31000).
    struct Odd: Encodable {
        var zeta = "a \"quoted\" \\ back/slash\n\t\r\u{8}\u{c}\u{1}\u{1f} ü €"
        var alpha = 31000.0
        var Beta = [0.1, -0.0, 1e-7, 1e21, 2.5, 123456789.125]
        var aa: Int? = nil
        var a = [Int.min, -1, 0, 7, 10, Int.max]
        var nested = ["b": [true, false], "a": []]
        var date = LocalDate(year: 2026, month: 3, day: 1)!
        var level = EducationLevel.mastersOrProfessional
        var empty: [String] = []
        var maybe: String? = "x"
        var small: Float = 1.5
        var byte: UInt8 = 255
    }

    struct Repeated: Encodable {
        enum K: String, CodingKey { case d, b, a, c }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(1, forKey: .b)
            try c.encode(2, forKey: .a)
            try c.encode(3, forKey: .b)                                // a key given twice: the last value is kept
            var n = c.nestedContainer(keyedBy: K.self, forKey: .d)
            try n.encode("x", forKey: .c)
            try n.encode("y", forKey: .a)
            var u = c.nestedUnkeyedContainer(forKey: .c)
            try u.encode(4)
            try u.encode("z")
            var again = encoder.container(keyedBy: K.self)           // a second container continues the object
            try again.encode(true, forKey: .a)
        }
    }

    @Test func oddValuesAreWrittenAsJSONEncoderWritesThem() throws {
        #expect(try ReportJSON.encode(Odd()) == foundation(Odd()))
        #expect(try ReportJSON.encode(Repeated()) == foundation(Repeated()))
        #expect(try ReportJSON.encode([Odd(), Odd()]) == foundation([Odd(), Odd()]))
    }

    @Test func batchReportsAreByteIdentical() throws {
        let seed = ProcessInfo.processInfo.environment["REPORT_JSON_SEED"].flatMap { UInt64($0) } ?? 20_261_203
        print("ReportJSONTests seed: \(seed) (replay: REPORT_JSON_SEED=\(seed))")
        var maker = ProfileMaker(rng: SplitMix(state: seed))
        var differ = 0
        for i in 0..<150 {
            let asOf = maker.date(2024, 2027)
            var p = maker.profile(asOf: asOf)
            maker.routeAnswers(&p, asOf: asOf)
            let report = FiledAssessment(file: "dir/p\(i).json", assessment: Assessor(asOf: asOf).assess(p))
            if try ReportJSON.encode(report) != foundation(report) {
                differ += 1
                if differ <= 2 { Issue.record("seed \(seed), profile \(i): the bytes differ from JSONEncoder's") }
            }
        }
        #expect(differ == 0)
    }
}
