/// CLB/NCLC levels for the four abilities. 0 means "below the lowest band of the test's chart".
public struct CLBLevels: Codable, Sendable, Equatable {
    public var reading: Int
    public var writing: Int
    public var listening: Int
    public var speaking: Int

    public init(reading: Int, writing: Int, listening: Int, speaking: Int) {
        self.reading = reading
        self.writing = writing
        self.listening = listening
        self.speaking = speaking
    }

    public init(all n: Int) { self.init(reading: n, writing: n, listening: n, speaking: n) }

    public subscript(a: LanguageAbility) -> Int {
        switch a {
        case .reading: return reading
        case .writing: return writing
        case .listening: return listening
        case .speaking: return speaking
        }
    }

    public var minimum: Int { Swift.min(reading, writing, listening, speaking) }
    public var sum: Int { reading + writing + listening + speaking }
    public func allAtLeast(_ n: Int) -> Bool { minimum >= n }

    /// "R 9, W 7, L 10, S 8".
    public var summary: String {
        LanguageAbility.allCases.map { "\($0.initial) \(Self.show(self[$0]))" }.joined(separator: ", ")
    }

    static func show(_ n: Int) -> String { n == 0 ? "<4" : "\(n)" }
}

/// One test converted to CLB/NCLC on a date.
public struct LanguageResult: Codable, Sendable, Equatable {
    public let index: Int
    public let test: LanguageTestType
    public let language: OfficialLanguage
    /// nil when a score is missing.
    public let levels: CLBLevels?
    public let scaleId: String
    public let testDate: LocalDate?
    public let resultDate: LocalDate?
    /// Result date + 2 years (the first day it is no longer valid).
    public let expiresOn: LocalDate?
    /// Valid on the as-of date (accepted test, not expired, scores complete).
    public let valid: Bool
    public let accepted: Bool
    public let notes: [String]
    public let unverified: Bool

    public var label: String {
        "\(test.displayName)\(testDate.map { " of \($0)" } ?? "")"
    }
}

public enum LanguageRules {
    /// The conversion table for this test type and test date (result date, then the as-of date, when the test date is missing).
    static func scale(for test: LanguageTest, asOf: LocalDate, rules: RuleData) -> (LanguageTestData, Dated<LanguageScale>, LocalDate)? {
        guard let t = rules.language.tests.first(where: { $0.type == test.type }) else { return nil }
        let basis = test.testDate ?? test.resultDate ?? asOf
        let s = t.scales.covering(basis) ?? t.scales.last!
        return (t, s, basis)
    }

    /// The valid score range for one ability of a test (by its test date).
    public static func scoreRange(_ test: LanguageTest, ability: LanguageAbility, asOf: LocalDate, rules: RuleData = .shared) -> (ClosedRange<Double>, step: Double)? {
        guard let (_, s, _) = scale(for: test, asOf: asOf, rules: rules) else { return nil }
        return (s.body.range(ability), s.body.step)
    }

    /// Level for one score: the highest band whose lower bound the score reaches; 0 below the lowest band.
    public static func level(score: Double, ability: LanguageAbility, scale: LanguageScale) -> Int {
        for band in scale.bands where score >= band.lowerBound(ability) - 1e-9 {
            return band.level
        }
        return 0
    }

    public static func convert(_ test: LanguageTest, index: Int = 0, asOf: LocalDate, rules: RuleData = .shared) -> LanguageResult {
        var notes: [String] = []
        var unverified = false
        guard let (data, scale, basis) = scale(for: test, asOf: asOf, rules: rules) else {
            return LanguageResult(index: index, test: test.type, language: test.language, levels: nil, scaleId: "none", testDate: test.testDate,
                                  resultDate: test.resultDate, expiresOn: nil, valid: false, accepted: false, notes: ["No conversion table."], unverified: true)
        }
        if test.testDate == nil && data.scales.count > 1 {
            notes.append("\(data.name): no test date given; the \(scale.body.id) table for \(basis) was used.")
        }
        if scale.provenance.isUnverified, let n = scale.provenance.note {
            unverified = true
            notes.append("UNVERIFIED - \(data.name) (\(scale.provenance.periodDescription)): \(n)")
        }
        var levels: CLBLevels?
        if let r = test.scores.reading, let w = test.scores.writing, let l = test.scores.listening, let s = test.scores.speaking {
            levels = CLBLevels(reading: level(score: r, ability: .reading, scale: scale.body),
                               writing: level(score: w, ability: .writing, scale: scale.body),
                               listening: level(score: l, ability: .listening, scale: scale.body),
                               speaking: level(score: s, ability: .speaking, scale: scale.body))
        } else {
            notes.append("\(data.name): not all four scores are entered.")
        }
        var accepted = true
        if let from = data.acceptedFrom, basis < from {
            accepted = false
            notes.append("\(data.name) is accepted only for tests from \(from).")
        }
        if let n = data.acceptedFromNote { notes.append(n) }
        let validity = rules.language.resultValidityYears
        let start = test.resultDate ?? test.testDate
        let expires = start?.adding(years: validity)
        var valid = accepted && levels != nil
        if let e = expires {
            if asOf >= e {
                valid = false
                notes.append("\(data.name) result expired on \(e) (results are valid \(validity) years from the result date).")
            }
        } else {
            valid = false
            notes.append("\(data.name): no result date, so its \(validity)-year validity cannot be checked.")
        }
        return LanguageResult(index: index, test: test.type, language: test.language, levels: levels, scaleId: scale.body.id,
                              testDate: test.testDate, resultDate: test.resultDate, expiresOn: expires, valid: valid,
                              accepted: accepted, notes: notes, unverified: unverified)
    }

    /// The best valid result in a language (highest lowest ability, then highest sum), or nil.
    /// Chosen without notes (`bestLevels`: the same valid results and the same choice as the highest of the
    /// converted ones, the first among equals); only the chosen test is converted with its notes.
    public static func best(_ tests: [LanguageTest], language: OfficialLanguage, asOf: LocalDate, rules: RuleData = .shared) -> LanguageResult? {
        guard let b = bestLevels(tests, language: language, asOf: asOf, rules: rules) else { return nil }
        return convert(tests[b.index], index: b.index, asOf: asOf, rules: rules)
    }

    /// The former `best`: every test converted, the highest valid one kept (StatusOnlyTests compare the two).
    static func bestOfAllConverted(_ tests: [LanguageTest], language: OfficialLanguage, asOf: LocalDate, rules: RuleData = .shared) -> LanguageResult? {
        let results = tests.enumerated()
            .filter { $0.element.language == language }
            .map { convert($0.element, index: $0.offset, asOf: asOf, rules: rules) }
            .filter { $0.valid }
        return results.max { a, b in
            (a.levels!.minimum, a.levels!.sum) < (b.levels!.minimum, b.levels!.sum)
        }
    }

    /// Every test converted (for display).
    public static func all(_ tests: [LanguageTest], asOf: LocalDate, rules: RuleData = .shared) -> [LanguageResult] {
        tests.enumerated().map { convert($0.element, index: $0.offset, asOf: asOf, rules: rules) }
    }
}
