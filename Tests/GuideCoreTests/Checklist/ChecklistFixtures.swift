import Foundation
@testable import GuideCore

// Answer fixtures for the checklist tests. Expected values in the tests come from RULES.md
// (§7 funds, §9 validity periods, §10.1 and §10.2 documents), not from the code's output.

enum CK {
    static func date(_ s: String) -> LocalDate { try! LocalDate.parse(s) }

    static func ielts(result: String) -> LanguageTest {
        LanguageTest(type: .ieltsGeneral, testDate: date(result), resultDate: date(result),
                     scores: LanguageScores(reading: 8, writing: 7, listening: 8.5, speaking: 7.5))
    }

    static func job(_ title: String, from: String, to: String?, inCanada: Bool, country: String, selfEmployed: Bool = false) -> WorkExperience {
        WorkExperience(nocCode: "21231", title: title, startDate: date(from), endDate: to.map(date), hoursPerWeek: 40,
                       country: country, paid: true, inCanada: inCanada, selfEmployed: selfEmployed, whileFullTimeStudent: false)
    }

    /// A single software developer outside the HCP route (no HCP application; the as-of date is after the closure).
    static func single() -> Profile {
        var p = Profile()
        p.dateOfBirth = date("1994-05-10")
        p.maritalStatus = .single
        p.numberOfChildren = 0
        p.education = Education(level: .mastersOrProfessional, isCanadian: false, hasECA: true, ecaIssueDate: date("2023-03-01"), isDegree: true)
        p.languageTests = [ielts(result: "2025-09-15")]
        p.workExperience = [
            job("Developer", from: "2018-01-01", to: "2021-12-31", inCanada: false, country: "IN"),
            job("Senior developer", from: "2022-01-01", to: nil, inCanada: false, country: "IN"),
        ]
        p.federalProgram = .fswp
        p.legalStatusInCanada = LegalStatus.none
        p.countriesLived = [CountryStay(country: "IN", from: date("1994-05-10"), to: nil)]
        return p
    }

    /// Married, accompanying spouse (not a citizen/PR), two children.
    static func family() -> Profile {
        var p = single()
        p.maritalStatus = .married
        p.numberOfChildren = 2
        p.spouse = Spouse(accompanying: true, canadianCitizenOrPR: false, educationLevel: .bachelorOrThreeYear,
                          languageTests: [ielts(result: "2025-10-01")],
                          countriesLived: [CountryStay(country: "IN", from: date("2015-01-01"), to: nil),
                                           CountryStay(country: "Singapore", from: date("2019-01-01"), to: date("2020-12-31"))])
        return p
    }

    static func keys(_ items: [ChecklistItem]) -> Set<String> { Set(items.map(\.key)) }

    static func item(_ items: [ChecklistItem], _ key: String) -> ChecklistItem? { items.first { $0.key == key } }
}
