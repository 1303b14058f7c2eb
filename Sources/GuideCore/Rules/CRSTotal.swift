/// The CRS total alone: the same arithmetic as `CRSRules.assess` (CRS.swift) without the breakdown, notes
/// or any text, for callers that need only the number (what-if candidates, batch rankings, the bench), on
/// integer tables built once (CRSTables.swift). `CRSTotalTests` checks that it equals `assess(...).total`
/// on thousands of random profiles; any change to the scoring in CRS.swift must be made here too.
extension CRSRules {
    public static func total(_ p: borrowing Profile, asOf: LocalDate, rules: RuleData = .shared) -> Int {
        // The answers the CRS reads, hidden ones left out, without running the whole questionnaire when
        // that is possible (see `CRSInputs.init?(uncounted:)`); not `??`, whose closure copies the profile.
        if let inputs = CRSInputs(uncounted: p) { return total(inputs, asOf: asOf, rules: rules) }
        return total(CRSInputs(counted: p.counted), asOf: asOf, rules: rules)
    }

    static func total(counted p: Profile, asOf: LocalDate, rules: RuleData) -> Int {
        total(CRSInputs(counted: p), asOf: asOf, rules: rules)
    }

    static func total(_ p: borrowing CRSInputs, asOf: LocalDate, rules: RuleData) -> Int {
        let t = CRSTables.of(rules)
        let en = t.bestLevels(p.languageTests, language: .english, asOf: asOf)
        let fr = t.bestLevels(p.languageTests, language: .french, asOf: asOf)
        let s = Shared(p, asOf: asOf, t: t, en: en, fr: fr)
        if let d = p.firstOfficialLanguage {
            return d == .english ? s.total(first: en, second: fr) : s.total(first: fr, second: en)
        }
        let a = s.total(first: en, second: fr)
        let b = s.total(first: fr, second: en)
        if fr == nil { return a }
        if en == nil { return b }
        return b > a ? b : a
    }

    /// The parts that do not depend on which language is first.
    private struct Shared {
        let t: CRSTables
        let ws: Bool
        let agePts: Int
        let eduCounted: EducationLevel?
        let eduPts: Int
        let canYears: Int
        let canPts: Int
        let foreignYears: Int
        let spouseTotal: Int
        let adTotal: Int
        let hasCertificate: Bool
        let coreCap: Int

