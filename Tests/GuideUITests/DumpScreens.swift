import Foundation
import GuideCore
import Testing
@testable import GuideUI

/// The screens the goldens are made of, each built the way its test builds it.
enum ScreenFixtures {
    static func all() -> [(String, AppState)] {
        var list: [(String, AppState)] = [("welcome", freshState())]
        var s = freshState()
        s.session = session(at: onDateOfBirth)
        s.resumable = SessionSummary(s.session!)
        s.screen = .resume
        list.append(("resume", s))
        s.screen = .question(id: "dateOfBirth")
        type("1990-02-30", &s)
        press([.enter], &s)
        list.append(("questionError", s))
        press([.function(1)], &s)
        list.append(("help", s))
        list.append(("tooSmall", freshState(width: 40, height: 12)))

        var cjk = freshState()
        cjk.session = session("王芳 — Zoë Müller, dossier 😀", at: onDateOfBirth)
        cjk.resumable = SessionSummary(cjk.session!)
        cjk.screen = .resume
        list.append(("resumeWideName", cjk))

        list.append(("choice", at("maritalStatus", married)))
        var l = at("languageTests", sampleProfile)
        l.session!.profile.languageTests.append(LanguageTest(type: .tefCanada, testDate: LocalDate(year: 2025, month: 5, day: 2)))
        Update.show(.question(id: "languageTests"), &l)
        press([.down], &l)
        list.append(("list", l))
        var e = at("languageTests", sampleProfile)
        Update.show(.entry(questionID: "languageTests", index: 0, field: 3), &e)
        list.append(("entryField", e))
        var c = l
        press([.char("d")], &c)
        list.append(("confirmRemove", c))
        list.append(("summaryCriteria", summary(.criteria)))
        var sc = summary(.criteria)
        press([.pageDown], &sc)
        list.append(("summaryCriteriaPage2", sc))
        list.append(("summaryStreams", summary(.stream)))
        var noi = sampleProfile
        noi.filing.receivedNOI = true
        noi.noiDate = LocalDate(year: 2026, month: 4, day: 20)
        list.append(("noiDeadline", at("noiDate", noi)))
        var r = freshState()
        r.session = session(dob: LocalDate(year: 1990, month: 1, day: 1))
        r.screen = .review
        list.append(("review", r))
        var w = freshState()
        w.session = session(at: JourneyPosition())
        w.session!.profile = sampleProfile
        list.append(("welcomeInProgress", w))
        var m = freshState()
        m.session = session("Ana Souza", at: JourneyPosition())
        m.screen = .sessions
        let stamp = Date(timeIntervalSince1970: 1_795_000_000)
        m.manager.window = SessionWindow([
            SessionSummary(id: "S1", name: "Ana Souza", step: .criteria, updatedAt: stamp),
            SessionSummary(id: "S2", name: "Ana Souza (copy): spouse as principal", step: .stream, updatedAt: stamp,
                           nextDeadline: LocalDate(year: 2027, month: 1, day: 13), nextDeadlineLabel: "OINP application"),
            SessionSummary(id: "S3", name: "李 Wei — client 2026-041", step: .pr, updatedAt: stamp),
        ])
        list.append(("sessions", m))
        var rn = m
        press([.down, .char("r")], &rn)
        list.append(("renameSession", rn))

        var ck = freshState()
        var withDocs = sampleProfile
        withDocs.countriesLived = [CountryStay(country: "India", from: LocalDate(year: 1992, month: 3, day: 14))]
        withDocs.filing.receivedITA = true
        withDocs.filing.itaDate = LocalDate(year: 2026, month: 11, day: 20)
        ck.session = session(at: JourneyPosition())
        ck.session!.profile = withDocs
        press([.char("c")], &ck)
        list.append(("checklist", ck))
        var ce = ck
        press([.enter], &ce)
        list.append(("checklistEdit", ce))
        var ties = sampleProfile
        ties.ontarioTies = [.study]
        var mc = at("ontarioTies", ties)
        press([.down, .char(" ")], &mc)
        list.append(("multiChoice", mc))
        list.append(("summaryOINP", summary(.oinp)))
        var prFiling = sampleProfile
        prFiling.filing.receivedITA = true
        prFiling.filing.itaDate = LocalDate(year: 2026, month: 11, day: 1)
        prFiling.filing.medicalExamDate = LocalDate(year: 2026, month: 11, day: 20)
        var pr = freshState()
        pr.session = session(at: JourneyPosition(step: .pr, questionID: "summary"))
        pr.session!.profile = prFiling
        Update.show(.summary(.pr), &pr)
        list.append(("summaryPR", pr))
        return list + sized(list)      // the 60x20 screens and the long messages (SmallScreenFixtures.swift)
    }
}

