import Foundation
import Testing
@testable import GuideCore

/// The items of RULES.md's "Revised 2026-12-01" list that our data encodes (§7 funds, §8 fees, §9
/// deadlines and medical-exam periods, §2 ITA windows), each checked against values read by hand from
/// RULES.md. The funds amounts and boundaries are in TableTests and BoundaryAndMoreProperties.
@Suite("RULES.md revision 2026-12-01")
struct RulesRevisionTests {
    @Test("§7: the 2022 table's conflicting start date reaches the user, in the report's UNVERIFIED list and the text")
    func funds2022FlagReachesTheUser() {
        // §7: 2022 column, one person 13,310, [S1], "start date conflicting" (2022-06-08 or 2022-06-27
        // as the update-by date, §13 #34). HCP was open on 2022-07-01, so the HCP funds criterion is measured.
        let a = Assessor(asOf: d("2022-07-01")).assess(hcpCandidate(asOf: "2022-07-01"))
        #expect(a.funds?.tableId == "funds2022" && a.funds?.amount == 13310 && a.funds?.unverified == true)
        #expect(a.unverified.contains { $0.hasPrefix("UNVERIFIED dates") && $0.contains("2022-06-27") })
        let c = a.criterion("settlementFunds")!
        #expect(c.unverified && c.status == .met)   // CAD 20,000 >= 13,310
        let text = a.renderText()
        #expect(text.contains("Settlement funds for 1: CAD 13,310 (funds2022, [S1])"))
        #expect(text.contains("(UNVERIFIED data)") && text.contains("2022-06-08"))
    }

    @Test("§7: the 2023 table from 2023-04-25 is no longer flagged for its dates")
    func funds2023NotFlagged() {
        // §7: 2023 column "from Apr 25, 2023" ([S2] start); one person 13,757.
        let a = Assessor(asOf: d("2023-05-01")).assess(hcpCandidate(asOf: "2023-05-01"))
        #expect(a.funds?.tableId == "funds2023" && a.funds?.amount == 13757 && a.funds?.unverified == false)
        #expect(!a.unverified.contains { $0.contains("funds2023") || $0.contains("settlement-funds") })
    }

    @Test("§8: the fees still match; no OWP fee is given (not found, §8.1) and the HCP fee is not reused")
    func fees() {
        // §8.2 from Apr 30, 2026: principal 990 [S1], RPRF 600 [S1], spouse UNVERIFIED (990 by analogy),
        // child UNVERIFIED (not found). §8.1: OWP application fee not found.
        let f = FeeRules.prFees(on: d("2026-12-01"), rules: rules)!
        #expect(f.principal.amount == 990 && f.principal.tag == "[S1]" && f.rprf.amount == 600 && f.rprf.tag == "[S1]")
        #expect(f.spouse.unverified && f.spouse.amount == 990 && f.child.unverified && f.child.amount == nil)
        #expect(FeeRules.oinpFee(stream: "owp", on: d("2026-12-01"), rules: rules) == nil)
        #expect(FeeRules.oinpFee(stream: "hcp", on: d("2026-05-30"), rules: rules) == nil)
        #expect(rules.fees.provenance.note?.contains("OWP application fee") == true)
    }

    @Test("§9 and §2: OINP ITA windows, legacy 14 days to 2026-05-29, OWP 14 (employer) and 17 (you) from 2026-06-25")
    func itaWindows() {
        let dl = rules.deadlines.body
        // §9: legacy streams 14 calendar days [P], to 2026-05-29.
        #expect(dl.item("oinpEoiItaToApplication", on: d("2026-05-29")).map { ($0.amount, $0.unit) } ?? (0, "") == (14, "days"))
        #expect(dl.item("oinpEoiItaToApplication", on: d("2026-05-30")) == nil)
        // §0.2b / §9: OWP from 2026-06-25: employer 14 calendar days [S1], applicant 17 [S2], flagged (§13 #24).
        #expect(dl.item("owpInvitationToEmployerApproval", on: d("2026-06-24")) == nil)
        #expect(dl.item("owpInvitationToEmployerApproval", on: d("2026-06-25"))?.amount == 14)
        let own = dl.item("owpInvitationToApplication", on: d("2026-06-25"))
        #expect(own?.amount == 17 && own?.unit == "days" && own?.provenance.isUnverified == true)
        // Invited 2026-11-10: employer by 2026-11-24 (+14), you by 2026-11-27 (+17).
        #expect(dl.item("owpInvitationToEmployerApproval", on: d("2026-11-10"))?.due(from: d("2026-11-10")) == d("2026-11-24"))
        #expect(own?.due(from: d("2026-11-10")) == d("2026-11-27"))
        // §2: the Foreign Worker row now dates its 14 days (to 2026-05-29) and names the OWP successor.
        let fw = rules.streams.streams.first { $0.id == "foreignWorker" }!
        #expect(fw.selection.contains("14 days of the ITA until 2026-05-29") && fw.selection.contains("17 days"))
        #expect(fw.selection.contains("2026-06-25"))
    }

    @Test("§9: the medical exam after IRCC's instructions (30 days) belongs to 2023-10-01 - 2025-08-20 only")
    func medicalPeriods() {
        let dl = rules.deadlines.body
        let m = dl.items.first { $0.id == "medicalAfterInstructions" }!
        #expect(m.provenance.effectiveFrom == d("2023-10-01") && m.provenance.effectiveTo == d("2025-08-20") && m.amount == 30)
        // Four periods of upfrontMedical, each starting the day after the previous one ends (§9).
        let starts = dl.upfrontMedical.map { $0.provenance.effectiveFrom?.description ?? "-" }
        #expect(starts == ["-", "2023-10-01", "2025-08-21", "2025-10-21"])
        #expect(dl.upfrontMedical.map(\.required) == [true, false, true, true])
    }
}