        init(_ p: borrowing CRSInputs, asOf: LocalDate, t: CRSTables, en: CLBLevels?, fr: CLBLevels?) {
            self.t = t
            let ws = p.withSpouse
            self.ws = ws

            if let age = p.dateOfBirth?.age(on: asOf) {
                let i = age &- t.ageFrom
                agePts = i >= 0 && i < t.age.count ? t.age[i].pick(ws) : 0
            } else {
                agePts = 0
            }
            var edu: EducationLevel? = nil
            if let lvl = p.educationLevel, Self.educationCounts(p, asOf: asOf, ecaYears: t.ecaYears) { edu = lvl }
            eduCounted = edu
            eduPts = edu.flatMap { t.education[$0.caseIndex] }?.pick(ws) ?? 0

            // Both windows are the same years before the date: one pass over the jobs (Experience.swift).
            let from = asOf.adding(years: -t.windowYears)
            let (can, foreign) = ExperienceRules.canadianAndForeignSkilledYears(p.workExperience, from: from, to: asOf)
            canYears = can
            canPts = t.canadianWork(canYears).pick(ws)
            foreignYears = foreign

            var sp = 0
            if ws {
                if let l = p.spouseEducationLevel { sp += t.education[l.caseIndex]?.spouse ?? 0 }
                let tests = p.spouseLanguageTests
                let e = t.bestLevels(tests, language: .english, asOf: asOf)
                let f = t.bestLevels(tests, language: .french, asOf: asOf)
                let best: CLBLevels?
                switch (e, f) {
                case (let a?, let b?): best = (a.minimum, a.sum) >= (b.minimum, b.sum) ? a : b
                default: best = e ?? f
                }
                if let lv = best {
                    let sLang = t.spouseLanguage(lv.reading).withSpouse + t.spouseLanguage(lv.writing).withSpouse
                        + t.spouseLanguage(lv.listening).withSpouse + t.spouseLanguage(lv.speaking).withSpouse
                    sp += min(sLang, t.spouseLanguageCap)
                }
                let sy = Int((p.spouseCanadianWorkYears ?? 0) + 1e-9)
                sp += t.canadianWork(sy).spouse
            }
            spouseTotal = min(sp, t.spouseCap)

            var ad = 0
            let day = asOf.dayNumber
            func add(_ id: CRSTables.FactorID) { if let fct = t.factor(id, on: day) { ad += fct.points } }
            if p.hasAcceptedNomination(on: asOf) { add(.provincialNomination) }
            if p.offerWithLMIA, let teer = p.offerTEER, teer <= 3 {
                if t.factor(.arrangedEmploymentLMIA, on: day) != nil { add(.arrangedEmploymentLMIA) }
                else if p.offerIsSeniorManager && t.factor(.arrangedEmploymentSeniorManager, on: day) != nil { add(.arrangedEmploymentSeniorManager) }
                else if t.factor(.arrangedEmploymentOther, on: day) != nil { add(.arrangedEmploymentOther) }
            }
            switch p.canadianCredential {
            case .oneOrTwoYear?: add(.canadianStudyOneOrTwoYears)
            case .threeYearOrMore?: add(.canadianStudyThreeYearsOrMore)
            default: break
            }
            if let fl = fr, let fw = t.factor(.frenchOnly, on: day), fl.allAtLeast(fw.minNCLC ?? 7) {
                if let we = t.factor(.frenchWithEnglish, on: day), let el = en, el.allAtLeast(we.minEnglish ?? 5) {
                    add(.frenchWithEnglish)
                } else {
                    add(.frenchOnly)
                }
            }
            if p.sibling { add(.sibling) }
            adTotal = min(ad, t.additionalCap)
            coreCap = ws ? t.coreCapWithSpouse : t.coreCapWithoutSpouse
            hasCertificate = p.certificate
        }

        /// `Facts.educationRecognition()` reduced to "is the level counted" (recognized or assumed so).
        static func educationCounts(_ e: borrowing CRSInputs, asOf: LocalDate, ecaYears: Int) -> Bool {
            if e.educationLevel == EducationLevel.none || e.educationLevel == .secondary && e.isCanadian == nil && e.hasECA == nil { return true }
            if e.isCanadian == true { return true }
            guard let eca = e.hasECA else { return true }
            if !eca { return false }
            guard let issued = e.ecaIssueDate else { return true }
            return asOf < issued.adding(years: ecaYears)
        }

        func total(first: CLBLevels?, second: CLBLevels?) -> Int {
            let t = self.t
            var firstPts = 0
            if let lv = first {
                firstPts = t.firstLanguage(lv.reading).pick(ws) + t.firstLanguage(lv.writing).pick(ws)
                    + t.firstLanguage(lv.listening).pick(ws) + t.firstLanguage(lv.speaking).pick(ws)
            }
            var secondPts = 0
            if let lv = second {
                let raw = t.secondLanguage(lv.reading).withSpouse + t.secondLanguage(lv.writing).withSpouse
                    + t.secondLanguage(lv.listening).withSpouse + t.secondLanguage(lv.speaking).withSpouse
                secondPts = min(raw, ws ? t.secondCapWithSpouse : t.secondCapWithoutSpouse)
            }
            let coreTotal = min(agePts + eduPts + firstPts + secondPts + canPts, coreCap)

            let minCLB = first?.minimum ?? 0
            func langCol(_ tier: CRSTables.Tier) -> Int {
                if minCLB >= t.veryStrongMinCLB { return tier.veryStrong }
                if minCLB >= t.strongMinCLB { return tier.strong }
                return 0
            }
            func canCol(_ tier: CRSTables.Tier) -> Int {
                if canYears >= 2 { return tier.canadianTwo }
                if canYears >= 1 { return tier.canadianOne }
                return 0
            }
            var tr = 0
            if let l = eduCounted, let tier = t.educationTier[l.caseIndex] {
                tr += min(langCol(tier) + canCol(tier), t.educationCap)
            }
            if let tier = t.foreignTier(foreignYears) {
                tr += min(langCol(tier) + canCol(tier), t.foreignCap)
            }
            if hasCertificate {
                var coq = 0
                if minCLB >= t.certStrongMin { coq = t.certStrongPoints } else if minCLB >= t.certMin { coq = t.certPoints }
                tr += min(coq, t.certificateCap)
            }
            let trTotal = min(tr, t.trCap)
            return min(coreTotal + spouseTotal + trTotal + adTotal, t.totalCap)
        }
    }
}

