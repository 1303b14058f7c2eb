import Synchronization

/// The CRS, language and deadline tables turned into integer lookups, built once per `RuleData` on first
/// use, for `CRSRules.total` (CRSTotal.swift). Every entry is the answer the decoded tables give to the
/// same question (`first { ... }` over the rows, evaluated here once for each possible input), so the
/// total stays the one `CRSRules.assess` computes; `CRSTotalTests` holds the two equal.
final class CRSTables: Sendable {
    /// Points of one row in the "with spouse" and "without spouse" columns, and the spouse column.
    struct Points: Sendable {
        let withSpouse: Int
        let withoutSpouse: Int
        let spouse: Int
        @inline(__always) func pick(_ ws: Bool) -> Int { ws ? withSpouse : withoutSpouse }
        static let zero = Points(withSpouse: 0, withoutSpouse: 0, spouse: 0)
    }

    /// A lookup of `rows.first { value >= $0.min }` for every whole value: the answers for `from...top`
    /// (from = the lowest minimum, top = the highest); below `from` no row matches, and from `top` on every
    /// row does, so the first row (the entry of `top`) is the answer.
    struct AtLeast<Entry: Sendable>: Sendable {
        let from: Int
        let entries: [Entry]
        let none: Entry
        init(mins: [Int], none: Entry, _ answer: (Int) -> Entry?) {
            from = mins.min() ?? 0
            let top = mins.max() ?? -1
            entries = from <= top ? (from...top).map { answer($0) ?? none } : []
            self.none = none
        }
        @inline(__always) func callAsFunction(_ v: Int) -> Entry {
            if v < from || entries.isEmpty { return none }
            let i = v - from
            return entries[i < entries.count ? i : entries.count - 1]
        }
    }

    // A. Core.
    let ageFrom: Int
    let age: [Points]                 // ages ageFrom..., 0 outside (no row)
    let education: [Points?]          // by EducationLevel case index
    let firstLanguage: AtLeast<Points>
    let secondLanguage: AtLeast<Points>   // points in `withSpouse` and `withoutSpouse` alike
    let secondCapWithSpouse: Int, secondCapWithoutSpouse: Int
    let canadianWork: AtLeast<Points>
    let windowYears: Int
    let coreCapWithSpouse: Int, coreCapWithoutSpouse: Int
    // B. Spouse.
    let spouseLanguage: AtLeast<Points>
    let spouseLanguageCap: Int
    let spouseCap: Int
    // C. Transferability.
    struct Tier: Sendable { let strong: Int, veryStrong: Int, canadianOne: Int, canadianTwo: Int }
    let educationTier: [Tier?]        // by EducationLevel case index
    let foreignTier: AtLeast<Tier?>
    let strongMinCLB: Int, veryStrongMinCLB: Int
    let trCap: Int, educationCap: Int, foreignCap: Int, certificateCap: Int
    let certMin: Int, certPoints: Int, certStrongMin: Int, certStrongPoints: Int
    // D. Additional: each factor's dated rows, in table order.
    struct Factor: Sendable {
        /// The days in force as day numbers (`LocalDate.dayNumber`, ordered as the dates), open ends as
        /// Int.min and Int.max: two integer comparisons instead of two optional date comparisons.
        let fromDay: Int, toDay: Int
        let points: Int
        let minNCLC: Int?, minEnglish: Int?
        @inline(__always) func covers(_ day: Int) -> Bool { day >= fromDay && day <= toDay }
    }
    enum FactorID: Int, CaseIterable {
        case provincialNomination, arrangedEmploymentLMIA, arrangedEmploymentSeniorManager, arrangedEmploymentOther,
             canadianStudyOneOrTwoYears, canadianStudyThreeYearsOrMore, frenchOnly, frenchWithEnglish, sibling
    }
    /// All factors' rows in one array, by FactorID then table order; `factorRanges[id]` is where each
    /// factor's rows are (one array of plain values: reading it needs no retain of an inner array).
    let factors: [Factor]
    let factorRanges: [Range<Int>]
    let additionalCap: Int
    let totalCap: Int
    let ecaYears: Int

