import Foundation
import GuideResources

// The one list of sources (Resources/data/rules/sources.json). Tables cite sources by id; decoding
// resolves the ids to these records, so an address is written once however many rows rely on it.

/// One source: a page, regulation, repository file or index file that RULES.md cites.
public struct Source: Codable, Sendable, Equatable {
    public let id: String
    /// The address as RULES.md gives it; nil for a code-search index file known only by its description.
    public let url: String?
    public let publisher: String
    /// What the source is, where RULES.md describes it instead of giving an address.
    public let title: String?
    /// What it supports alone: "[P]" an official page read directly, "[S1]" a secondary source.
    public let tag: String
    /// The RULES.md sections that list it ("7", "0.2b").
    public let rulesSections: [String]?
    public let notes: String?

    /// How the source is shown: its address, or its description when it has none.
    public var cited: String { url ?? title ?? id }
}

public struct SourceList: Decodable, Sendable {
    public let asOf: String?
    public let note: String?
    public let sources: [Source]
    private let byId: [String: Source]

    enum CodingKeys: String, CodingKey { case asOf, note, sources }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        asOf = try c.decodeIfPresent(String.self, forKey: .asOf)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        sources = try c.decode([Source].self, forKey: .sources)
        // A repeated id keeps its first record here; RulesCheck reports the repeat.
        byId = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func source(_ id: String) -> Source? { byId[id] }

    /// The embedded list, decoded once, when the first table that cites a source is decoded.
    public static let embedded: SourceList = {
        do {
            return try RuleData.decodeTable("sources.json", as: SourceList.self, bytes: EmbeddedResources.bytes(named:), sources: nil)
        } catch {
            fatalError("Embedded rule data is invalid (a bug in Resources/data/rules): \(error)")
        }
    }()

    /// The decoder's key for the list that ids resolve against (RuleData.load passes the list it read).
    static let userInfoKey = CodingUserInfoKey(rawValue: "oinp-guide.sourceList")!

    /// The list for this decoding: the one given to the decoder, else the embedded one.
    static func current(_ decoder: Decoder) -> SourceList {
        decoder.userInfo[userInfoKey] as? SourceList ?? embedded
    }

    /// The records for these ids, in order; an unknown id has no record (RulesCheck names it).
    func resolve(_ ids: [String]) -> [Source] { ids.compactMap { byId[$0] } }

    /// What to show for these ids: each record's address (an unknown id is shown as written).
    func cited(_ ids: [String]) -> [String] { ids.map { byId[$0]?.cited ?? $0 } }
}
