/// Met / not met / unknown (an answer is missing).
public enum CriterionStatus: String, Codable, Sendable, CaseIterable {
    case met, notMet, unknown

    public var symbol: String {
        switch self {
        case .met: return "+"
        case .notMet: return "x"
        case .unknown: return "?"
        }
    }

    /// All met -> met; any not met -> notMet; else unknown.
    public static func combine(_ s: [CriterionStatus]) -> CriterionStatus {
        if s.contains(.notMet) { return .notMet }
        if s.contains(.unknown) { return .unknown }
        return .met
    }
}

/// One requirement checked against the profile, with a sentence that names the numbers.
public struct Criterion: Codable, Sendable, Equatable {
    public let id: String
    public let title: String
    public let status: CriterionStatus
    public let reason: String
    public var tag: String?
    public var unverified: Bool
    public var notes: [String]

    public init(id: String, title: String, status: CriterionStatus, reason: String, tag: String? = nil, unverified: Bool = false, notes: [String] = []) {
        self.id = id
        self.title = title
        self.status = status
        self.reason = reason
        self.tag = tag
        self.unverified = unverified
        self.notes = notes
    }
}

/// One line of a points breakdown.
public struct ScoreLine: Codable, Sendable, Equatable {
    public let id: String
    public let label: String
    public let points: Int
    public let max: Int?
    public let detail: String

    public init(id: String, label: String, points: Int, max: Int? = nil, detail: String) {
        self.id = id
        self.label = label
        self.points = points
        self.max = max
        self.detail = detail
    }
}
