import Foundation
import Synchronization
import GuideResources

// The rule tables decoded from Resources/data/rules/*.json. Numbers live in the JSON; this file only
// describes their shape. Every table carries its provenance (sources, as-of, effective dates, tag).

/// Where a table or row comes from and when it applies. `effectiveFrom`/`effectiveTo` nil = open-ended.
/// The JSON cites sources by id (`"sources": ["canada-proof-funds"]`); decoding resolves them through
/// the one list, sources.json (SourceList.swift).
public struct Provenance: Codable, Sendable, Equatable {
    /// The cited sources as shown to the user: each one's address (an unknown id as written).
    public let sources: [String]?
    /// The ids as written in the table.
    public let sourceIds: [String]?
    /// The records the ids name, in order (an unknown id has none; RulesCheck refuses it).
    public let citations: [Source]
    public let asOf: String?
    public let effectiveFrom: LocalDate?
    public let effectiveTo: LocalDate?
    /// "[P]", "[S2]", "[S1]" or "UNVERIFIED".
    public let tag: String?
    public let unverified: Bool?
    public let note: String?

    public var isUnverified: Bool { unverified == true || tag == "UNVERIFIED" }

    enum CodingKeys: String, CodingKey { case sources, asOf, effectiveFrom, effectiveTo, tag, unverified, note }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sourceIds = try c.decodeIfPresent([String].self, forKey: .sources)
        if let ids = sourceIds {
            let list = SourceList.current(decoder)
            sources = list.cited(ids)
            citations = list.resolve(ids)
        } else {
            sources = nil
            citations = []
        }
        asOf = try c.decodeIfPresent(String.self, forKey: .asOf)
        effectiveFrom = try c.decodeIfPresent(LocalDate.self, forKey: .effectiveFrom)
        effectiveTo = try c.decodeIfPresent(LocalDate.self, forKey: .effectiveTo)
        tag = try c.decodeIfPresent(String.self, forKey: .tag)
        unverified = try c.decodeIfPresent(Bool.self, forKey: .unverified)
        note = try c.decodeIfPresent(String.self, forKey: .note)
    }

    /// Written back as the table holds it: source ids, not addresses.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(sourceIds, forKey: .sources)
        try c.encodeIfPresent(asOf, forKey: .asOf)
        try c.encodeIfPresent(effectiveFrom, forKey: .effectiveFrom)
        try c.encodeIfPresent(effectiveTo, forKey: .effectiveTo)
        try c.encodeIfPresent(tag, forKey: .tag)
        try c.encodeIfPresent(unverified, forKey: .unverified)
        try c.encodeIfPresent(note, forKey: .note)
    }

    /// The date falls inside [effectiveFrom, effectiveTo] (both inclusive; nil = open).
    public func covers(_ date: LocalDate) -> Bool {
        if let f = effectiveFrom, date < f { return false }
        if let t = effectiveTo, date > t { return false }
        return true
    }

    public var periodDescription: String {
        switch (effectiveFrom, effectiveTo) {
        case (nil, nil): return "no end date"
        case (let f?, nil): return "from \(f)"
        case (nil, let t?): return "until \(t)"
        case (let f?, let t?): return "\(f) to \(t)"
        }
    }
}

/// A decoded JSON object together with its provenance keys (read from the same object).
@dynamicMemberLookup
public struct Dated<Body: Decodable & Sendable>: Decodable, Sendable {
    public let provenance: Provenance
    public let body: Body

    public init(from decoder: Decoder) throws {
        provenance = try Provenance(from: decoder)
        body = try Body(from: decoder)
    }

    public subscript<T>(dynamicMember keyPath: KeyPath<Body, T>) -> T { body[keyPath: keyPath] }
    public func covers(_ date: LocalDate) -> Bool { provenance.covers(date) }
}

extension Array {
    /// The first dated element whose period covers the date.
    func covering<B>(_ date: LocalDate) -> Element? where Element == Dated<B> {
        first { $0.covers(date) }
    }
}

// MARK: - Language

public struct LanguageData: Decodable, Sendable {
    public let resultValidityYears: Int
    public let tests: [LanguageTestData]
}

