/// The federal Express Entry rounds of invitations (RULES.md §11b), read from `rounds.json`.
/// History only: a round is a fact with its date and source, and nothing here extrapolates from it.
public struct RoundsData: Decodable, Sendable {
    /// The rounds data is complete between these dates (inclusive); outside them nothing is known.
    public let coveredFrom: LocalDate
    public let coveredTo: LocalDate
    public let coverageNote: String
    public let sourceSets: [String: SourceSet]
    public let rounds: [Round]

    public struct SourceSet: Decodable, Sendable {
        public let sources: [String]
        public let asOf: String
    }

    /// The rounds held from `from` to `to` (both inclusive), oldest first.
    public func rounds(from: LocalDate, to: LocalDate) -> [Round] {
        rounds.filter { $0.date >= from && $0.date <= to }.sorted { ($0.date, $0.number) < ($1.date, $1.number) }
    }
}

/// One round of invitations.
public struct Round: Codable, Sendable, Equatable {
    public let number: Int
    public let date: LocalDate
    /// The program or category invited: an id of `ee_categories.json` ("cec", "pnp", "french"…).
    public let group: String
    /// The round type in the source's words ("Physicians (Cdn exp.)").
    public let roundType: String
    /// Number of invitations to apply.
    public let invitations: Int
    /// CRS score of the lowest-ranked candidate invited.
    public let lowestCRS: Int
    /// The tie-breaking profile date and time at the cut-off, where a source gives it.
    public let tieBreak: String?
    /// A key of `RoundsData.sourceSets`.
    public let source: String
    /// "[P]", "[S2]", "[S1]".
    public let tag: String
}

/// A round as cited in a report: number, date, cut-off, size and tag.
public struct RoundRef: Codable, Sendable, Equatable {
    public let number: Int
    public let date: LocalDate
    public let lowestCRS: Int
    public let invitations: Int
    public let tag: String

    public init(_ r: Round) {
        number = r.number
        date = r.date
        lowestCRS = r.lowestCRS
        invitations = r.invitations
        tag = r.tag
    }

    /// "507 (#404, 2026-03-17)".
    public var cited: String { "\(lowestCRS) (#\(number), \(date))" }
}

/// The 12 months a standing looks back over: from the day after the same date a year earlier, to the as-of date.
public struct RoundWindow: Codable, Sendable, Equatable {
    public let from: LocalDate
    public let to: LocalDate

    public init(asOf: LocalDate, months: Int = 12) {
        from = asOf.adding(months: -months).adding(days: 1)
        to = asOf
    }
}
