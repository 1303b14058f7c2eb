import Foundation
import Testing
@testable import GuideCore

// A profile file may carry its own top-level `asOf`: `assess` evaluates it on that date instead of the
// batch's (docs/profile-format.md, Conventions), so one run can assess profiles of many dates.
@Suite struct ProfileOwnDateTests {
    @Test func eachFileIsAssessedOnItsOwnDate() throws {
        let runner = BatchAssessment(asOf: d("2026-11-29"))
        // Born 1994-03-18: on 2026-03-01 the birthday of 2026 has not come, so 2026 - 1994 - 1 = 31;
        // on 2026-03-20 it has: 32. Without a date of its own the file gets the batch's 2026-11-29: 32.
        func age(_ json: String) throws -> (LocalDate, String?) {
            guard case .success(let a) = runner.assess(Data(json.utf8), file: "p.json") else { throw Failure() }
            return (a.asOf, a.crs.line("age")?.detail)
        }
        struct Failure: Error {}
        let early = try age(#"{"asOf":"2026-03-01","dateOfBirth":"1994-03-18"}"#)
        #expect(early.0 == d("2026-03-01") && early.1 == "age 31 on 2026-03-01")
        let late = try age(#"{"asOf":"2026-03-20","dateOfBirth":"1994-03-18"}"#)
        #expect(late.0 == d("2026-03-20") && late.1 == "age 32 on 2026-03-20")
        let none = try age(#"{"asOf":null,"dateOfBirth":"1994-03-18"}"#)
        #expect(none.0 == d("2026-11-29") && none.1 == "age 32 on 2026-11-29")
    }

    @Test func theOwnDateIsTheOneValidatedAgainst() {
        // A date of birth after the file's own date is impossible on that date, though not on the batch's.
        let runner = BatchAssessment(asOf: d("2026-11-29"))
        guard case .failure(let f) = runner.assess(Data(#"{"asOf":"2026-03-01","dateOfBirth":"2026-06-01"}"#.utf8), file: "b.json") else {
            Issue.record("expected a failure"); return
        }
        #expect(f.description.contains("dateOfBirth: 2026-06-01 is after 2026-03-01"))
    }

    @Test func aBadOwnDateNamesTheFieldAndStrictAcceptsTheKey() {
        var runner = BatchAssessment(asOf: d("2026-11-29"))
        runner.strict = true
        guard case .failure(let f) = runner.assess(Data(#"{"asOf":"2026-02-30"}"#.utf8), file: "b.json") else {
            Issue.record("expected a failure"); return
        }
        #expect(f.description == "b.json: invalid profile: profile.asOf: 2026-02-30 is not a day of the calendar.")
        guard case .failure(let g) = runner.assess(Data(#"{"asOf":20260301}"#.utf8), file: "c.json") else {
            Issue.record("expected a failure"); return
        }
        #expect(g.description.hasPrefix("c.json: invalid profile: profile.asOf: expected a date"))
        // `asOf` is a key of the file format: --strict does not refuse it and no warning is given.
        final class Count: @unchecked Sendable { var n = 0 }   // one thread: the runner calls it in place
        let warned = Count()
        runner.warn = { _ in warned.n += 1 }
        guard case .success(let a) = runner.assess(Data(#"{"asOf":"2026-03-01"}"#.utf8), file: "ok.json") else {
            Issue.record("expected a report"); return
        }
        #expect(a.asOf == d("2026-03-01") && warned.n == 0)
    }
}
