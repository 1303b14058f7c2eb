import Foundation
import GuideResources

// The document catalogue, decoded from Resources/data/documents.json. The JSON holds what each
// document must contain, who needs it, the condition it applies under (an id interpreted in
// `Checklist`), its validity (a deadline id from deadlines.json) and its provenance.

/// Who in the family needs a document.
public enum DocumentHolder: String, Codable, Sendable, CaseIterable {
    case principal
    case spouse
    case eachChild
    /// The applicant and every family member aged 18 or more (the spouse; children's ages are not asked).
    case eachAdultFamilyMember
    /// The applicant, the spouse and every child, even those not coming along.
    case eachFamilyMember
    case principalAndSpouse
    case spouseAndChildren
}

/// The conditions a catalogue item can name. Each is interpreted in `Checklist.instances`.
public enum DocumentCondition: String, Codable, Sendable, CaseIterable {
    case always
    /// The guide has no question for it yet: listed at the end of the export, never derived.
    case notAsked
    /// Present in Canada with a temporary status (worker, student, visitor, implied).
    case inCanada
    /// A credential from outside Canada (ECA).
    case foreignEducation
    /// One item per language test entered.
    case perLanguageTest
    /// One item per work-experience entry.
    case perJob
    /// Canadian work experience is claimed.
    case canadianWork
    /// Self-employment is claimed.
    case selfEmployed
    /// An Ontario (or any) job offer is held.
    case jobOffer
    /// The job offer is claimed (FSWP eligibility or points).
    case jobOfferClaimed
    case siblingClaimed
    case relativesClaimed
    /// Spouse claims (status, Canadian education or work, language results).
    case spouseClaims
    case canadianStudy
    /// Proof of funds is needed (FSWP; no exemption).
    case fundsRequired
    /// Exempt from funds: CEC, or authorized to work in Canada with a valid job offer.
    case fundsExempt
    /// One item per country (other than Canada) lived in 6+ months in a row in the last 10 years since 18.
    case perCountryLived6Months
    case married
    case commonLaw
    case previouslyMarried
    /// A provincial nomination is part of the route.
    case pnpNomination
    /// OWP: one item per language test, unless a recent Ontario graduate (exempt).
    case owpLanguage
    /// OWP: a recent Ontario graduate (`owp.recentOntarioGraduate`).
    case recentOntarioGraduate
    /// OWP: relies on an Ontario licence (`owp.ontarioLicence`).
    case ontarioLicence
    /// OWP: Canadian earnings are claimed (`owp.highestCanadianEarnings` > 0).
    case canadianEarnings
}

/// One document of the catalogue.
public struct DocumentSpec: Decodable, Sendable {
    public let id: String
    /// `.oinp` or `.pr`.
    public let step: Step
    public let title: String
    /// What the document must contain (paraphrased from RULES.md §10).
    public let contents: String
    public let who: DocumentHolder
    public let condition: DocumentCondition
    /// A deadline id from deadlines.json giving the validity period, or nil.
    public let validity: String?
    /// The RULES.md section(s), e.g. "§10.2 #8, §9".
    public let reference: String
    /// Police certificates: the one from the current country must be at most this old.
    public let currentCountryMaxAgeMonths: Int?
}

public struct DocumentCatalogueData: Decodable, Sendable {
    public let items: [Dated<DocumentSpec>]

    public func item(_ id: String) -> Dated<DocumentSpec>? { items.first { $0.id == id } }
}

public enum DocumentCatalogue {
    /// The embedded catalogue, decoded once. Invalid data of our own is a programmer error.
    public static let shared: Dated<DocumentCatalogueData> = {
        do {
            return try load()
        } catch {
            fatalError("Embedded document catalogue is invalid (a bug in Resources/data/documents.json): \(error)")
        }
    }()

    public struct LoadError: Error, CustomStringConvertible {
        public let detail: String
        public var description: String { "documents.json: \(detail)" }
    }

    /// Decodes the catalogue and checks it: unique ids, steps oinp/pr only, validity ids known to deadlines.json.
    public static func load(bytes: (String) -> [UInt8]? = EmbeddedResources.bytes(named:), rules: RuleData = .shared) throws -> Dated<DocumentCatalogueData> {
        guard let b = bytes("documents.json") else { throw LoadError(detail: "file is not embedded") }
        let cat: Dated<DocumentCatalogueData>
        do {
            cat = try JSONDecoder().decode(Dated<DocumentCatalogueData>.self, from: Data(b))
        } catch let e as DecodingError {
            throw LoadError(detail: describe(e))
        }
        var seen: Set<String> = []
        let deadlineIDs = Set(rules.deadlines.items.map { $0.id })
        for (i, item) in cat.items.enumerated() {
            if !seen.insert(item.id).inserted { throw LoadError(detail: "items[\(i)].id: \"\(item.id)\" appears twice") }
            if item.step != .oinp && item.step != .pr { throw LoadError(detail: "items[\(i)].step: must be oinp or pr") }
            if let v = item.validity, !deadlineIDs.contains(v) { throw LoadError(detail: "items[\(i)].validity: \"\(v)\" is not in deadlines.json") }
        }
        return cat
    }
}