    // Language: each test type's conversion tables, flattened into arrays of plain values (a scale is a
    // range of bands, a test a range of scales), so that choosing a scale copies no arrays.
    struct Scale: Sendable {
        /// In force from/to as day numbers, open ends as Int.min and Int.max.
        let fromDay: Int, toDay: Int
        /// Its bands in `bandLevels` and `bandBounds`, highest first.
        let bands: Range<Int>
        @inline(__always) func covers(_ day: Int) -> Bool { day >= fromDay && day <= toDay }
    }
    struct Test: Sendable {
        let acceptedFromDay: Int?
        let scales: Range<Int>        // in `scales`, never empty
    }
    let tests: [Test?]                // by LanguageTestType case index
    let scales: [Scale]
    /// Per band: its level, and its four lower bounds less 1e-9 (as `LanguageRules.level`) at
    /// 4 * band + ability (reading, writing, listening, speaking).
    let bandLevels: [Int]
    let bandBounds: [Double]
    let resultValidityYears: Int

    init(_ rules: RuleData) {
        let g = rules.crs.body
        func row(_ ws: Int, _ wo: Int, _ sp: Int = 0) -> Points { Points(withSpouse: ws, withoutSpouse: wo, spouse: sp) }
        func atLeast(_ mins: [Int], _ entry: (Int) -> Points?) -> AtLeast<Points> { AtLeast(mins: mins, none: .zero, entry) }

        let lo = g.age.map(\.min).min() ?? 0, hi = g.age.map(\.max).max() ?? -1
        ageFrom = lo
        age = lo <= hi ? (lo...hi).map { a in g.age.first { a >= $0.min && a <= $0.max }.map { row($0.withSpouse, $0.withoutSpouse) } ?? .zero } : []
        education = EducationLevel.allCases.map { l in g.education.first { $0.level == l }.map { row($0.withSpouse, $0.withoutSpouse, $0.spouse) } }
        firstLanguage = atLeast(g.firstLanguage.map(\.minCLB)) { lv in g.firstLanguage.first { lv >= $0.minCLB }.map { row($0.withSpouse, $0.withoutSpouse) } }
        secondLanguage = atLeast(g.secondLanguage.rows.map(\.minCLB)) { lv in g.secondLanguage.rows.first { lv >= $0.minCLB }.map { row($0.points, $0.points) } }
        secondCapWithSpouse = g.secondLanguage.capWithSpouse
        secondCapWithoutSpouse = g.secondLanguage.capWithoutSpouse
        canadianWork = atLeast(g.canadianWork.map(\.minYears)) { y in g.canadianWork.first { y >= $0.minYears }.map { row($0.withSpouse, $0.withoutSpouse, $0.spouse) } }
        windowYears = g.canadianWorkWindowYears
        coreCapWithSpouse = g.max("coreWithSpouse")
        coreCapWithoutSpouse = g.max("coreWithoutSpouse")
        spouseLanguage = atLeast(g.spouseLanguage.rows.map(\.minCLB)) { lv in g.spouseLanguage.rows.first { lv >= $0.minCLB }.map { row($0.points, $0.points) } }
        spouseLanguageCap = g.spouseLanguage.cap
        spouseCap = g.max("spouse")

        let t = g.transferability
        func tier(_ x: CRSData.Tier) -> Tier {
            Tier(strong: x.strongLanguage, veryStrong: x.veryStrongLanguage, canadianOne: x.canadianOneYear, canadianTwo: x.canadianTwoYears)
        }
        educationTier = EducationLevel.allCases.map { l in t.educationTiers.first { $0.levels?.contains(l) ?? false }.map(tier) }
        foreignTier = AtLeast(mins: t.foreignTiers.map { $0.minYears ?? 99 }, none: nil) { fy in t.foreignTiers.first { fy >= ($0.minYears ?? 99) }.map(tier) }
        strongMinCLB = t.strongLanguageMinCLB
        veryStrongMinCLB = t.veryStrongLanguageMinCLB
        trCap = t.cap
        educationCap = t.educationCap
        foreignCap = t.foreignExperienceCap
        certificateCap = t.certificateCap
        certMin = t.certificate.minCLBAllFour
        certPoints = t.certificate.points
        certStrongMin = t.certificate.strongMinCLBAllFour
        certStrongPoints = t.certificate.strongPoints

        var factorRows: [Factor] = [], ranges: [Range<Int>] = []
        for id in FactorID.allCases {
            let start = factorRows.count
            factorRows += g.additional.factors.filter { $0.body.id == "\(id)" }.map {
                Factor(fromDay: Self.day($0.provenance.effectiveFrom, else: .min), toDay: Self.day($0.provenance.effectiveTo, else: .max),
                       points: $0.body.points, minNCLC: $0.body.minNCLC, minEnglish: $0.body.minEnglishCLBAllFour)
            }
            ranges.append(start..<factorRows.count)
        }
        factors = factorRows
        factorRanges = ranges
        additionalCap = g.additional.cap
        totalCap = g.max("total")
        ecaYears = rules.deadlines.items.first { $0.id == "ecaValidity" }?.amount ?? 5

        let lang = rules.language
        var scaleRows: [Scale] = [], levels: [Int] = [], bounds: [Double] = []
        tests = LanguageTestType.allCases.map { type in
            guard let data = lang.tests.first(where: { $0.type == type }), !data.scales.isEmpty else { return nil }
            let first = scaleRows.count
            for s in data.scales {
                let start = levels.count
                for band in s.body.bands {
                    levels.append(band.level)
                    for a in [LanguageAbility.reading, .writing, .listening, .speaking] { bounds.append(band.lowerBound(a) - 1e-9) }
                }
                scaleRows.append(Scale(fromDay: Self.day(s.provenance.effectiveFrom, else: .min), toDay: Self.day(s.provenance.effectiveTo, else: .max),
                                       bands: start..<levels.count))
            }
            return Test(acceptedFromDay: data.acceptedFrom?.dayNumber, scales: first..<scaleRows.count)
        }
        scales = scaleRows
        bandLevels = levels
        bandBounds = bounds
        resultValidityYears = lang.resultValidityYears
    }

