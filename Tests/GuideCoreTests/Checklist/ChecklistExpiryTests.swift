import Foundation
import Testing
@testable import GuideCore

/// Validity periods (RULES.md §9: language 2 years, ECA 5 years, medical 12 months; police certificate from the
/// current country at most 6 months old) against the step deadline (ITA + 60 days, §9; NOI + 45 days, §1.3).
/// An expiry date is the first day the document is no longer valid.
@Suite("Checklist expiry")
struct ChecklistExpiryTests {
    func profile(result: String, ita: String?) -> Profile {
        var p = CK.single()
        p.languageTests = [CK.ielts(result: result)]
        p.filing.receivedITA = ita != nil
        p.filing.itaDate = ita.map(CK.date)
        return p
    }

    @Test("leap day: a result of 2024-02-29 expires 2026-02-28; ITA 2025-12-30 + 60 days = 2026-02-28: same day is flagged")
    func leapYearSameDay() {
        let items = Checklist.derive(profile(result: "2024-02-29", ita: "2025-12-30"), today: CK.date("2026-01-15"))
        let lang = CK.item(items, "pr.languageResults#you/test:1")
        #expect(lang?.expires == CK.date("2026-02-28"))
        #expect(lang?.deadline?.date == CK.date("2026-02-28"))
        #expect(lang?.flag == ExpiryFlag(reason: .beforeDeadline, expires: CK.date("2026-02-28"), deadline: CK.date("2026-02-28"), daysLeft: 44))
        #expect(lang?.flag?.text == "Expires 2026-02-28, before the step deadline 2026-02-28: 44 days left.")
    }

    @Test("a deadline one day before the expiry is not flagged")
    func dayBefore() {
        let items = Checklist.derive(profile(result: "2024-02-29", ita: "2025-12-29"), today: CK.date("2026-01-15"))
        let lang = CK.item(items, "pr.languageResults#you/test:1")
        #expect(lang?.deadline?.date == CK.date("2026-02-27"))
        #expect(lang?.flag == nil)
    }

    @Test("ECA 5 years and medical 12 months, including a leap-day exam")
    func ecaAndMedical() {
        var p = profile(result: "2025-09-15", ita: "2025-12-30")
        p.education.ecaIssueDate = CK.date("2021-01-20")
        p.filing.medicalExamDate = CK.date("2024-02-29")
        let items = Checklist.derive(p, today: CK.date("2026-01-15"))
        let eca = CK.item(items, "pr.eca#you")
        #expect(eca?.expires == CK.date("2026-01-20"))
        #expect(eca?.flag?.reason == .beforeDeadline)
        #expect(eca?.flag?.daysLeft == 5)
        let med = CK.item(items, "pr.medical#you")
        #expect(med?.expires == CK.date("2025-02-28"))
        #expect(med?.flag?.reason == .expired)
        #expect(med?.flag?.daysLeft == -321)
    }

    @Test("expiring on the as-of date counts as expired, with 0 days left")
    func expiresToday() {
        var p = profile(result: "2025-09-15", ita: nil)
        p.education.ecaIssueDate = CK.date("2021-01-20")
        let eca = CK.item(Checklist.derive(p, today: CK.date("2026-01-20")), "pr.eca#you")
        #expect(eca?.flag?.reason == .expired)
        #expect(eca?.flag?.daysLeft == 0)
        #expect(eca?.flag?.text == "Expires today (2026-01-20).")
        // The day before it is still valid and there is no deadline: no flag.
        #expect(CK.item(Checklist.derive(p, today: CK.date("2026-01-19")), "pr.eca#you")?.flag == nil)
    }

    @Test("once the PR application is submitted, its items are no longer flagged")
    func submitted() {
        var p = profile(result: "2024-02-29", ita: "2025-12-30")
        p.filing.prApplicationSubmitted = CK.date("2026-01-10")
        let lang = CK.item(Checklist.derive(p, today: CK.date("2026-01-15")), "pr.languageResults#you/test:1")
        #expect(lang?.deadline?.submitted == CK.date("2026-01-10"))
        #expect(lang?.flag == nil)
    }

    @Test("not applicable items are never flagged")
    func notApplicable() {
        var p = profile(result: "2024-02-29", ita: "2025-12-30")
        Checklist.setStatus(.notApplicable, for: "pr.languageResults#you/test:1", in: &p)
        #expect(CK.item(Checklist.derive(p, today: CK.date("2026-01-15")), "pr.languageResults#you/test:1")?.flag == nil)
    }