public struct LanguageTestData: Decodable, Sendable {
    public let type: LanguageTestType
    public let language: OfficialLanguage
    public let name: String
    public let acceptedFrom: LocalDate?
    public let acceptedFromNote: String?
    public let scales: [Dated<LanguageScale>]
}

public struct LanguageScale: Decodable, Sendable {
    public let id: String
    public let dateBasis: String
    public let step: Double
    public let scoreRange: [String: [Double]]
    /// Lower bounds per level, highest level first.
    public let bands: [LanguageBand]

    public func range(_ a: LanguageAbility) -> ClosedRange<Double> {
        let r = scoreRange[a.rawValue] ?? [0, 0]
        return r[0]...r[1]
    }
}

public struct LanguageBand: Decodable, Sendable {
    public let level: Int
    public let reading: Double
    public let writing: Double
    public let listening: Double
    public let speaking: Double

    public func lowerBound(_ a: LanguageAbility) -> Double {
        switch a {
        case .reading: return reading
        case .writing: return writing
        case .listening: return listening
        case .speaking: return speaking
        }
    }
}

// MARK: - Shared row shapes

public struct MinCLBPoints: Decodable, Sendable { public let minCLB: Int; public let points: Int }
public struct MinYearsPoints: Decodable, Sendable { public let minYears: Int; public let points: Int }
public struct LevelPoints: Decodable, Sendable { public let level: EducationLevel; public let points: Int }
public struct AgePoints: Decodable, Sendable { public let min: Int; public let max: Int; public let points: Int }

// MARK: - FSW

public struct FSWData: Decodable, Sendable {
    public let passMark: Int
    public let maxima: [String: Int]
    public let minimumFirstLanguageCLB: Int
    public let firstLanguagePerAbility: [MinCLBPoints]
    public let secondLanguage: SecondLanguage
    public let education: [LevelPoints]
    public let experience: [MinYearsPoints]
    public let age: [AgePoints]
    public let arrangedEmployment: Dated<ArrangedEmployment>
    public let adaptability: [Adaptability]
    public let minimumWork: Dated<MinimumWork>

    public struct SecondLanguage: Decodable, Sendable { public let minCLBAllFour: Int; public let points: Int }
    public struct ArrangedEmployment: Decodable, Sendable {
        public let points: Int
        public let maxTEER: Int
        public let unverifiedFrom: LocalDate?
        public let unverifiedNote: String?
    }
    public struct Adaptability: Decodable, Sendable {
        public let id: String
        public let points: Int
        public let minCLBAllFour: Int?
        public let minYears: Int?
        public let label: String
    }
    public struct MinimumWork: Decodable, Sendable {
        public let hours: Double
        public let windowYears: Int
        public let maxHoursPerWeek: Double
        public let maxTEER: Int
    }

    public func max(_ key: String) -> Int { maxima[key] ?? 0 }
    public func adaptability(_ id: String) -> Adaptability? { adaptability.first { $0.id == id } }
}

// MARK: - CEC

public struct CECData: Decodable, Sendable {
    public let minimumHours: Double
    public let windowYears: Int
    public let maxHoursPerWeek: Double
    public let maxTEER: Int
    public let languageByTEER: [TEERLanguage]
    public struct TEERLanguage: Decodable, Sendable { public let teers: [Int]; public let minCLB: Int }
}

// MARK: - CRS

public struct CRSData: Decodable, Sendable {
    public let maxima: [String: Int]
    public let spouseRule: String
    public let age: [AgeRow]
    public let education: [EducationRow]
    public let firstLanguage: [LanguageRow]
    public let secondLanguage: CappedRows
    public let canadianWork: [WorkRow]
    public let canadianWorkWindowYears: Int
    public let spouseLanguage: SpouseLanguage
    public let transferability: Transferability
    public let additional: Additional
    public let pendingChanges: [Dated<Pending>]