    private static func day(_ d: LocalDate?, else open: Int) -> Int { d?.dayNumber ?? open }

    /// The first dated row of a factor in force on the day (`CRSData.factor(_:on:)`; a day number).
    @inline(__always) func factor(_ id: FactorID, on day: Int) -> Factor? {
        for i in factorRanges[id.rawValue] where factors[i].covers(day) { return factors[i] }
        return nil
    }

    /// The level of a score on a scale's bands for one ability (0 reading ... 3 speaking): the first band,
    /// highest first, whose lower bound it reaches, else 0 (`LanguageRules.level`).
    @inline(__always) func level(_ score: Double, _ bands: Range<Int>, ability: Int) -> Int {
        for b in bands where score >= bandBounds[4 &* b &+ ability] { return bandLevels[b] }
        return 0
    }

    // MARK: One set of tables per RuleData

    private static let shared = CRSTables(.shared)
    private static let sharedID = RuleData.shared.tablesIdentity
    /// Tables of other rule data (tests that load their own), the RuleData kept so its identity stays its own.
    private static let others = Mutex<[(rules: RuleData, tables: CRSTables)]>([])

    static func of(_ rules: RuleData) -> CRSTables {
        if rules.tablesIdentity == sharedID { return shared }
        let id = rules.tablesIdentity
        if let t = others.withLock({ list in list.first { $0.rules.tablesIdentity == id }?.tables }) { return t }
        let t = CRSTables(rules)
        others.withLock { list in
            if list.count >= 8 { list.removeFirst() }
            list.append((rules, t))
        }
        return t
    }
}

extension EducationLevel {
    /// The position in `allCases` without building the array (`rank` does).
    @inline(__always) var caseIndex: Int {
        switch self {
        case .none: 0
        case .secondary: 1
        case .oneYear: 2
        case .twoYear: 3
        case .bachelorOrThreeYear: 4
        case .twoOrMoreOneThreeYear: 5
        case .mastersOrProfessional: 6
        case .doctoral: 7
        }
    }
}

extension LanguageTestType {
    @inline(__always) var caseIndex: Int {
        switch self {
        case .ieltsGeneral: 0
        case .celpipGeneral: 1
        case .pteCore: 2
        case .tefCanada: 3
        case .tcfCanada: 4
        }
    }
}
