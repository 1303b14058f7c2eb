/// The Comprehensive Ranking System score with its breakdown.
/// `core` is block A (core/human capital) only; `spouse` is B; `transferability` is C; `additional` is D.
public struct CRSResult: Codable, Sendable, Equatable {
    public let total: Int
    public let core: Int
    public let spouse: Int
    public let transferability: Int
    public let additional: Int
    /// Scored with the "with spouse" columns (spouse accompanies and is not a citizen/PR).
    public let withSpouse: Bool
    public let firstOfficialLanguage: OfficialLanguage?
    public let breakdown: Breakdown
    public let notes: [String]
    public let unverified: [String]

    public struct Breakdown: Codable, Sendable, Equatable {
        public let core: [ScoreLine]
        public let spouse: [ScoreLine]
        public let transferability: [ScoreLine]
        public let additional: [ScoreLine]
    }

    public func line(_ id: String) -> ScoreLine? {
        (breakdown.core + breakdown.spouse + breakdown.transferability + breakdown.additional).first { $0.id == id }
    }
    public func points(_ id: String) -> Int { line(id)?.points ?? 0 }
}

public enum CRSRules {
    /// Scores the answers that count (`Profile.counted`): a hidden answer never adds points.
    public static func assess(_ p: Profile, asOf: LocalDate, rules: RuleData = .shared) -> CRSResult {
        assess(counted: p.counted, asOf: asOf, rules: rules)
    }

    static func assess(counted p: Profile, asOf: LocalDate, rules: RuleData) -> CRSResult {
        let f = Facts(p, asOf: asOf, rules: rules)
        let en = f.best(.english), fr = f.best(.french)
        if let d = p.firstOfficialLanguage {
            return score(f, first: d == .english ? en : fr, second: d == .english ? fr : en, firstLang: d)
        }
        // Not declared: use the order that scores best.
        let a = score(f, first: en, second: fr, firstLang: en == nil && fr == nil ? nil : .english)
        let b = score(f, first: fr, second: en, firstLang: .french)
        if fr == nil { return a }
        if en == nil { return b }
        return b.total > a.total ? b : a
    }

