import Foundation
import Testing
@testable import GuideCore

/// Which documents the answers call for (RULES.md §10.1, §10.2; funds §7; police certificates §9).
@Suite("Checklist derivation")
struct ChecklistDerivationTests {
    let today = CK.date("2026-11-01")

    @Test("single applicant after the HCP closure: PR items only, one per job, per test, per country")
    func singleApplicant() {
        let items = Checklist.derive(CK.single(), today: today)
        #expect(items.allSatisfy { $0.step == .pr })
        #expect(CK.keys(items) == [
            "pr.passport#you", "pr.languageResults#you/test:1", "pr.eca#you",
            "pr.referenceLetter#you/job:1", "pr.referenceLetter#you/job:2", "pr.proofOfFunds#you",
            "pr.policeCertificate#you/country:IN", "pr.medical#you", "pr.photos#you", "pr.feeReceipts#you",
        ])
        #expect(items.allSatisfy { $0.personLabel == "You" && $0.status == .needed })
        // §9: language results valid 2 years from the result date; ECA 5 years from issue.
        #expect(CK.item(items, "pr.languageResults#you/test:1")?.expires == CK.date("2027-09-15"))
        #expect(CK.item(items, "pr.eca#you")?.expires == CK.date("2028-03-01"))
        #expect(CK.item(items, "pr.eca#you")?.expiresSource == .answers)
        // §7: 2025 table, 1 person = CAD 15,263; no 2026 table was found (§13 #11), so it is flagged.
        let funds = CK.item(items, "pr.proofOfFunds#you")
        #expect(funds?.instance == "CAD 15,263 for 1")
        #expect(funds?.unverified == true)
        // §9: the current country's certificate must be at most 6 months old.
        #expect(CK.item(items, "pr.policeCertificate#you/country:IN")?.notes.contains { $0.contains("within the last 6 months") } == true)
        // No ITA yet: the PR step has no deadline, nothing is flagged.
        #expect(items.allSatisfy { $0.deadline == nil && $0.flag == nil })
    }

    @Test("married with two children: spouse and children documents appear; funds for a family of 4")
    func spouseAndChildren() {
        let items = Checklist.derive(CK.family(), today: today)
        let keys = CK.keys(items)
        for person in ["you", "spouse", "child:1", "child:2"] {
            #expect(keys.contains("pr.passport#\(person)"))
            #expect(keys.contains("pr.medical#\(person)"))   // §10.2 #9: every family member
            #expect(keys.contains("pr.photos#\(person)"))
        }
        #expect(keys.contains("pr.childBirthCertificate#child:1"))
        #expect(keys.contains("pr.childBirthCertificate#child:2"))
        #expect(!keys.contains("pr.childBirthCertificate#you"))
        #expect(keys.contains("pr.marriageCertificate#you"))
        #expect(!keys.contains("pr.commonLawProof#you"))
        // Spouse points claimed: the spouse's language results; police certificates per country for the spouse (18+).
        #expect(keys.contains("pr.languageResults#spouse/test:1"))
        #expect(keys.contains("pr.policeCertificate#spouse/country:IN"))
        #expect(keys.contains("pr.policeCertificate#spouse/country:SINGAPORE"))
        #expect(!keys.contains { $0.hasPrefix("pr.policeCertificate#child") })
        // §7: 2025 table, 4 persons = CAD 28,362.
        #expect(CK.item(items, "pr.proofOfFunds#you")?.instance == "CAD 28,362 for 4")
        // Grouped by person in order: You, Spouse, Child 1, Child 2.
        #expect(Checklist.grouped(items).map(\.person.label) == ["You", "Spouse", "Child 1", "Child 2"])
        #expect(CK.item(items, "pr.passport#child:2")?.personLabel == "Child 2")
    }

    @Test("a spouse who is already a citizen is not a family member of the application but counts for funds")
    func citizenSpouse() {
        var p = CK.family()
        p.numberOfChildren = 0
        p.spouse.canadianCitizenOrPR = true
        let items = Checklist.derive(p, today: today)
        #expect(!items.contains { $0.person == .spouse })
        #expect(CK.keys(items).contains("pr.marriageCertificate#you"))
        // §7: family size counts the spouse even if a citizen; 2 persons = CAD 19,001.
        #expect(CK.item(items, "pr.proofOfFunds#you")?.instance == "CAD 19,001 for 2")
    }

    @Test("many countries: police certificates per country with 6 months in a row, last 10 years, since 18")
    func manyCountries() {
        var p = CK.single()
        p.countriesLived = [
            CountryStay(country: "India", from: CK.date("2005-01-01"), to: CK.date("2017-06-30")),   // clipped to 2016-11-01: 8 months
            CountryStay(country: "UAE", from: CK.date("2017-07-01"), to: CK.date("2017-12-31")),     // exactly 6 months
            CountryStay(country: "UK", from: CK.date("2018-01-01"), to: CK.date("2018-06-29")),      // one day short
            CountryStay(country: "Germany", from: CK.date("2010-01-01"), to: CK.date("2015-12-31")), // before the 10 years
            CountryStay(country: "Canada", from: CK.date("2018-07-01"), to: CK.date("2020-06-30")),  // Canada excluded
            CountryStay(country: "india", from: CK.date("2020-07-01"), to: CK.date("2021-12-31")),   // same country again
            CountryStay(country: "United States", from: CK.date("2022-01-01"), to: nil),              // lives there now
        ]
        let police = Checklist.derive(p, today: today).filter { $0.catalogueId == "pr.policeCertificate" }
        #expect(police.map(\.key) == [
            "pr.policeCertificate#you/country:INDIA",
            "pr.policeCertificate#you/country:UAE",
            "pr.policeCertificate#you/country:UNITED-STATES",
        ])
        #expect(police[0].notes.contains("Must be dated after the last stay there (ended 2021-12-31)."))
        #expect(police[2].notes.contains { $0.contains("within the last 6 months") })
    }

    @Test("stays before the 18th birthday do not count")
    func sinceAge18() {
        let dob = CK.date("2006-03-01")   // 18 on 2024-03-01
        let on = CK.date("2026-11-01")
        #expect(!Checklist.qualifies(CountryStay(country: "FR", from: CK.date("2023-01-01"), to: CK.date("2024-06-30")), dateOfBirth: dob, on: on))
        #expect(Checklist.qualifies(CountryStay(country: "BE", from: CK.date("2023-01-01"), to: CK.date("2024-08-31")), dateOfBirth: dob, on: on))
        #expect(!Checklist.qualifies(CountryStay(country: "CA", from: CK.date("2020-01-01"), to: nil), dateOfBirth: dob, on: on))
    }

    @Test("no countries entered: one placeholder police certificate asks for them")
    func noCountries() {
        var p = CK.single()
        p.countriesLived = []
        let police = Checklist.derive(p, today: today).filter { $0.catalogueId == "pr.policeCertificate" }
        #expect(police.map(\.key) == ["pr.policeCertificate#you"])
        #expect(police[0].notes.first?.hasPrefix("No countries entered yet") == true)
    }

    @Test("CEC, or authorized to work with a job offer: an exemption letter instead of proof of funds (§7, §10.2 #7)")
    func cecExemption() {
        var p = CK.single()
        p.federalProgram = .cec
        var keys = CK.keys(Checklist.derive(p, today: today))
        #expect(keys.contains("pr.fundsExemptionLetter#you"))
        #expect(!keys.contains("pr.proofOfFunds#you"))

        p.federalProgram = .fswp
        p.jobOffer = JobOffer(hasOffer: true, currentlyAuthorizedToWork: true)
        keys = CK.keys(Checklist.derive(p, today: today))
        #expect(keys.contains("pr.fundsExemptionLetter#you"))
        #expect(!keys.contains("pr.proofOfFunds#you"))
        #expect(keys.contains("pr.jobOffer#you"))

        p.jobOffer.currentlyAuthorizedToWork = false
        keys = CK.keys(Checklist.derive(p, today: today))
        #expect(keys.contains("pr.proofOfFunds#you"))
        #expect(!keys.contains("pr.fundsExemptionLetter#you"))
    }

    @Test("HCP application received before the closure: OINP items, proof of pay per job, the NOI deadline")
    func oinpRoute() {
        var p = CK.single()
        p.federalProgram = .cec
        p.noiDate = CK.date("2026-03-01")
        p.hcpApplicationReceivedDate = CK.date("2026-04-01")
        let items = Checklist.derive(p, today: today)
        let oinp = items.filter { $0.step == .oinp }
        #expect(CK.keys(oinp) == [
            "oinp.noiLetter#you", "oinp.photo#you", "oinp.passport#you", "oinp.birthCertificate#you",
            "oinp.education#you", "oinp.eca#you", "oinp.languageResults#you/test:1",
            "oinp.referenceLetter#you/job:1", "oinp.referenceLetter#you/job:2",
            "oinp.proofOfPay#you/job:1", "oinp.proofOfPay#you/job:2",
            "oinp.settlementFunds#you", "oinp.resume#you",
        ])
        // OINP items come first (step 3 before step 4).
        #expect(items.first?.step == .oinp)
        // §1.3: 45 calendar days from the NOI: 2026-03-01 + 45 = 2026-04-15; the application is already received.
        #expect(oinp.first?.deadline?.date == CK.date("2026-04-15"))
        #expect(oinp.first?.deadline?.submitted == CK.date("2026-04-01"))
        // §13 #5: the funds exemption at the OINP stage is not confirmed: funds asked, flagged UNVERIFIED.
        // Measured on the application date: 2025 table, 1 person = CAD 15,263.
        let funds = CK.item(items, "oinp.settlementFunds#you")
        #expect(funds?.instance == "CAD 15,263 for 1")
        #expect(funds?.unverified == true)
        // §10.2 #16: nomination on the PNP route (upload UNVERIFIED).
        #expect(CK.item(items, "pr.nomination#you")?.unverified == true)
        #expect(CK.keys(items).contains("pr.fundsExemptionLetter#you"))
    }

    @Test("HCP open on the date: OINP items even without an application")
    func hcpOpen() {
        let items = Checklist.derive(CK.single(), today: CK.date("2026-05-01"))
        #expect(items.contains { $0.key == "oinp.noiLetter#you" })
        // The day of the closure: no OINP items.
        #expect(!Checklist.derive(CK.single(), today: CK.date("2026-05-30")).contains { $0.step == .oinp })
    }

    @Test("status documents, CRA slips, self-employment, sibling, Canadian study, previous marriage")
    func situationFlags() {
        var p = CK.single()
        p.legalStatusInCanada = .worker
        p.workExperience.append(CK.job("Contractor", from: "2024-01-01", to: nil, inCanada: true, country: "CA", selfEmployed: true))
        p.siblingInCanada = true
        p.education.canadianCredential = .oneOrTwoYear
        p.maritalStatus = .divorced
        p.hcpApplicationReceivedDate = CK.date("2026-04-01")
        let keys = CK.keys(Checklist.derive(p, today: today))
        for k in ["oinp.statusInCanada#you", "oinp.craDocuments#you", "oinp.selfEmployment#you", "oinp.relativesProof#you",
                  "pr.selfEmployment#you", "pr.siblingProof#you", "pr.canadianEducation#you", "pr.previousMarriage#you",
                  "pr.referenceLetter#you/job:3"] {
            #expect(keys.contains(k), "missing \(k)")
        }
        #expect(!keys.contains("pr.marriageCertificate#you"))
    }

    @Test("the medical exam note follows the dated upfront-medical rule (§0.4)")
    func medicalPeriod() {
        var p = CK.single()
        p.filing.prApplicationSubmitted = CK.date("2024-05-01")
        let item = CK.item(Checklist.derive(p, today: today), "pr.medical#you")
        #expect(item?.notes.first?.contains("No upfront medical exam") == true)
    }
}
