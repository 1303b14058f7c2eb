/// The Ontario Workforce Priority Expression of Interest score: the 130-point grid of RULES.md §0.2b
/// (115 on the self-employed physician path, which has no wage factor). It ranks EOIs for invitations;
/// it is not CRS and not a requirement. The points live in owp.json (`eoi`); this file maps answers to rows.

/// The grid as stored in owp.json.
public struct EOIGrid: Decodable, Sendable {
    public let maximum: Int
    public let physicianMaximum: Int
    public let groups: [Group]
    public let factors: [Factor]

    public struct Group: Decodable, Sendable { public let id: String; public let label: String; public let max: Int }
    public struct Factor: Decodable, Sendable {
        public let id: String
        public let group: String
        public let label: String
        public let max: Int
        public let tag: String
        public let note: String?
        /// The row whose condition is UNVERIFIED (knowledge of official languages: "one", §13 #27).
        public let unverifiedOption: String?
        public let rows: [Row]
    }
    /// One option: `teers`, `digits` (first NOC digit), `min` (a lower bound) or `option` (a named choice) selects it.
    public struct Row: Decodable, Sendable {
        public let label: String
        public let points: Int
        public let teers: [Int]?
        public let digits: [String]?
        public let min: Double?
        public let option: String?
    }

    public func factor(_ id: String) -> Factor? { factors.first { $0.id == id } }
}

extension EOIGrid.Factor {
    /// The first row (highest first) whose lower bound `v` reaches.
    func row(atLeast v: Double) -> EOIGrid.Row? { rows.first { v + 1e-9 >= ($0.min ?? 0) } }
    func row(option: String) -> EOIGrid.Row? { rows.first { $0.option == option } }
}

/// Which EOI grid applies.
public enum EOIPath: String, Codable, Sendable {
    case teer0to3
    /// Self-employed physician: no wage factor, maximum 115.
    case selfEmployedPhysician
}

/// One factor of the breakdown.
public struct EOILine: Codable, Sendable, Equatable {
    public let id: String
    /// employment, education, language or region.
    public let group: String
    public let label: String
    public let points: Int
    public let max: Int
    /// The grid option that applied, in words ("TEER 0 or 1"); nil when an answer is missing.
    public let option: String?
    public let detail: String
    /// false while an answer the factor needs is missing (0 points counted meanwhile).
    public let answered: Bool
    public let tag: String
    public let unverified: Bool
}

public struct EOIGroupTotal: Codable, Sendable, Equatable {
    public let id: String
    public let label: String
    public let points: Int
    public let max: Int
}

public struct OWPEOIResult: Codable, Sendable, Equatable {
    public let asOf: LocalDate
    public let path: EOIPath
    public let total: Int
    public let max: Int
    /// Every factor answered.
    public let complete: Bool
    public let groups: [EOIGroupTotal]
    public let breakdown: [EOILine]
    /// Labels of the factors still missing an answer.
    public let missing: [String]
    public let unverified: [String]
    public let notes: [String]

    public func line(_ id: String) -> EOILine? { breakdown.first { $0.id == id } }
}