    @Test("police certificate from the current country: issued date + 6 months; the record's own expiry otherwise")
    func fromRecords() {
        var p = profile(result: "2025-09-15", ita: "2026-05-01")   // deadline 2026-06-30
        let key = "pr.policeCertificate#you/country:IN"
        Checklist.apply([.status(.have), .issued(CK.date("2025-12-30"))], to: key, in: &p)
        var police = CK.item(Checklist.derive(p, today: CK.date("2026-05-02")), key)
        #expect(police?.expires == CK.date("2026-06-30"))
        #expect(police?.expiresSource == .issuedDate)
        #expect(police?.flag?.reason == .beforeDeadline)

        // A typed expiry wins over the computed one when nothing is derived from the answers.
        Checklist.apply([.expires(CK.date("2026-12-31"))], to: key, in: &p)
        police = CK.item(Checklist.derive(p, today: CK.date("2026-05-02")), key)
        #expect(police?.expires == CK.date("2026-12-31"))
        #expect(police?.expiresSource == .record)
        #expect(police?.flag == nil)

        // The spouse's medical: the record's issue date + 12 months.
        var f = CK.family()
        Checklist.apply([.issued(CK.date("2025-03-31"))], to: "pr.medical#spouse", in: &f)
        #expect(CK.item(Checklist.derive(f, today: CK.date("2026-01-15")), "pr.medical#spouse")?.expires == CK.date("2026-03-31"))
    }
}

@Suite("Checklist filters and records")
struct ChecklistRecordTests {
    let today = CK.date("2026-01-15")

    @Test("filters: missing = needed or requested; expiring = flagged; counts match")
    func filtersAndCounts() {
        var p = CK.single()
        p.languageTests = [CK.ielts(result: "2024-02-29")]
        p.filing.itaDate = CK.date("2025-12-30")
        Checklist.setStatus(.have, for: "pr.passport#you", in: &p)
        Checklist.setStatus(.requested, for: "pr.policeCertificate#you/country:IN", in: &p)
        Checklist.setStatus(.notApplicable, for: "pr.photos#you", in: &p)
        Checklist.setStatus(.have, for: "pr.languageResults#you/test:1", in: &p)
        // HCP is still open on 2026-01-15, so OINP items are derived too; count the PR step
        // (the 10 items of the single applicant plus the provincial nomination of the OINP route).
        #expect(Checklist.derive(p, today: today).contains { $0.step == .oinp })
        let items = Checklist.derive(p, today: today).filter { $0.step == .pr }
        let c = Checklist.counts(items)
        #expect(c.all == 11)
        #expect(c.have == 2)
        #expect(c.notApplicable == 1)
        #expect(c.missing == 8)
        #expect(c.expiring == 1)
        #expect(c[.missing] == Checklist.filter(items, .missing).count)
        #expect(Checklist.filter(items, .expiring).map(\.key) == ["pr.languageResults#you/test:1"])
        #expect(Checklist.filter(items, .all).count == 11)
        #expect(Checklist.filter(items, .missing).contains { $0.key == "pr.policeCertificate#you/country:IN" })
        #expect(!Checklist.filter(items, .missing).contains { $0.key == "pr.photos#you" })
    }

    @Test("updates create, change and remove records; blank notes are dropped")
    func updates() {
        var p = CK.single()
        let key = "pr.referenceLetter#you/job:2"
        #expect(Checklist.record(key, in: p) == DocumentRecord(key: key))
        Checklist.apply([.status(.requested), .note("Asked HR on Jan 5")], to: key, in: &p)
        #expect(p.documents == [DocumentRecord(key: key, status: .requested, note: "Asked HR on Jan 5")])
        Checklist.update(key, in: &p) { $0.status = .have; $0.issued = CK.date("2026-01-12") }
        #expect(p.documents.count == 1)
        let item = CK.item(Checklist.derive(p, today: today), key)
        #expect(item?.status == .have)
        #expect(item?.issued == CK.date("2026-01-12"))
        #expect(item?.note == "Asked HR on Jan 5")
        // Back to the defaults: the record goes away.
        Checklist.apply([.status(.needed), .issued(nil), .note("   ")], to: key, in: &p)
        #expect(p.documents.isEmpty)
    }

    @Test("keys survive other edits; records of removed items are kept as orphans")
    func stableKeys() {
        var p = CK.single()
        Checklist.setStatus(.have, for: "pr.referenceLetter#you/job:2", in: &p)
        p.workExperience.append(CK.job("Lead", from: "2025-01-01", to: nil, inCanada: false, country: "IN"))
        p.languageTests.append(CK.ielts(result: "2025-12-01"))
        #expect(CK.item(Checklist.derive(p, today: today), "pr.referenceLetter#you/job:2")?.status == .have)
        p.workExperience.removeLast(2)
        #expect(Checklist.orphanedRecords(p, today: today).map(\.key) == ["pr.referenceLetter#you/job:2"])
    }
}
