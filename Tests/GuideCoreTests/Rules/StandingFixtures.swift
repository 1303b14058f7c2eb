@testable import GuideCore

// Profiles shared by StandingTests and WhatIfTests. Their CRS totals are derived by hand in the tests that use them.

/// "Priya": married, spouse accompanying and not a citizen/PR, living abroad. Age 31 on 2026-12-01, a foreign
/// master's with an ECA of 2024-02-12, CELPIP 9 in all four, software engineer (21231) in India since 2019-01-07
/// (ongoing); spouse: bachelor's, CELPIP 7 in all four, no Canadian work. Funds CAD 50,000, no children.
func priya(asOf: String = "2026-12-01") -> Profile {
    var p = Profile()
    p.dateOfBirth = born(age: 31, asOf: asOf)
    p.maritalStatus = .married
    p.spouse = Spouse(accompanying: true, canadianCitizenOrPR: false, educationLevel: .bachelorOrThreeYear,
                      languageTests: [celpip(7)], canadianWorkYears: 0)
    p.numberOfChildren = 0
    p.education = Education(level: .mastersOrProfessional, isCanadian: false, hasECA: true, ecaIssueDate: d("2024-02-12"),
                            isDegree: true, canadianCredential: CanadianStudyCredential.none)
    p.languageTests = [celpip(9)]
    p.workExperience = [job("21231", from: "2019-01-07", to: nil, inCanada: false)]
    p.settlementFundsCAD = 50_000
    return p
}

/// A CEC candidate: single, age 27 on 2026-12-01, Canadian bachelor's (a 3+ year Canadian credential), CELPIP 10
/// in all four, software engineer (21231) in Canada since 2021-09-01 (ongoing, 40 h a week). No funds.
func cecCandidate(asOf: String = "2026-12-01", age: Int = 27, since: String = "2021-09-01") -> Profile {
    var p = single(age: age, asOf: asOf, education: .bachelorOrThreeYear, language: [celpip(10)],
                   work: [job("21231", from: since, to: nil, inCanada: true)])
    p.education.canadianCredential = .threeYearOrMore
    p.numberOfChildren = 0
    p.settlementFundsCAD = 0
    return p
}

func standing(_ p: Profile, on date: String) -> Standing { StandingRules.standing(p, asOf: d(date)) }
func whatIf(_ p: Profile, on date: String) -> [WhatIfResult] { WhatIfRules.evaluate(p, asOf: d(date)) }
