/// Shared readings of a profile on a date, used by several rules.
struct Facts {
    let profile: Profile
    let asOf: LocalDate
    let rules: RuleData

    init(_ profile: Profile, asOf: LocalDate, rules: RuleData) {
        self.profile = profile
        self.asOf = asOf
        self.rules = rules
    }

    var age: Int? { profile.dateOfBirth?.age(on: asOf) }

    func best(_ lang: OfficialLanguage) -> LanguageResult? {
        LanguageRules.best(profile.languageTests, language: lang, asOf: asOf, rules: rules)
    }

    /// The best valid result among all of the spouse's tests.
    var spouseBest: LanguageResult? {
        let e = LanguageRules.best(profile.spouse.languageTests, language: .english, asOf: asOf, rules: rules)
        let f = LanguageRules.best(profile.spouse.languageTests, language: .french, asOf: asOf, rules: rules)
        switch (e, f) {
        case (let a?, let b?): return (a.levels!.minimum, a.levels!.sum) >= (b.levels!.minimum, b.levels!.sum) ? a : b
        default: return e ?? f
        }
    }

    var ecaYears: Int { rules.deadlines.items.first { $0.id == "ecaValidity" }?.amount ?? 5 }

    enum Recognition { case recognized, notRecognized(String), unknown(String) }

    /// Is the education credential usable (Canadian, or foreign with a valid ECA) on `date`?
    func educationRecognition(on date: LocalDate? = nil, maxAgeYears: Int? = nil) -> Recognition {
        let e = profile.education
        let d = date ?? asOf
        if e.level == EducationLevel.none || e.level == .secondary && e.isCanadian == nil && e.hasECA == nil { return .recognized }
        if e.isCanadian == true { return .recognized }
        guard let eca = e.hasECA else {
            if e.isCanadian == false { return .unknown("whether the foreign credential has an ECA is not answered") }
            return .unknown("whether the credential is Canadian or has an ECA is not answered")
        }
        if !eca { return .notRecognized("a foreign credential needs an Educational Credential Assessment (ECA)") }
        guard let issued = e.ecaIssueDate else { return .unknown("the ECA issue date is not entered") }
        let years = maxAgeYears ?? ecaYears
        let expiry = issued.adding(years: years)
        if d >= expiry { return .notRecognized("the ECA issued \(issued) expired on \(expiry) (valid \(years) years)") }
        return .recognized
    }

    // MARK: Work

    func canadianSkilled(windowYears: Int?, to: LocalDate? = nil) -> ExperienceTotal {
        let end = to ?? asOf
        return ExperienceRules.total(profile.workExperience, from: windowYears.map { end.adding(years: -$0) }, to: end,
                                     filter: ExperienceFilter(maxTEER: 3, inCanada: true, requirePaid: true,
                                                              excludeSelfEmployed: true, excludeFullTimeStudent: true))
    }

    func foreignSkilled(windowYears: Int) -> ExperienceTotal {
        ExperienceRules.total(profile.workExperience, from: asOf.adding(years: -windowYears), to: asOf,
                              filter: ExperienceFilter(maxTEER: 3, inCanada: false, requirePaid: true))
    }

    func anySkilled(windowYears: Int, to: LocalDate? = nil) -> ExperienceTotal {
        let end = to ?? asOf
        return ExperienceRules.total(profile.workExperience, from: end.adding(years: -windowYears), to: end,
                                     filter: ExperienceFilter(maxTEER: 3, requirePaid: true))
    }
}
