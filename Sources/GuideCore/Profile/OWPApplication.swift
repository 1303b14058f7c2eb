/// The answers of the Ontario Workforce Priority (OWP) TEER 0-3 route: the job offer as the employer
/// filed it, the facts the EOI grid scores that the rest of the profile does not hold, and the dates of
/// the EOI, invitation, application and nomination (RULES.md §0.2, §0.2b).
///
/// Facts the profile already holds are not repeated here: the offer's NOC and TEER are
/// `jobOffer.nocCode` / `jobOffer.teer`, and the EOI reads education (`education`), language
/// (`languageTests`) and legal status (`legalStatusInCanada`) from their usual fields.
/// Every field is optional: nil means "not answered yet".
public struct OWPApplication: Codable, Equatable, Sendable {
    // MARK: The job offer
    public var employerName: String?
    /// Hourly wage of the offer, CAD.
    public var hourlyWage: Double?
    public var region: OWPRegion?
    /// The ID the employer's job-offer submission in the Employer Portal gives; the EOI needs it.
    public var jobOfferID: String?
    /// The day the employer submitted the job offer (the EOI is due within 30 days).
    public var jobOfferSubmittedDate: LocalDate?

    // MARK: Facts of the EOI grid and the criteria
    /// Full-time months in the job-offer position so far.
    public var monthsInJobOfferPosition: Int?
    /// Full-time months of other work in Ontario (scored only under 6 months in the position).
    public var monthsOtherOntarioWork: Int?
    /// Highest Canadian earnings in one year over the last 5 years (CRA Notice of Assessment), CAD.
    public var highestCanadianEarnings: Double?
    /// Holds an Ontario post-secondary credential obtained in the last 3 years that qualifies (RULES.md §0.2).
    public var recentOntarioGraduate: Bool?
    /// Number of Canadian education credentials.
    public var canadianCredentials: Int?
    /// Holds the Ontario licence the occupation requires (one of the experience options).
    public var ontarioLicence: Bool?
    /// Applies on the self-employed physician path (EOI maximum 115, no wage factor).
    public var selfEmployedPhysician: Bool?

    // MARK: Process dates
    public var eoiDate: LocalDate?
    /// The EOI score OINP showed when the EOI was registered.
    public var eoiScore: Int?
    public var invitationDate: LocalDate?
    public var applicationSubmitted: LocalDate?
    /// Asked to be nominated through Express Entry (TEER 0-3 with an Express Entry profile): +600 CRS, accept within 30 days.
    public var nominationThroughExpressEntry: Bool?

    public init(employerName: String? = nil, hourlyWage: Double? = nil, region: OWPRegion? = nil, jobOfferID: String? = nil,
                jobOfferSubmittedDate: LocalDate? = nil, monthsInJobOfferPosition: Int? = nil, monthsOtherOntarioWork: Int? = nil,
                highestCanadianEarnings: Double? = nil, recentOntarioGraduate: Bool? = nil, canadianCredentials: Int? = nil,
                ontarioLicence: Bool? = nil, selfEmployedPhysician: Bool? = nil, eoiDate: LocalDate? = nil, eoiScore: Int? = nil,
                invitationDate: LocalDate? = nil, applicationSubmitted: LocalDate? = nil, nominationThroughExpressEntry: Bool? = nil) {
        self.employerName = employerName
        self.hourlyWage = hourlyWage
        self.region = region
        self.jobOfferID = jobOfferID
        self.jobOfferSubmittedDate = jobOfferSubmittedDate
        self.monthsInJobOfferPosition = monthsInJobOfferPosition
        self.monthsOtherOntarioWork = monthsOtherOntarioWork
        self.highestCanadianEarnings = highestCanadianEarnings
        self.recentOntarioGraduate = recentOntarioGraduate
        self.canadianCredentials = canadianCredentials
        self.ontarioLicence = ontarioLicence
        self.selfEmployedPhysician = selfEmployedPhysician
        self.eoiDate = eoiDate
        self.eoiScore = eoiScore
        self.invitationDate = invitationDate
        self.applicationSubmitted = applicationSubmitted
        self.nominationThroughExpressEntry = nominationThroughExpressEntry
    }

    /// Nothing answered yet.
    public var isEmpty: Bool { self == OWPApplication() }

    /// Impossible values, with their JSON paths under `profile.owp` (the caller adds them to `Profile.validate`).
    public func issues(asOf: LocalDate) -> [ProfileIssue] {
        var out: [ProfileIssue] = []
        func issue(_ field: String, _ msg: String) { out.append(ProfileIssue(path: "profile.owp." + field, message: msg)) }
        if let w = hourlyWage, w < 0 || !w.isFinite { issue("hourlyWage", "\(formatAmount(w)) must be zero or more") }
        if let e = highestCanadianEarnings, e < 0 || !e.isFinite { issue("highestCanadianEarnings", "\(formatAmount(e)) must be zero or more") }
        for (name, v) in [("monthsInJobOfferPosition", monthsInJobOfferPosition), ("monthsOtherOntarioWork", monthsOtherOntarioWork)] {
            if let m = v, m < 0 || m > 600 { issue(name, "\(m) must be between 0 and 600 months") }
        }
        if let n = canadianCredentials, n < 0 || n > 20 { issue("canadianCredentials", "\(n) must be between 0 and 20") }
        if let s = eoiScore, s < 0 || s > 130 { issue("eoiScore", "\(s) is outside the 0-130 EOI scale") }
        let dates: [(String, LocalDate?)] = [("jobOfferSubmittedDate", jobOfferSubmittedDate), ("eoiDate", eoiDate), ("invitationDate", invitationDate),
                                             ("applicationSubmitted", applicationSubmitted)]
        for (name, d) in dates { if let d, d > asOf { issue(name, "\(d) is after \(asOf)") } }
        // Each step follows the one before it.
        for i in 1..<dates.count {
            guard let d = dates[i].1, let before = dates[..<i].compactMap({ $0.1 }).last, d < before else { continue }
            let prev = dates[..<i].last { $0.1 != nil }!.0
            issue(dates[i].0, "\(d) is before \(prev) \(before)")
        }
        return out
    }
}

/// The job location of the EOI grid's region factor (RULES.md §0.2b).
public enum OWPRegion: String, Codable, Sendable, CaseIterable {
    case northern
    /// Eastern, Central (outside the GTA) or Southwestern Ontario.
    case easternCentralSouthwestern
    /// Durham, Halton, Peel or York.
    case gtaOutsideToronto
    case toronto

    public var humanLabel: String {
        switch self {
        case .northern: return "Northern Ontario"
        case .easternCentralSouthwestern: return "Eastern, Central (outside the GTA) or Southwestern Ontario"
        case .gtaOutsideToronto: return "GTA outside Toronto (Durham, Halton, Peel, York)"
        case .toronto: return "Toronto"
        }
    }
}
