import SeededRandom
import Foundation
@testable import GuideCore

/// Shorthand for a date in tests.
func d(_ s: String) -> LocalDate { try! LocalDate.parse(s) }

/// An IELTS General result with the given band scores (R, W, L, S), taken and resulted on `date`.
func ielts(_ r: Double, _ w: Double, _ l: Double, _ s: Double, on date: String = "2026-01-10") -> LanguageTest {
    LanguageTest(type: .ieltsGeneral, testDate: d(date), resultDate: d(date), scores: LanguageScores(reading: r, writing: w, listening: l, speaking: s))
}

/// A CELPIP-General result where every ability has level `n` (CELPIP n = CLB n).
func celpip(_ n: Double, on date: String = "2026-01-10") -> LanguageTest {
    LanguageTest(type: .celpipGeneral, testDate: d(date), resultDate: d(date), scores: LanguageScores(reading: n, writing: n, listening: n, speaking: n))
}
func celpip(_ r: Double, _ w: Double, _ l: Double, _ s: Double, on date: String = "2026-01-10") -> LanguageTest {
    LanguageTest(type: .celpipGeneral, testDate: d(date), resultDate: d(date), scores: LanguageScores(reading: r, writing: w, listening: l, speaking: s))
}

/// A TEF Canada result (scale chosen by test date).
func tef(_ r: Double, _ w: Double, _ l: Double, _ s: Double, on date: String = "2026-01-10") -> LanguageTest {
    LanguageTest(type: .tefCanada, testDate: d(date), resultDate: d(date), scores: LanguageScores(reading: r, writing: w, listening: l, speaking: s))
}

/// A full-time (30 h/week counted) skilled job.
func job(_ noc: String = "21231", from: String, to: String?, inCanada: Bool, hours: Double = 40, selfEmployed: Bool = false) -> WorkExperience {
    WorkExperience(nocCode: noc, title: "job", startDate: d(from), endDate: to.map(d), hoursPerWeek: hours, country: inCanada ? "CA" : "IN",
                   paid: true, inCanada: inCanada, selfEmployed: selfEmployed, whileFullTimeStudent: false)
}

/// A person aged exactly `age` on `asOf` (birthday `age` years before, one day earlier).
func born(age: Int, asOf: String) -> LocalDate { d(asOf).adding(years: -age).adding(days: -1) }

/// A single applicant, no spouse.
func single(age: Int, asOf: String = "2026-11-01", education: EducationLevel? = .bachelorOrThreeYear, language: [LanguageTest] = [], work: [WorkExperience] = []) -> Profile {
    var p = Profile()
    p.dateOfBirth = born(age: age, asOf: asOf)
    p.maritalStatus = .single
    p.education = Education(level: education, isCanadian: true, isDegree: true)
    p.languageTests = language
    p.workExperience = work
    return p
}

extension SplitMix {
    /// A number in 0..<n (0 when n is 0), and a random element: what the fuzz tests pick mutations with.
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    mutating func pick<T>(_ a: [T]) -> T { a[below(a.count)] }
}