extension CRSTables {
    /// The levels of `LanguageRules.best(...)` (the same choice: highest lowest ability, then highest sum,
    /// the first of equals), without building the result's notes.
    func bestLevels(_ tests: [LanguageTest], language: OfficialLanguage, asOf: LocalDate) -> CLBLevels? {
        var best: CLBLevels?
        for test in tests where test.type.language == language {
            guard let lv = validLevels(test, asOf: asOf) else { continue }
            if let b = best, !((b.minimum, b.sum) < (lv.minimum, lv.sum)) { continue }
            best = lv
        }
        return best
    }

    /// The levels when `LanguageRules.convert(...)` would call the test valid, else nil (the same checks in
    /// the same order as `LanguageRules.validLevels`).
    func validLevels(_ test: LanguageTest, asOf: LocalDate) -> CLBLevels? {
        guard let data = tests[test.type.caseIndex] else { return nil }
        // The cheap refusals first (none depends on another, so the order does not change the answer).
        let sco = test.scores
        guard let r = sco.reading, let w = sco.writing, let l = sco.listening, let s = sco.speaking else { return nil }
        guard let start = test.resultDate ?? test.testDate else { return nil }
        let basisDay = (test.testDate ?? start).dayNumber    // test date, else result date (asOf only when both are missing)
        if let from = data.acceptedFromDay, basisDay < from { return nil }
        if asOf >= start.adding(years: resultValidityYears) { return nil }
        // The first scale in force on the basis date, else the last.
        var sc = scales[data.scales.upperBound &- 1]
        for i in data.scales where scales[i].covers(basisDay) { sc = scales[i]; break }
        let b = sc.bands
        return CLBLevels(reading: level(r, b, ability: 0), writing: level(w, b, ability: 1),
                         listening: level(l, b, ability: 2), speaking: level(s, b, ability: 3))
    }
}

/// What the CRS reads of the answers that count (`Profile.counted`), and nothing else.
struct CRSInputs: Equatable {
    var languageTests: [LanguageTest]
    var firstOfficialLanguage: OfficialLanguage?
    var dateOfBirth: LocalDate?
    var withSpouse: Bool
    var spouseEducationLevel: EducationLevel?
    var spouseLanguageTests: [LanguageTest]
    var spouseCanadianWorkYears: Double?
    var educationLevel: EducationLevel?
    var isCanadian: Bool?
    var hasECA: Bool?
    var ecaIssueDate: LocalDate?
    var canadianCredential: CanadianStudyCredential?
    var workExperience: [WorkExperience]
    var nominationAccepted: LocalDate?
    var nominationAcceptedUndated: Bool?
    /// A job offer (yes) supported by an LMIA or exempt, its TEER and whether it is a senior manager's.
    var offerWithLMIA: Bool
    var offerTEER: Int?
    var offerIsSeniorManager: Bool
    var sibling: Bool
    var certificate: Bool

    func hasAcceptedNomination(on date: LocalDate) -> Bool {
        if let d = nominationAccepted { return d <= date }
        return nominationAcceptedUndated == true
    }

    /// From a profile already counted.
    init(counted p: borrowing Profile) {
        self.init(p, hasOffer: p.jobOffer.hasOffer, lmia: p.jobOffer.lmiaOrExempt, noc: p.jobOffer.nocCode,
                  isCanadian: p.education.isCanadian, hasECA: p.education.hasECA, ecaIssueDate: p.education.ecaIssueDate,
                  nominationAccepted: p.filing.nominationAccepted)
    }