func at(_ id: String, _ profile: Profile) -> AppState {
    var s = freshState()
    var sess = session(at: JourneyPosition(step: Questionnaire.question(id: id)!.step, questionID: id))
    sess.profile = profile
    s.session = sess
    Update.show(.question(id: id), &s)
    return s
}

func summary(_ step: Step) -> AppState {
    var s = freshState()
    var sess = session(at: JourneyPosition(step: step, questionID: "summary"))
    sess.profile = sampleProfile
    s.session = sess
    Update.show(.summary(step), &s)
    return s
}

let married: Profile = {
    var p = Profile()
    p.maritalStatus = .married
    return p
}()

/// A single software developer abroad: the profile most screens are drawn with.
let sampleProfile: Profile = {
    var p = Profile()
    p.dateOfBirth = LocalDate(year: 1992, month: 3, day: 14)
    p.maritalStatus = .single
    p.numberOfChildren = 0
    p.education = Education(level: .bachelorOrThreeYear, isCanadian: false, hasECA: true,
                            ecaIssueDate: LocalDate(year: 2024, month: 2, day: 1), isDegree: true, canadianCredential: CanadianStudyCredential.none)
    p.firstOfficialLanguage = .english
    p.languageTests = [LanguageTest(type: .ieltsGeneral, testDate: LocalDate(year: 2026, month: 3, day: 2),
                                    scores: LanguageScores(reading: 8, writing: 7.5, listening: 8.5, speaking: 7.5))]
    p.workExperience = [WorkExperience(nocCode: "21231", title: "Software engineers and designers",
                                       startDate: LocalDate(year: 2020, month: 1, day: 6), hoursPerWeek: 40, country: "India",
                                       paid: true, inCanada: false, selfEmployed: false, whileFullTimeStudent: false)]
    p.certificateOfQualification = false
    p.jobOffer.hasOffer = false
    p.siblingInCanada = false
    p.relativeInCanada = false
    p.settlementFundsCAD = 25_000
    p.countryOfResidence = "India"
    p.legalStatusInCanada = LegalStatus.none
    p.intendsToLiveInOntario = true
    p.federalProgram = .fswp
    return p
}()

/// Writes every fixture screen for scripts/update-screen-goldens.py. Not part of the normal run: it is
/// enabled only when DUMP_SCREENS names the file to write. It still checks what it writes: names are
/// unique and file-safe, every screen has the lines of its height (text and style), and the file reads back whole.
@Test(.enabled(if: ProcessInfo.processInfo.environment["DUMP_SCREENS"] != nil, "set DUMP_SCREENS=FILE to write the goldens"))
func dumpScreens() throws {
    let path = try #require(ProcessInfo.processInfo.environment["DUMP_SCREENS"])
    let fixtures = ScreenFixtures.all()
    let names = fixtures.map(\.0)
    #expect(Set(names).count == names.count, "two screen fixtures share a name")
    #expect(names.allSatisfy { $0.allSatisfy { $0.isLetter || $0.isNumber } }, "a fixture name is not a file name")
    var out = ""
    for (name, state) in fixtures {
        let buffer = View.render(state)
        let lines = buffer.lines, styles = Goldens.styleLayer(buffer)
        #expect(lines.count == max(0, state.height), "\(name): \(lines.count) lines for a height of \(state.height)")
        #expect(!lines.contains { $0.contains("\n") }, "\(name): a line holds a newline")
        #expect(styles.count == lines.count, "\(name): the style layer has \(styles.count) rows")
        out += "== \(name)\n" + lines.map { "|" + $0 + "\n" }.joined() + styles.map { "~" + $0 + "\n" }.joined()
    }
    try out.write(toFile: path, atomically: true, encoding: .utf8)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == out)
}