    public struct AgeRow: Decodable, Sendable { public let min: Int; public let max: Int; public let withSpouse: Int; public let withoutSpouse: Int }
    public struct EducationRow: Decodable, Sendable { public let level: EducationLevel; public let withSpouse: Int; public let withoutSpouse: Int; public let spouse: Int }
    public struct LanguageRow: Decodable, Sendable { public let minCLB: Int; public let withSpouse: Int; public let withoutSpouse: Int }
    public struct WorkRow: Decodable, Sendable { public let minYears: Int; public let withSpouse: Int; public let withoutSpouse: Int; public let spouse: Int }
    public struct CappedRows: Decodable, Sendable { public let rows: [MinCLBPoints]; public let capWithSpouse: Int; public let capWithoutSpouse: Int }
    public struct SpouseLanguage: Decodable, Sendable { public let rows: [MinCLBPoints]; public let cap: Int }
    public struct Transferability: Decodable, Sendable {
        public let cap: Int
        public let educationCap: Int
        public let foreignExperienceCap: Int
        public let certificateCap: Int
        public let strongLanguageMinCLB: Int
        public let veryStrongLanguageMinCLB: Int
        public let educationTiers: [Tier]
        public let foreignTiers: [Tier]
        public let certificate: Certificate
    }
    public struct Tier: Decodable, Sendable {
        public let id: String
        /// Words for the tier, shown in the breakdown detail.
        public let label: String?
        public let levels: [EducationLevel]?
        public let minYears: Int?
        public let strongLanguage: Int
        public let veryStrongLanguage: Int
        public let canadianOneYear: Int
        public let canadianTwoYears: Int
    }
    public struct Certificate: Decodable, Sendable {
        public let minCLBAllFour: Int
        public let points: Int
        public let strongMinCLBAllFour: Int
        public let strongPoints: Int
    }
    public struct Additional: Decodable, Sendable { public let cap: Int; public let factors: [Dated<Factor>] }
    public struct Factor: Decodable, Sendable {
        public let id: String
        public let label: String
        public let points: Int
        public let minNCLC: Int?
        public let minEnglishCLBAllFour: Int?
    }
    public struct Pending: Decodable, Sendable { public let id: String }

    public func max(_ key: String) -> Int { maxima[key] ?? 0 }
    /// The additional-points factor with this id in force on the date.
    public func factor(_ id: String, on date: LocalDate) -> Dated<Factor>? {
        additional.factors.first { $0.id == id && $0.covers(date) }
    }
}

// MARK: - Funds

public struct FundsData: Decodable, Sendable {
    public let exemptions: String
    public let tables: [Dated<FundsTable>]
}

public struct FundsTable: Decodable, Sendable {
    public let id: String
    /// Amounts for 1…7 persons, CAD.
    public let amounts: [Int]
    public let additionalMember: Int
    public let staleAfter: LocalDate?
    public let datesAssumed: Bool?
    public let cellNotes: [String: String]?

    public func amount(familySize n: Int) -> Int {
        precondition(n >= 1)
        if n <= amounts.count { return amounts[n - 1] }
        return amounts[amounts.count - 1] + (n - amounts.count) * additionalMember
    }
}

// MARK: - Fees

public struct FeeCell: Codable, Sendable, Equatable {
    public let amount: Int?
    public let tag: String
    public let unverified: Bool
    public let note: String?
}

public struct FeesData: Decodable, Sendable {
    public let oinp: [Dated<OINPFee>]
    public let irccPermanentResidence: [Dated<PRFees>]
    public let biometrics: Dated<Biometrics>

    public struct OINPFee: Decodable, Sendable { public let id: String; public let stream: String; public let amount: FeeCell; public let label: String }
    public struct PRFees: Decodable, Sendable { public let id: String; public let principal: FeeCell; public let spouse: FeeCell; public let child: FeeCell; public let rprf: FeeCell }
    public struct Biometrics: Decodable, Sendable { public let individual: Int; public let family: Int; public let group: Int }
}

// MARK: - Deadlines

public struct DeadlinesData: Decodable, Sendable {
    public let items: [Dated<Deadline>]
    public let upfrontMedical: [Dated<Medical>]

    public struct Deadline: Decodable, Sendable {
        public let id: String
        public let label: String
        public let amount: Int
        /// "days", "months" or "years".
        public let unit: String
    }
    public struct Medical: Decodable, Sendable { public let required: Bool; public let label: String }

    /// The deadline rule with this id in force on the date.
    public func item(_ id: String, on date: LocalDate) -> Dated<Deadline>? {
        items.first { $0.id == id && $0.covers(date) }
    }
}