    /// From the profile as given, with the hidden answers the CRS could read left out as `counted` leaves
    /// them out, without evaluating the whole questionnaire; nil when that needs the questionnaire (an
    /// acceptance date, shown only on the routes of step 3, which depend on many answers).
    ///
    /// Why each field equals its counted value (Questions+Criteria.swift; `CRSTotalTests` checks it against
    /// `counted` on random profiles): the marital status, date of birth, education level, Canadian
    /// credential, language tests, work, certificate, sibling and the job-offer yes/no are always asked,
    /// so never hidden. The job-offer details are asked only after a yes (an NOC code alone implies it), and
    /// the CRS reads them only then. Whether the spouse scores is the same before and after counting (the
    /// partner questions hide only answers that leave it nil or false), and the spouse's answers are read
    /// only when the spouse scores, when they are shown. "Is it Canadian?" is asked for a level above
    /// "none", "ECA?" after "not Canadian", its date after "ECA: yes".
    init?(uncounted p: borrowing Profile) {
        guard p.filing.nominationAccepted == nil else { return nil }
        let o = p.jobOffer
        let hasOffer = o.hasOffer ?? (o.nocCode != nil ? true : nil)   // Profile.withImpliedAnswers
        let e = p.education
        let isCanadian = e.level != nil && e.level != EducationLevel.none ? e.isCanadian : nil
        let hasECA = isCanadian == false ? e.hasECA : nil
        let ecaIssueDate = isCanadian == false && hasECA == true ? e.ecaIssueDate : nil
        self.init(p, hasOffer: hasOffer, lmia: hasOffer == true ? o.lmiaOrExempt : nil, noc: hasOffer == true ? o.nocCode : nil,
                  isCanadian: isCanadian, hasECA: hasECA, ecaIssueDate: ecaIssueDate, nominationAccepted: nil)
    }

    private init(_ p: borrowing Profile, hasOffer: Bool?, lmia: Bool?, noc: String?, isCanadian: Bool?, hasECA: Bool?, ecaIssueDate: LocalDate?,
                 nominationAccepted: LocalDate?) {
        languageTests = p.languageTests
        firstOfficialLanguage = p.firstOfficialLanguage
        dateOfBirth = p.dateOfBirth
        withSpouse = p.hasScoringSpouse ?? false
        // Read only with a scoring spouse (then shown, so as given).
        spouseEducationLevel = withSpouse ? p.spouse.educationLevel : nil
        spouseLanguageTests = withSpouse ? p.spouse.languageTests : []
        spouseCanadianWorkYears = withSpouse ? p.spouse.canadianWorkYears : nil
        educationLevel = p.education.level
        self.isCanadian = isCanadian
        self.hasECA = hasECA
        self.ecaIssueDate = ecaIssueDate
        canadianCredential = p.education.canadianCredential
        workExperience = p.workExperience
        self.nominationAccepted = nominationAccepted
        nominationAcceptedUndated = p.filing.nominationAcceptedUndated
        offerWithLMIA = hasOffer == true && lmia == true
        offerTEER = offerWithLMIA ? ExperienceRules.skilledTEER(noc) ?? p.jobOffer.teer : nil
        offerIsSeniorManager = offerWithLMIA && Self.isSeniorManager(noc)
        sibling = p.siblingInCanada == true
        certificate = p.certificateOfQualification == true
    }

    /// `noc?.hasPrefix("00")` (NOC major group 00, `JobOffer.isSeniorManager`) from the UTF-8 bytes when
    /// they decide it: "0", "0", then the end or an ASCII byte (so the second "0" is a character of its
    /// own); any other non-ASCII byte goes to `hasPrefix`, which compares characters.
    @inline(__always) static func isSeniorManager(_ noc: String?) -> Bool {
        guard let noc else { return false }
        let fast = noc.utf8.withContiguousStorageIfAvailable { u -> Int in
            if u.count < 2 { return 0 }
            if u[0] != 0x30 { return 0 }        // no character other than ASCII "0" equals "0"
            if u[1] != 0x30 { return u[1] < 0x80 ? 0 : -1 }
            return u.count == 2 || u[2] < 0x80 ? 1 : -1
        } ?? -1
        return fast >= 0 ? fast == 1 : noc.hasPrefix("00")
    }
}
