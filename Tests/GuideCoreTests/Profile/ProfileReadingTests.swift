import Foundation
import Testing
@testable import GuideCore

/// What `ProfileJSON.read` makes of the files of issue 13, and of the date sums and typed answers around them.
@Suite("Reading profile files")
struct ProfileReadingTests {
    func error(_ json: String, strict: Bool = false) -> String {
        let r = Result { () throws(ProfileJSON.DecodeError) -> Profile in try ProfileJSON.read(Data(json.utf8), strict: strict).profile }
        if case .failure(let e) = r { return e.description }
        return ""
    }

    @Test("the issue's reproductions are refused with the field named, before any rule runs")
    func reproductions() {
        #expect(error(#"{"familySize":2243037946705926}"#).hasPrefix("profile.familySize: 2243037946705926 is too large"))
        #expect(error(#"{"familySize":41}"#) == "profile.familySize: 41 is outside 1 to 40")
        // The smallest Int: its absolute value does not exist, so the bound is checked on the magnitude.
        #expect(error(#"{"numberOfChildren":-9223372036854775808}"#).hasPrefix("profile.numberOfChildren: -9223372036854775808 is too large"))
        #expect(error(#"{"familySize":1,"settlementFundsCAD":1e19}"#).hasPrefix("profile.settlementFundsCAD: 1e19 is too large"))
        #expect(error(#"{"settlementFundsCAD":1000000000}"#).hasPrefix("profile.settlementFundsCAD: 1000000000 is outside 0 to"))
        #expect(error(#"{"filing":{"medicalExamDate":"9999-06-30"}}"#)
            == "profile.filing.medicalExamDate: 9999-06-30 is outside the dates this guide reads (1900-01-01 to 2199-12-31); check the year")
        #expect(error(#"{"languageTests":[{"type":"ieltsGeneral","scores":{"reading":99999999999999999999}}]}"#)
            .hasPrefix("profile.languageTests[0].scores.reading: 99999999999999999999 is too large"))
        #expect(error(#"{"languageTests":[{"type":"ieltsGeneral","scores":{"reading":1001}}]}"#)
            == "profile.languageTests[0].scores.reading: 1001 is outside 0 to 1000")
    }

    @Test("a count with a fraction names the field and the value")
    func wholeNumbers() throws {
        #expect(error(#"{"numberOfChildren":2.5}"#) == "profile.numberOfChildren: expected a whole number, found 2.5")
        #expect(error(#"{"numberOfChildren":"2"}"#) == "profile.numberOfChildren: expected a whole number")
        #expect(error(#"{"numberOfChildren":31}"#) == "profile.numberOfChildren: 31 is outside 0 to 30")
        // 2.0 and 2e0 are whole numbers written another way.
        #expect(try ProfileJSON.decode(Data(#"{"numberOfChildren":2.0}"#.utf8)).numberOfChildren == 2)
        #expect(try ProfileJSON.decode(Data(#"{"numberOfChildren":2e0}"#.utf8)).numberOfChildren == 2)
    }

    @Test("an unknown key is a warning naming the nearest known key; --strict refuses it")
    func unknownKeys() throws {
        let json = #"{"dateOfBrith":"1990-01-01","spouse":{"acompanying":true},"zzz":{"dateOfBirth":1},"_session":{"name":"A"}}"#
        let reading = try ProfileJSON.read(Data(json.utf8))
        #expect(reading.profile == Profile())
        #expect(reading.warnings.map(\.description) == [
            "profile.dateOfBrith: unknown key, ignored (did you mean dateOfBirth?)",
            "profile.spouse.acompanying: unknown key, ignored (did you mean accompanying?)",
            "profile.zzz: unknown key, ignored",      // nothing close; what is inside it is not looked at
        ])
        #expect(error(json, strict: true) == "profile.dateOfBrith: unknown key, refused by --strict (did you mean dateOfBirth?)")
        // Keys in list entries too; `_session` (an export's) is not unknown.
        let tests = try ProfileJSON.read(Data(#"{"languageTests":[{"type":"ieltsGeneral","scroes":{}}]}"#.utf8))
        #expect(tests.warnings.map(\.description) == ["profile.languageTests[0].scroes: unknown key, ignored (did you mean scores?)"])
        // 10,000 unknown keys: twenty are listed, the rest counted.
        let many = "{" + (0..<10_000).map { "\"k\($0)\":1" }.joined(separator: ",") + "}"
        let r = try ProfileJSON.read(Data(many.utf8))
        #expect(r.warnings.count == 21 && r.warnings.last?.message == "9980 more unknown keys, ignored")
    }

    @Test("a profile as it is written (children and their count) reads back with no warning; a count that disagrees is refused")
    func childrenAndTheirCount() throws {
        var p = Profile()
        p.children = [Child(dateOfBirth: LocalDate(year: 2015, month: 3, day: 1)), Child()]
        let written = try ProfileJSON.encode(p)
        #expect(written.contains("\"numberOfChildren\""))
        let reading = try ProfileJSON.read(Data(written.utf8))
        #expect(reading.warnings.isEmpty, "\(reading.warnings)")
        #expect(reading.profile.numberOfChildren == 2)
        #expect(error(#"{"children":[{},{}],"numberOfChildren":3}"#).contains("profile.numberOfChildren: 3 does not match the 2 children listed"))
    }

    @Test("huge, deep, long and broken files end as short named errors")
    func hostileFiles() {
        let megabyte = String(repeating: "x", count: 1 << 20)
        let long = error(#"{"countryOfResidence":"\#(megabyte)"}"#)
        #expect(long == "profile.countryOfResidence: 1048576 characters is too long (at most 2000)")
        let badEnum = error(#"{"maritalStatus":"\#(String(repeating: "m", count: 1_500))"}"#)
        #expect(badEnum.hasPrefix("profile.maritalStatus: \"mmmm") && badEnum.count < 300 && badEnum.contains("single, married"))
        #expect(error(String(repeating: "[", count: 100_000)) .hasPrefix("profile: not valid JSON at line 1, column 33: nested more than 32 levels deep"))
        var invalid = Array(#"{"countryOfResidence":"Z"#.utf8)
        invalid += [0xC3, 0x28] + Array(#""}"#.utf8)
        let raw = Result { () throws(ProfileJSON.DecodeError) -> Profile in try ProfileJSON.read(Data(invalid)).profile }
        if case .failure(let e) = raw {
            #expect(e.message.hasSuffix("a string is not UTF-8 text (save the file as UTF-8)"))
        } else {
            Issue.record("invalid UTF-8 was read")
        }
        let jobs = "{\"workExperience\":[" + Array(repeating: "{}", count: 10_000).joined(separator: ",") + "]}"
        #expect(error(jobs) == "profile.workExperience: 10000 entries is more than this guide reads (at most 200)")
        #expect(error(#"{"a":1"#).hasPrefix("profile: not valid JSON at line 1, column 7"))
        #expect(error("").hasPrefix("profile: not valid JSON"))
        #expect(error(#"{"dateOfBirth":"1990-02-30"}"#) == "profile.dateOfBirth: \"1990-02-30\" is not a date: 1990-02-30 is not a day of the calendar.")
    }

    @Test("the documented example still reads as before, and equals what JSONDecoder gives")
    func sameAsJSONDecoder() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/examples/profile-example.json"))
        let reading = try ProfileJSON.read(data)
        #expect(reading.warnings.isEmpty)
        #expect(reading.profile == (try JSONDecoder().decode(Profile.self, from: data)))
    }

    @Test("date sums saturate at the ends of the calendar instead of trapping")
    func dateSums() {
        let late = d("9999-06-30"), early = d("0005-01-01")
        #expect(late.adding(years: 5) == LocalDate.latest)
        #expect(late.adding(months: 6) == d("9999-12-30") && late.adding(months: 7) == LocalDate.latest)
        #expect(late.adding(days: 1_000) == LocalDate.latest)
        #expect(early.adding(years: -10) == LocalDate.earliest)
        #expect(early.adding(days: -10_000) == LocalDate.earliest)
        #expect(early.adding(months: Int.min) == LocalDate.earliest && early.adding(years: Int.max) == LocalDate.latest)
        #expect(early.adding(days: Int.max) == LocalDate.latest)
        // Inside the calendar nothing changes: 2024-02-29 + 1 year = 2025-02-28; 0005-01-01 - 4 years = 0001-01-01.
        #expect(d("2024-02-29").adding(years: 1) == d("2025-02-28"))
        #expect(early.adding(years: -4) == d("0001-01-01"))
        #expect(LocalDate(dayNumber: -5) == LocalDate.earliest)
    }

    @Test("typed answers: bounds before any message formats the number")
    func typedAnswers() {
        #expect(AnswerParsing.score("99999999999999999999") == .failure(.init("99999999999999999999 is more than any language test gives; check the digits.")))
        #expect(AnswerParsing.score("7.5") == .success(7.5))
        #expect(AnswerParsing.date("9999-06-30") == .failure(.init("9999-06-30 is too far ahead; check the year.")))
        #expect(AnswerParsing.date("0005-01-01") == .failure(.init("0005-01-01 is too far back; check the year.")))
        #expect(AnswerParsing.integer(String(repeating: "9", count: 30), in: 0...30) == .failure(.init("Type a whole number, for example 1.")))
        let amount = AnswerParsing.amount(String(repeating: "9", count: 100_000))
        guard case .failure(let m) = amount else { Issue.record("a 100,000-digit amount was accepted"); return }
        #expect(m.description.count < 120)
    }

    @Test("the funds rule cannot overflow on a profile that skipped reading (an old store)")
    func fundsOnUncheckedProfiles() {
        var p = Profile()
        // A stated family size is never used (it is derived from marital status and children, at most
        // 1 + 1 + 30), so even an absurd one cannot reach the funds table; the size is simply unknown here.
        p.familySize = 2_243_037_946_705_926
        let huge = FundsRules.check(p, on: d("2026-12-01")).0
        #expect(huge.status == .unknown)
        p.maritalStatus = .single          // a family of 1, derived
        p.numberOfChildren = 0
        p.settlementFundsCAD = 1e19
        let rich = FundsRules.check(p, on: d("2026-12-01")).0
        #expect(rich.status == .unknown && rich.reason.contains("funds entered are outside"))
        _ = Assessor(asOf: d("2026-12-01")).assess(p).renderText()
        _ = Assessor(asOf: d("0005-01-01")).assess(Profile()).renderText()
    }
}
