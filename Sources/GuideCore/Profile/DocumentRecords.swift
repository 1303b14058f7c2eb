import Foundation

/// A stay in a country other than Canada. Police certificates are asked for every country where a person
/// stayed 6 months or more in a row in the last 10 years since age 18 (RULES.md §9, §10.2 #8).
public struct CountryStay: Codable, Equatable, Sendable {
    /// ISO 3166 alpha-2 code or country name, as typed.
    public var country: String
    public var from: LocalDate?
    /// nil = the person still lives there.
    public var to: LocalDate?

    public init(country: String, from: LocalDate? = nil, to: LocalDate? = nil) {
        self.country = country
        self.from = from
        self.to = to
    }

    enum CodingKeys: String, CodingKey { case country, from, to }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        country = try c.decodeIfPresent(String.self, forKey: .country) ?? ""
        from = try c.decodeIfPresent(LocalDate.self, forKey: .from)
        to = try c.decodeIfPresent(LocalDate.self, forKey: .to)
    }

    /// The stay is in Canada (no police certificate is asked for Canada).
    public var isCanada: Bool {
        ["CA", "CAN", "CANADA"].contains(country.trimmingCharacters(in: .whitespaces).uppercased())
    }
}

/// Where the applicant stands with one checklist document.
public enum DocumentStatus: String, Codable, Sendable, CaseIterable {
    /// Still to get (the default).
    case needed
    /// Asked for (police certificate applied for, letter requested from an employer…).
    case requested
    /// In hand.
    case have
    /// The user decided it does not apply to them.
    case notApplicable

    public var label: String {
        switch self {
        case .needed: return "needed"
        case .requested: return "requested"
        case .have: return "have it"
        case .notApplicable: return "not applicable"
        }
    }

    /// Still missing: needed or requested.
    public var isMissing: Bool { self == .needed || self == .requested }
}

/// The tracking state of one checklist item, saved in the profile. `key` is the item's key
/// (`Checklist` builds it from the catalogue id, the person and the instance, e.g.
/// `pr.referenceLetter#you/job:2`), so the record survives edits of other answers.
public struct DocumentRecord: Codable, Equatable, Sendable {
    public var key: String
    public var status: DocumentStatus
    public var issued: LocalDate?
    /// Used when the expiry cannot be derived from the answers (for example a police certificate).
    public var expires: LocalDate?
    public var note: String?

    public init(key: String, status: DocumentStatus = .needed, issued: LocalDate? = nil, expires: LocalDate? = nil, note: String? = nil) {
        self.key = key
        self.status = status
        self.issued = issued
        self.expires = expires
        self.note = note
    }

    enum CodingKeys: String, CodingKey { case key, status, issued, expires, note }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        key = try c.decode(String.self, forKey: .key)
        status = try c.decodeIfPresent(DocumentStatus.self, forKey: .status) ?? .needed
        issued = try c.decodeIfPresent(LocalDate.self, forKey: .issued)
        expires = try c.decodeIfPresent(LocalDate.self, forKey: .expires)
        note = try c.decodeIfPresent(String.self, forKey: .note)
    }

    /// Carries nothing beyond the defaults (status needed, no dates, no note).
    public var isEmpty: Bool {
        status == .needed && issued == nil && expires == nil && (note ?? "").isEmpty
    }
}