public enum OWPEOI {
    /// The score of the answers on `asOf` (language results must be valid that day).
    public static func score(_ p: Profile, asOf: LocalDate, path: EOIPath? = nil, rules: RuleData = .shared) -> OWPEOIResult {
        let grid = rules.owp.eoi
        let g = grid.body
        let path = path ?? (p.owp.selfEmployedPhysician == true ? .selfEmployedPhysician : .teer0to3)
        let o = p.owp
        let offer = p.jobOffer
        var lines: [EOILine] = []

        func add(_ id: String, _ row: EOIGrid.Row?, _ detail: String, answered: Bool = true, unverified: Bool = false) {
            guard let f = g.factor(id) else { return }
            lines.append(EOILine(id: id, group: f.group, label: f.label, points: answered ? row?.points ?? 0 : 0, max: f.max,
                                 option: answered ? row?.label : nil, detail: detail, answered: answered, tag: f.tag, unverified: unverified))
        }
        func missing(_ id: String, _ what: String) { add(id, nil, "Not answered yet: \(what).", answered: false) }

        // Employment / labour market.
        if let f = g.factor("teer") {
            if let t = offer.effectiveTEER {
                add(f.id, f.rows.first { $0.teers?.contains(t) == true }, "TEER \(t)\(offer.nocCode.map { " (NOC \($0))" } ?? "").")
            } else { missing(f.id, "the NOC code of the job offer") }
        }
        if let f = g.factor("broadCategory") {
            if let c = offer.nocCode, let first = c.first, WorkExperience.teer(ofNOC: c) != nil {
                add(f.id, f.rows.first { $0.digits?.contains(String(first)) == true }, "NOC \(c): broad category \(first).")
            } else { missing(f.id, "the NOC code of the job offer") }
        }
        if path == .teer0to3, let f = g.factor("hourlyWage") {
            if let w = o.hourlyWage { add(f.id, f.row(atLeast: w), "CAD \(formatAmount(w)) an hour.") }
            else { missing(f.id, "the hourly wage of the job offer") }
        }
        let inPosition = o.monthsInJobOfferPosition
        if let f = g.factor("timeInPosition") {
            if let m = inPosition { add(f.id, f.row(atLeast: Double(m)), "\(m) months in the job-offer position.") }
            else { missing(f.id, "the months in the job-offer position") }
        }
        if let f = g.factor("otherOntarioWork") {
            let threshold = g.factor("timeInPosition")?.rows.filter { $0.points > 0 }.compactMap(\.min).min() ?? 6
            switch (inPosition, o.monthsOtherOntarioWork) {
            case (nil, _): missing(f.id, "the months in the job-offer position (other Ontario work counts only under \(Int(threshold)) months there)")
            case (let m?, _) where Double(m) >= threshold:
                add(f.id, f.rows.last, "Not scored: \(m) months in the job-offer position (other Ontario work counts only under \(Int(threshold)) months).")
            case (_, nil): missing(f.id, "the months of other work in Ontario")
            case (_, let w?): add(f.id, f.row(atLeast: Double(w)), "\(w) months of other work in Ontario (under \(Int(threshold)) months in the job-offer position).")
            }
        }
        if let f = g.factor("canadianEarnings") {
            if let e = o.highestCanadianEarnings { add(f.id, f.row(atLeast: e), "CAD \(formatInt(Int(e.rounded(.down)))) in your best year (CRA Notice of Assessment).") }
            else { missing(f.id, "your highest Canadian earnings in one year") }
        }
        if let f = g.factor("legalStatus") {
            switch p.legalStatusInCanada {
            case nil: missing(f.id, "your status in Canada")
            case .worker?: add(f.id, f.row(option: "workPermit"), "Work permit.")
            case .student?: add(f.id, f.row(option: "studyPermit"), "Study permit.")
            case .implied?: add(f.id, nil, "Maintained (implied) status: it scores as the permit you extended (work permit or study permit), which the guide does not know.", answered: false)
            case let s?: add(f.id, f.row(option: "none"), "\(s.humanLabel.prefix(1).uppercased() + s.humanLabel.dropFirst()): neither a work nor a study permit.")
            }
        }

        // Education.
        if let f = g.factor("educationLevel") {
            let e = p.education
            switch e.level {
            case nil: missing(f.id, "your highest level of education")
            case .doctoral?: add(f.id, f.row(option: "doctorateOrMedical"), "Doctorate.")
            case .mastersOrProfessional?:
                add(f.id, f.row(option: "masters"), "Master's or professional degree: scored as a master's; a medicine, dentistry, veterinary or optometry degree scores as a doctorate, which the guide's education level does not tell apart.")
            case .bachelorOrThreeYear?, .twoOrMoreOneThreeYear?:
                switch e.isDegree {
                case true?: add(f.id, f.row(option: "bachelors"), "Bachelor's degree.")
                case false?: add(f.id, f.row(option: "collegeOrTrades"), "A post-secondary diploma or certificate, not a degree: college level.")
                case nil: add(f.id, nil, "Say whether your credential is a degree (bachelor's) or a diploma (college).", answered: false)
                }
            case .oneYear?, .twoYear?: add(f.id, f.row(option: "collegeOrTrades"), "\(e.level!.humanLabel.prefix(1).uppercased() + e.level!.humanLabel.dropFirst()): college, trades or university below a bachelor's.")
            case .secondary?, EducationLevel.none?: add(f.id, f.row(option: "less"), "No post-secondary credential.")
            }
        }
        if let f = g.factor("canadianCredentials") {
            if let n = o.canadianCredentials { add(f.id, f.row(atLeast: Double(n)), "\(n) Canadian credential\(n == 1 ? "" : "s").") }
            else if p.education.canadianCredential == CanadianStudyCredential.none { add(f.id, f.row(atLeast: 0), "No Canadian post-secondary credential (from step 1).") }
            else if p.education.canadianCredential != nil { add(f.id, nil, "You have at least one Canadian credential: say how many.", answered: false) }
            else { missing(f.id, "how many Canadian education credentials you hold") }
        }

        // Language.
        let en = LanguageRules.best(p.languageTests, language: .english, asOf: asOf, rules: rules)
        let fr = LanguageRules.best(p.languageTests, language: .french, asOf: asOf, rules: rules)
        let enMin = en?.levels?.minimum, frMin = fr?.levels?.minimum
        let noTests = p.languageTests.isEmpty
        if let f = g.factor("languageAbility") {
            let best = [en, fr].compactMap { $0 }.max { $0.levels!.minimum < $1.levels!.minimum }
            if let b = best {
                add(f.id, f.row(atLeast: Double(b.levels!.minimum)), "\(b.label): lowest ability CLB \(CLBLevels.show(b.levels!.minimum)) (\(b.levels!.summary)).")
            } else if noTests { missing(f.id, "a language test") }
            else { add(f.id, f.row(atLeast: 0), "No language result is valid on \(asOf).") }
        }
        if let f = g.factor("officialLanguages") {
            let need = Int(f.row(option: "both")?.min ?? 6)
            let atLevel = [enMin, frMin].compactMap { $0 }.filter { $0 >= need }.count
            let both = f.row(option: "both"), one = f.row(option: "one"), none = f.row(option: "none")
            if atLevel == 2 {
                add(f.id, both, "English CLB \(enMin!) and French NCLC \(frMin!), both at \(need) or higher.")
            } else if atLevel == 1 {
                add(f.id, one, "One official language at CLB \(need) or higher.")
            } else if enMin != nil || frMin != nil {
                // §13 #27: whether "one" needs CLB 6+ is not stated: counted, flagged.
                add(f.id, one, "A valid result below CLB \(need): counted as one official language, but whether it must be at CLB \(need) or higher is UNVERIFIED (RULES.md section 13 #27); it may score 0.",
                    unverified: f.unverifiedOption == "one")
            } else if noTests { missing(f.id, "a language test") }
            else { add(f.id, none, "No language result is valid on \(asOf).") }
        }

        // Region.
        if let f = g.factor("region") {
            if let r = o.region { add(f.id, f.row(option: r.rawValue), r.humanLabel + ".") }
            else { missing(f.id, "where the job is (region)") }
        }

        let wageMax = g.factor("hourlyWage")?.max ?? 0
        let wageGroup = g.factor("hourlyWage")?.group
        let groups = g.groups.map { gr in
            EOIGroupTotal(id: gr.id, label: gr.label, points: lines.filter { $0.group == gr.id }.reduce(0) { $0 + $1.points },
                          max: gr.max - (path == .selfEmployedPhysician && gr.id == wageGroup ? wageMax : 0))
        }
        var unverified = lines.filter(\.unverified).map { "UNVERIFIED - OWP EOI, \($0.label): \(g.factor($0.id)?.note ?? $0.detail)" }
        var notes: [String] = []
        if let n = grid.provenance.note { notes.append(n) }
        if path == .selfEmployedPhysician {
            notes.append("Self-employed physician path: no wage factor, maximum \(g.physicianMaximum) (one source [S1]).")
        }
        if let entered = o.eoiScore { notes.append("The EOI score OINP showed you: \(entered).") }
        if grid.provenance.isUnverified { unverified.append("UNVERIFIED - OWP EOI grid: \(grid.provenance.note ?? "not confirmed")") }
        return OWPEOIResult(asOf: asOf, path: path, total: groups.reduce(0) { $0 + $1.points },
                            max: path == .selfEmployedPhysician ? g.physicianMaximum : g.maximum,
                            complete: lines.allSatisfy(\.answered), groups: groups, breakdown: lines,
                            missing: lines.filter { !$0.answered }.map(\.label), unverified: unverified, notes: notes)
    }
}