extension Dated where Body == DeadlinesData.Deadline {
    /// The last day allowed when the period starts on `start` (start + amount units).
    public func due(from start: LocalDate) -> LocalDate {
        switch body.unit {
        case "days": return start.adding(days: body.amount)
        case "months": return start.adding(months: body.amount)
        default: return start.adding(years: body.amount)
        }
    }
}

// MARK: - HCP

public struct HCPData: Decodable, Sendable {
    public let closedFrom: LocalDate
    public let closure: Provenance
    public let minimumCLB: Int
    public let workHours: Double
    public let maxHoursPerWeek: Double
    public let maxTEER: Int
    public let fswWindowYears: Int
    public let cecWindowYears: Int
    public let ecaMaxAgeYears: Int
    public let languageMaxAgeYears: Int
    public let fswPassMark: Int
    public let minimumEducation: EducationLevel
    public let requiresDegree: Bool
    public let noiWindowDays: Int
    public let criteria: [CriterionInfo]

    public struct CriterionInfo: Decodable, Sendable {
        public let id: String
        public let seed: Bool
        public let title: String
        public let rule: String
        public let tag: String
        public let note: String?
        public let unverified: Bool?
    }
}

// MARK: - Tech NOC

public struct TechNOCData: Decodable, Sendable {
    public let lists: [Dated<CodeList>]
    public let occupations: [TechOccupation]

    public struct CodeList: Decodable, Sendable { public let id: String; public let codes: [String] }
}

public struct TechOccupation: Codable, Sendable, Equatable {
    public let noc2016: String
    public let title2016: String
    public let noc2021: [Code2021]
    public let tag: String
    public let unverified: Bool
    public let note: String?

    public struct Code2021: Codable, Sendable, Equatable { public let code: String; public let title: String }
}

// MARK: - Streams

public struct StreamsData: Decodable, Sendable {
    public let rulebooks: [Dated<RulebookInfo>]
    public let streams: [Dated<StreamInfo>]

    public struct RulebookInfo: Decodable, Sendable {
        public let id: String
        public let name: String
        public let closedFrom: LocalDate?
        public let grandfather: String?
        public let rule: String?
    }
}

public struct StreamInfo: Decodable, Sendable {
    public let id: String
    public let kind: String
    public let category: String
    public let name: String
    public let selection: String
    public let jobOfferRequired: Bool
    public let expressEntryLinked: Bool
    public let language: String
    public let education: String
    public let otherRequirements: String
    public let statusPeriods: [Dated<StatusPeriod>]
    public let replacedBy: [String]

    public struct StatusPeriod: Decodable, Sendable { public let status: String }
}

// MARK: - The loaded rulebook

/// All rule tables. `shared` decodes each table on its first use, one table at a time (the resume screen
/// needs the deadlines, a CRS the CRS and language tables, nothing needs all of them at start-up);
/// `load` decodes every table at once and reports the first fault.
public struct RuleData: Sendable {
    private let tables: Tables

    // Each table yielded in place (`_read`): `rules.language.tests` reads one field instead of copying the
    // whole table (provenance and all) on every access.
    public var language: Dated<LanguageData> { _read { yield tables.language.box.value } }
    public var fsw: Dated<FSWData> { _read { yield tables.fsw.box.value } }
    public var cec: Dated<CECData> { _read { yield tables.cec.box.value } }
    public var crs: Dated<CRSData> { _read { yield tables.crs.box.value } }
    public var funds: Dated<FundsData> { _read { yield tables.funds.box.value } }
    public var fees: Dated<FeesData> { _read { yield tables.fees.box.value } }
    public var deadlines: Dated<DeadlinesData> { _read { yield tables.deadlines.box.value } }
    public var hcp: Dated<HCPData> { _read { yield tables.hcp.box.value } }
    public var techNOC: Dated<TechNOCData> { _read { yield tables.techNOC.box.value } }
    public var streams: Dated<StreamsData> { _read { yield tables.streams.box.value } }
    /// Ontario Workforce Priority - TEER 0-3 and its EOI grid (shapes in OWP.swift, OWPEOI.swift).
    public var owp: Dated<OWPData> { _read { yield tables.owp.box.value } }
    // Express Entry rounds and who each kind of round invites (Rounds.swift, Categories.swift).
    public var rounds: Dated<RoundsData> { _read { yield tables.rounds.box.value } }
    public var selectionGroups: Dated<SelectionGroupsData> { _read { yield tables.selectionGroups.box.value } }
    /// The one list of sources the tables cite by id (sources.json).
    public var sourceList: SourceList { _read { yield tables.sourceList.box.value } }

