import Foundation
import Testing
@testable import GuideCore

// owp.json and the OWP rows of deadlines.json against RULES.md §0.2, §0.2b, §13 #24-#27 (values copied by hand).

@Suite struct OWPTableTests {
    let owp = RuleData.shared.owp
    var grid: EOIGrid { owp.eoi.body }

    @Test func provenance() {
        #expect(owp.provenance.effectiveFrom == d("2026-06-25") && owp.provenance.sources?.contains("https://www.ontario.ca/laws/regulation/r26204") == true)
        #expect(owp.eoi.provenance.effectiveFrom == d("2026-07-20") && owp.eoi.provenance.tag == "[S2]")
        #expect(owp.fee.tag == "UNVERIFIED")
    }

    // §0.2b: employment 70, education 20, language 25, region 15 = 130; physician 115.
    @Test func groupsAndMaxima() {
        #expect(grid.groups.map(\.id) == ["employment", "education", "language", "region"])
        #expect(grid.groups.map(\.max) == [70, 20, 25, 15])
        #expect(grid.maximum == 130 && grid.physicianMaximum == 115)
        #expect(grid.maximum - (grid.factor("hourlyWage")?.max ?? 0) == grid.physicianMaximum)
        for f in grid.factors { #expect(f.max == f.rows.map(\.points).max(), "\(f.id)") }
        // Employment: time in position and other Ontario work exclude each other, so the larger (18) counts.
        let employment = grid.factors.filter { $0.group == "employment" && $0.id != "otherOntarioWork" }.map(\.max).reduce(0, +)
        #expect(employment == 70)
    }

    @Test func rowsAsPublished() {
        func rows(_ id: String) -> [Int] { grid.factor(id)!.rows.map(\.points) }
        func mins(_ id: String) -> [Double] { grid.factor(id)!.rows.compactMap(\.min) }
        #expect(rows("teer") == [9, 6, 0])
        #expect(grid.factor("broadCategory")!.rows.map { ($0.digits ?? []).joined() } == ["3", "7", "2", "01489", "56"])
        #expect(rows("broadCategory") == [10, 8, 6, 4, 2])
        #expect(mins("hourlyWage") == [40, 35, 30, 25, 20, 0] && rows("hourlyWage") == [15, 12, 10, 8, 5, 0])
        #expect(mins("timeInPosition") == [25, 13, 6, 0] && rows("timeInPosition") == [18, 15, 12, 0])
        #expect(mins("otherOntarioWork") == [25, 13, 6, 0] && rows("otherOntarioWork") == [12, 9, 6, 0])
        #expect(mins("canadianEarnings") == [70000, 50000, 30000, 0] && rows("canadianEarnings") == [8, 6, 4, 0])
        #expect(rows("legalStatus") == [10, 5, 0])
        #expect(rows("educationLevel") == [10, 8, 6, 5, 0])
        #expect(rows("canadianCredentials") == [10, 5, 0])
        #expect(mins("languageAbility") == [9, 8, 7, 6, 0] && rows("languageAbility") == [15, 12, 8, 4, 0])
        #expect(rows("officialLanguages") == [10, 5, 0] && grid.factor("officialLanguages")!.unverifiedOption == "one")
        #expect(rows("region") == [15, 10, 5, 0])
    }

    @Test func requirements() {
        let b = owp.body
        #expect(b.language.minimumCLB == 6 && b.language.tradesMinimumCLB == 5)
        #expect(b.language.trades.contains("72310") && !b.language.trades.contains("72600") && b.language.trades.contains("73300"))
        #expect(b.language.trades.contains("63200") && b.language.trades.contains("62200") && !b.language.trades.contains("62100"))
        #expect(!b.language.trades.contains("21231") && !b.language.trades.contains("93200") && b.language.trades.contains("93100"))
        #expect(b.experience.monthsInPosition == 6 && b.experience.graduateMonthsInPosition == 3 && b.experience.yearsInNOC == 2 && b.experience.nocWindowYears == 5)
        #expect(b.recentOntarioGraduate.withinYears == 3 && b.recentOntarioGraduate.tag == "[P]")
        #expect(b.criteria.map(\.id) == ["jobOffer", "wage", "language", "education", "experience", "employer"])
    }

    // §0.2b tags: 30-day EOI [S2]; EOI validity [S1] (§13 #26); employer 14 days [S1]; applicant 17 days [S2] with the
    // §13 #24 sequence doubt flagged; base certificate [S1].
    @Test func deadlineRows() {
        let items = RuleData.shared.deadlines.items
        func row(_ id: String) -> Dated<DeadlinesData.Deadline> { items.first { $0.id == id }! }
        #expect(row("owpJobOfferToEOI").amount == 30 && row("owpJobOfferToEOI").provenance.tag == "[S2]")
        #expect(row("owpEOIValidity").amount == 12 && row("owpEOIValidity").unit == "months" && row("owpEOIValidity").provenance.tag == "[S1]")
        #expect(row("owpInvitationToEmployerApproval").amount == 14 && row("owpInvitationToEmployerApproval").provenance.tag == "[S1]")
        let app = row("owpInvitationToApplication")
        #expect(app.amount == 17 && app.provenance.tag == "[S2]" && app.provenance.isUnverified && app.provenance.note?.contains("13 #24") == true)
        #expect(row("owpNominationAcceptance").amount == 30)
        #expect(row("owpNominationCertificateValidity").amount == 6 && row("owpNominationCertificateValidity").provenance.tag == "[S1]")
        for id in ["owpJobOfferToEOI", "owpEOIValidity", "owpInvitationToEmployerApproval", "owpInvitationToApplication", "owpNominationAcceptance", "owpNominationCertificateValidity"] {
            #expect(row(id).provenance.effectiveFrom == d("2026-06-25") && row(id).provenance.sources?.isEmpty == false, "\(id)")
        }
    }
}