    static func score(_ f: Facts, first: LanguageResult?, second: LanguageResult?, firstLang: OfficialLanguage?) -> CRSResult {
        let p = f.profile, asOf = f.asOf, rules = f.rules
        let g = rules.crs.body
        let ws = p.hasScoringSpouse ?? false
        var notes: [String] = []
        var unverified: [String] = []
        if p.maritalStatus?.hasPartner == true && p.hasScoringSpouse == nil {
            notes.append("Whether your partner comes with you and is a citizen/PR is not answered; scored as without spouse.")
        }
        func pick(_ w: Int, _ wo: Int) -> Int { ws ? w : wo }

        // A. Core.
        var core: [ScoreLine] = []
        if let age = f.age {
            let row = g.age.first { age >= $0.min && age <= $0.max }
            let pts = row.map { pick($0.withSpouse, $0.withoutSpouse) } ?? 0
            core.append(ScoreLine(id: "age", label: "Age", points: pts, max: pick(g.max("ageWithSpouse"), g.max("ageWithoutSpouse")), detail: "age \(age) on \(asOf)"))
        } else {
            core.append(ScoreLine(id: "age", label: "Age", points: 0, max: pick(g.max("ageWithSpouse"), g.max("ageWithoutSpouse")), detail: "date of birth not entered"))
        }
        var eduCounted: EducationLevel? = nil
        var eduDetail = "not answered"
        if let lvl = p.education.level {
            switch f.educationRecognition() {
            case .recognized: eduCounted = lvl; eduDetail = lvl.humanLabel
            case .unknown(let w): eduCounted = lvl; eduDetail = "\(lvl.humanLabel) (assumed recognized: \(w))"
            case .notRecognized(let w): eduDetail = "\(lvl.humanLabel) not counted: \(w)"
            }
        }
        let eduPts = eduCounted.flatMap { l in g.education.first { $0.level == l } }.map { pick($0.withSpouse, $0.withoutSpouse) } ?? 0
        core.append(ScoreLine(id: "education", label: "Education", points: eduPts, max: pick(g.max("educationWithSpouse"), g.max("educationWithoutSpouse")), detail: eduDetail))

        let firstLevels = first?.levels
        var firstPts = 0
        if let lv = firstLevels {
            for a in LanguageAbility.allCases {
                firstPts += g.firstLanguage.first { lv[a] >= $0.minCLB }.map { pick($0.withSpouse, $0.withoutSpouse) } ?? 0
            }
        }
        core.append(ScoreLine(id: "firstLanguage", label: "First official language", points: firstPts,
                              max: pick(g.max("firstLanguageWithSpouse"), g.max("firstLanguageWithoutSpouse")),
                              detail: first.map { "\($0.label): CLB \($0.levels!.summary)" } ?? "no valid test result"))
        var secondPts = 0
        if let lv = second?.levels {
            var raw = 0
            for a in LanguageAbility.allCases { raw += g.secondLanguage.rows.first { lv[a] >= $0.minCLB }?.points ?? 0 }
            secondPts = min(raw, pick(g.secondLanguage.capWithSpouse, g.secondLanguage.capWithoutSpouse))
        }
        core.append(ScoreLine(id: "secondLanguage", label: "Second official language", points: secondPts,
                              max: pick(g.secondLanguage.capWithSpouse, g.secondLanguage.capWithoutSpouse),
                              detail: second.map { "\($0.label): CLB \($0.levels!.summary)" } ?? "none"))
        let can = f.canadianSkilled(windowYears: g.canadianWorkWindowYears)
        let canYears = can.years
        let canRow = g.canadianWork.first { canYears >= $0.minYears }
        core.append(ScoreLine(id: "canadianWork", label: "Canadian work experience", points: canRow.map { pick($0.withSpouse, $0.withoutSpouse) } ?? 0,
                              max: pick(g.max("canadianWorkWithSpouse"), g.max("canadianWorkWithoutSpouse")),
                              detail: "\(formatHours(can.hours)) h skilled work in Canada in \(g.canadianWorkWindowYears) years = \(canYears) year(s)"))
        let coreTotal = min(core.reduce(0) { $0 + $1.points }, pick(g.max("coreWithSpouse"), g.max("coreWithoutSpouse")))

        // B. Spouse.
        var sp: [ScoreLine] = []
        if ws {
            let sl = p.spouse.educationLevel
            let sEdu = sl.flatMap { l in g.education.first { $0.level == l } }?.spouse ?? 0
            sp.append(ScoreLine(id: "spouseEducation", label: "Spouse education", points: sEdu, max: g.max("spouseEducation"), detail: sl?.humanLabel ?? "not answered"))
            let sb = f.spouseBest
            var sLang = 0
            if let lv = sb?.levels {
                for a in LanguageAbility.allCases { sLang += g.spouseLanguage.rows.first { lv[a] >= $0.minCLB }?.points ?? 0 }
                sLang = min(sLang, g.spouseLanguage.cap)
            }
            sp.append(ScoreLine(id: "spouseLanguage", label: "Spouse language", points: sLang, max: g.spouseLanguage.cap,
                                detail: sb.map { "\($0.label): CLB \($0.levels!.summary)" } ?? "no valid test result"))
            let sy = Int((p.spouse.canadianWorkYears ?? 0) + 1e-9)
            let sw = g.canadianWork.first { sy >= $0.minYears }?.spouse ?? 0
            sp.append(ScoreLine(id: "spouseCanadianWork", label: "Spouse Canadian work", points: sw, max: g.max("spouseCanadianWork"), detail: "\(sy) year(s)"))
        }
        let spouseTotal = min(sp.reduce(0) { $0 + $1.points }, g.max("spouse"))

        // C. Skill transferability.
        let t = g.transferability
        var tr: [ScoreLine] = []
        let minCLB = firstLevels?.minimum ?? 0
        func langCol(_ tier: CRSData.Tier) -> Int {
            if minCLB >= t.veryStrongLanguageMinCLB { return tier.veryStrongLanguage }
            if minCLB >= t.strongLanguageMinCLB { return tier.strongLanguage }
            return 0
        }
        func canCol(_ tier: CRSData.Tier) -> Int {
            if canYears >= 2 { return tier.canadianTwoYears }
            if canYears >= 1 { return tier.canadianOneYear }
            return 0
        }
        let langWord = minCLB >= t.veryStrongLanguageMinCLB ? "CLB \(t.veryStrongLanguageMinCLB)+ in all four"
            : (minCLB >= t.strongLanguageMinCLB ? "CLB \(t.strongLanguageMinCLB)+ in all four (one or more under \(t.veryStrongLanguageMinCLB))" : "not CLB \(t.strongLanguageMinCLB)+ in all four")
        if let l = eduCounted, let tier = t.educationTiers.first(where: { $0.levels?.contains(l) ?? false }) {
            let a = langCol(tier), b = canCol(tier)
            let v = min(a + b, t.educationCap)
            tr.append(ScoreLine(id: "educationBundle", label: "Education + language / Canadian work", points: v, max: t.educationCap,
                                detail: "\(l.humanLabel) (\(tier.label ?? tier.id)): language \(langWord) -> \(a); Canadian work \(canYears) year(s) -> \(b)\(a + b > v ? "; \(a + b) capped at \(t.educationCap)" : "")"))
        } else {
            tr.append(ScoreLine(id: "educationBundle", label: "Education + language / Canadian work", points: 0, max: t.educationCap, detail: "no post-secondary credential counted"))
        }
        let foreign = f.foreignSkilled(windowYears: g.canadianWorkWindowYears)
        let fy = foreign.years
        if let tier = t.foreignTiers.first(where: { fy >= ($0.minYears ?? 99) }) {
            let a = langCol(tier), b = canCol(tier)
            let v = min(a + b, t.foreignExperienceCap)
            tr.append(ScoreLine(id: "foreignBundle", label: "Foreign work + language / Canadian work", points: v, max: t.foreignExperienceCap,
                                detail: "\(fy) year(s) foreign skilled work (\(tier.label ?? tier.id)): language -> \(a); Canadian work \(canYears) year(s) -> \(b)\(a + b > v ? "; \(a + b) capped at \(t.foreignExperienceCap)" : "")"))
        } else {
            tr.append(ScoreLine(id: "foreignBundle", label: "Foreign work + language / Canadian work", points: 0, max: t.foreignExperienceCap,
                                detail: "\(formatHours(foreign.hours)) h foreign skilled work in \(g.canadianWorkWindowYears) years (under 1 year)"))
        }
        var coq = 0
        if p.certificateOfQualification == true {
            if minCLB >= t.certificate.strongMinCLBAllFour { coq = t.certificate.strongPoints } else if minCLB >= t.certificate.minCLBAllFour { coq = t.certificate.points }
        }
        tr.append(ScoreLine(id: "certificateOfQualification", label: "Certificate of qualification + language", points: min(coq, t.certificateCap), max: t.certificateCap,
                            detail: p.certificateOfQualification == true ? "certificate with first-language minimum CLB \(CLBLevels.show(minCLB))" : "no certificate"))
        let trRaw = tr.reduce(0) { $0 + $1.points }
        let trTotal = min(trRaw, t.cap)
        if trRaw > trTotal { notes.append("Skill transferability \(trRaw) capped at \(t.cap).") }

        // D. Additional.
        var ad: [ScoreLine] = []
        func add(_ id: String, _ detail: String) {
            if let fct = g.factor(id, on: asOf) {
                ad.append(ScoreLine(id: id, label: fct.label, points: fct.points, detail: detail))
                if fct.provenance.isUnverified, let n = fct.provenance.note { unverified.append("UNVERIFIED - \(fct.label): \(n)") }
            }
        }
        if p.hasAcceptedNomination(on: asOf) { add("provincialNomination", p.filing.nominationAccepted.map { "nomination accepted on \($0)" } ?? "nomination accepted (date not recorded)") }
        let o = p.jobOffer
        if o.hasOffer == true && o.lmiaOrExempt == true, let teer = o.effectiveTEER, teer <= 3 {
            if g.factor("arrangedEmploymentLMIA", on: asOf) != nil { add("arrangedEmploymentLMIA", "TEER \(teer) offer") }
            else if o.isSeniorManager && g.factor("arrangedEmploymentSeniorManager", on: asOf) != nil { add("arrangedEmploymentSeniorManager", "NOC \(o.nocCode ?? "00") offer") }
            else if g.factor("arrangedEmploymentOther", on: asOf) != nil { add("arrangedEmploymentOther", "TEER \(teer) offer") }
            else if let rm = g.factor("arrangedEmploymentRemoved", on: asOf) {
                notes.append("Your job offer earns no CRS points on \(asOf): arranged-employment points were removed from \(rm.provenance.effectiveFrom!).")
            }
        }
        switch p.education.canadianCredential {
        case .oneOrTwoYear?: add("canadianStudyOneOrTwoYears", "1-2 year Canadian credential")
        case .threeYearOrMore?: add("canadianStudyThreeYearsOrMore", "3+ year Canadian credential or master's/professional/doctoral")
        default: break
        }
        let frB = f.best(.french), enB = f.best(.english)
        if let fl = frB?.levels, let fw = g.factor("frenchOnly", on: asOf), fl.allAtLeast(fw.minNCLC ?? 7) {
            let withEn = g.factor("frenchWithEnglish", on: asOf)
            if let we = withEn, let el = enB?.levels, el.allAtLeast(we.minEnglishCLBAllFour ?? 5) {
                add("frenchWithEnglish", "French NCLC \(fl.summary); English CLB \(el.summary)")
            } else {
                add("frenchOnly", "French NCLC \(fl.summary); English \(enB?.levels.map { "CLB \($0.summary)" } ?? "no valid test") (not CLB \(withEn?.minEnglishCLBAllFour ?? 5)+ in all four)")
            }
        }
        if p.siblingInCanada == true { add("sibling", "brother or sister in Canada") }
        let adRaw = ad.reduce(0) { $0 + $1.points }
        let adTotal = min(adRaw, g.additional.cap)
        if adRaw > adTotal { notes.append("Additional points \(adRaw) capped at \(g.additional.cap).") }

        if let start = rules.crs.provenance.effectiveFrom, asOf < start { notes.append("The CRS started on \(start); a score before it is only indicative.") }
        for pc in g.pendingChanges where pc.covers(asOf) {
            unverified.append("UNVERIFIED - \(pc.provenance.note ?? pc.id)")
        }
        for r in [first, second].compactMap({ $0 }) where r.unverified { unverified.append(contentsOf: r.notes.filter { $0.contains("UNVERIFIED") }) }

        let total = min(coreTotal + spouseTotal + trTotal + adTotal, g.max("total"))
        return CRSResult(total: total, core: coreTotal, spouse: spouseTotal, transferability: trTotal, additional: adTotal,
                         withSpouse: ws, firstOfficialLanguage: firstLang,
                         breakdown: .init(core: core, spouse: sp, transferability: tr, additional: ad), notes: notes, unverified: unverified)
    }
}