    /// Which loaded set of tables this is: tables derived from it (CRSTables.swift) are kept per identity.
    var tablesIdentity: ObjectIdentifier { ObjectIdentifier(tables) }

    /// The embedded tables, each decoded when first used. A decoding failure of our own data is a
    /// programmer error: it stops the program with the file name and the JSON path of the fault.
    public static let shared = RuleData(tables: Tables { name, type in
        if name == "sources.json" { return SourceList.embedded }
        do {
            return try decodeTable(name, as: type, bytes: EmbeddedResources.bytes(named:), sources: SourceList.embedded)
        } catch {
            fatalError("Embedded rule data is invalid (a bug in Resources/data/rules): \(error)")
        }
    })

    public struct LoadError: Error, CustomStringConvertible {
        public let file: String
        public let detail: String
        public var description: String { "\(file): \(detail)" }
    }

    /// Decodes every table now; throws `LoadError` naming the file and the path.
    public static func load(bytes: (String) -> [UInt8]? = EmbeddedResources.bytes(named:)) throws -> RuleData {
        let t = Tables { name, _ in fatalError("\(name) was not decoded by RuleData.load") }
        // The source list first: every table's ids resolve against this one (an edited copy if given).
        let sources = try decodeTable("sources.json", as: SourceList.self, bytes: bytes, sources: nil)
        t.sourceList.fill(sources)
        func table<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
            try decodeTable(name, as: type, bytes: bytes, sources: sources)
        }
        try t.language.fill(table("language.json", as: Dated<LanguageData>.self))
        try t.fsw.fill(table("fsw.json", as: Dated<FSWData>.self))
        try t.cec.fill(table("cec.json", as: Dated<CECData>.self))
        try t.crs.fill(table("crs.json", as: Dated<CRSData>.self))
        try t.funds.fill(table("funds.json", as: Dated<FundsData>.self))
        try t.fees.fill(table("fees.json", as: Dated<FeesData>.self))
        try t.deadlines.fill(table("deadlines.json", as: Dated<DeadlinesData>.self))
        try t.hcp.fill(table("hcp.json", as: Dated<HCPData>.self))
        try t.techNOC.fill(table("tech_noc.json", as: Dated<TechNOCData>.self))
        try t.streams.fill(table("oinp_streams.json", as: Dated<StreamsData>.self))
        try t.owp.fill(table("owp.json", as: Dated<OWPData>.self))
        try t.rounds.fill(table("rounds.json", as: Dated<RoundsData>.self))
        try t.selectionGroups.fill(table("ee_categories.json", as: Dated<SelectionGroupsData>.self))
        return RuleData(tables: t)
    }

    /// Decodes one file; `sources` is the list its source ids resolve against (nil: the embedded one).
    static func decodeTable<T: Decodable>(_ name: String, as: T.Type, bytes: (String) -> [UInt8]?, sources: SourceList?) throws -> T {
        guard let b = bytes(name) else { throw LoadError(file: name, detail: "file is not embedded") }
        let decoder = JSONDecoder()
        if let sources { decoder.userInfo[SourceList.userInfoKey] = sources }
        do {
            return try decoder.decode(T.self, from: Data(b))
        } catch let e as DecodingError {
            throw LoadError(file: name, detail: describe(e))
        }
    }

    /// One slot per table, with the file each is read from.
    final class Tables: Sendable {
        typealias Decode = @Sendable (String, any Decodable.Type) -> any Decodable
        let language: LazyTable<Dated<LanguageData>>
        let fsw: LazyTable<Dated<FSWData>>
        let cec: LazyTable<Dated<CECData>>
        let crs: LazyTable<Dated<CRSData>>
        let funds: LazyTable<Dated<FundsData>>
        let fees: LazyTable<Dated<FeesData>>
        let deadlines: LazyTable<Dated<DeadlinesData>>
        let hcp: LazyTable<Dated<HCPData>>
        let techNOC: LazyTable<Dated<TechNOCData>>
        let streams: LazyTable<Dated<StreamsData>>
        let owp: LazyTable<Dated<OWPData>>
        let rounds: LazyTable<Dated<RoundsData>>
        let selectionGroups: LazyTable<Dated<SelectionGroupsData>>
        let sourceList: LazyTable<SourceList>
        init(_ decode: @escaping Decode) {
            language = LazyTable<Dated<LanguageData>>("language.json", decode)
            fsw = LazyTable<Dated<FSWData>>("fsw.json", decode)
            cec = LazyTable<Dated<CECData>>("cec.json", decode)
            crs = LazyTable<Dated<CRSData>>("crs.json", decode)
            funds = LazyTable<Dated<FundsData>>("funds.json", decode)
            fees = LazyTable<Dated<FeesData>>("fees.json", decode)
            deadlines = LazyTable<Dated<DeadlinesData>>("deadlines.json", decode)
            hcp = LazyTable<Dated<HCPData>>("hcp.json", decode)
            techNOC = LazyTable<Dated<TechNOCData>>("tech_noc.json", decode)
            streams = LazyTable<Dated<StreamsData>>("oinp_streams.json", decode)
            owp = LazyTable<Dated<OWPData>>("owp.json", decode)
            rounds = LazyTable<Dated<RoundsData>>("rounds.json", decode)
            selectionGroups = LazyTable<Dated<SelectionGroupsData>>("ee_categories.json", decode)
            sourceList = LazyTable<SourceList>("sources.json", decode)
        }
    }
}

/// A table decoded on its first use, safely from any thread: a lock-free load once it is there (the CRS
/// reads its tables on every assessment), and if two threads race, the first value stored is kept.
final class LazyTable<T: Decodable & Sendable>: Sendable {
    final class Box: Sendable {
        let value: T
        init(_ value: T) { self.value = value }
    }
    private let slot = AtomicLazyReference<Box>()
    private let name: String
    private let decode: RuleData.Tables.Decode

    init(_ name: String, _ decode: @escaping RuleData.Tables.Decode) {
        self.name = name
        self.decode = decode
    }

    var value: T { box.value }

    /// The box holding the table: `RuleData`'s getters yield its value in place (`_read`), so reading one
    /// field of a table (`rules.language.tests`) does not copy, retain and release the whole table.
    var box: Box {
        if let b = slot.load() { return b }
        return slot.storeIfNil(Box(decode(name, T.self) as! T))
    }

    func fill(_ value: T) { _ = slot.storeIfNil(Box(value)) }
}

/// "a.b[2].c: message" for a decoding error.
func describe(_ error: DecodingError, root: String = "") -> String {
    func path(_ p: [CodingKey]) -> String {
        var s = root
        for k in p {
            if let i = k.intValue { s += "[\(i)]" } else { s += s.isEmpty ? k.stringValue : ".\(k.stringValue)" }
        }
        return s.isEmpty ? "(top level)" : s
    }
    switch error {
    case .keyNotFound(let key, let ctx):
        return "\(path(ctx.codingPath + [key])): required field is missing"
    case .typeMismatch(let type, let ctx):
        return "\(path(ctx.codingPath)): expected \(typeName(type))"
    case .valueNotFound(let type, let ctx):
        return "\(path(ctx.codingPath)): expected \(typeName(type)), found null"
    case .dataCorrupted(let ctx):
        let detail = ctx.underlyingError.map { "\($0.localizedDescription)" } ?? ctx.debugDescription
        return "\(path(ctx.codingPath)): \(ctx.codingPath.isEmpty ? "not valid JSON (\(detail))" : ctx.debugDescription)"
    @unknown default:
        return "\(error)"
    }
}

private func typeName(_ t: Any.Type) -> String {
    switch t {
    case is String.Type: return "a string"
    case is Bool.Type: return "true or false"
    case is Int.Type: return "a whole number"
    case is Double.Type: return "a number"
    default:
        let n = String(describing: t)
        if n.hasPrefix("Array") { return "a list" }
        if n.hasPrefix("Dictionary") { return "an object" }
        return "a value of type \(n)"
    }
}
