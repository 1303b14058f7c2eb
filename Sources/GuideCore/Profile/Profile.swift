/// Everything the applicant has told us: the input of every rule and checklist.
/// Its JSON form is the documented profile format (docs/profile-format.md); a saved session exports to it.
///
/// Conventions: every optional field means "not answered yet" when nil; lists start empty.
/// JSON keys are the property names (camelCase); dates are `YYYY-MM-DD`; money is CAD.
/// Missing keys decode to "not answered", so a partial profile is a valid profile.
public struct Profile: Codable, Equatable, Sendable {
    // MARK: Person
    public var dateOfBirth: LocalDate?
    public var maritalStatus: MaritalStatus?
    /// Details of the spouse or common-law partner; only read when `maritalStatus` has a partner.
    public var spouse: Spouse
    /// The dependent children (the applicant's and the spouse's), nil while the question is not answered.
    /// Their number is `numberOfChildren`; their dates of birth decide adult children's police certificates.
    public var children: [Child]?
    /// A family size stated in an imported profile. Not used by any rule: the family size is always
    /// derived from the answers (`effectiveFamilySize`); `validate` reports a stated size that differs.
    public var familySize: Int?

    // MARK: Education
    public var education: Education

    // MARK: Language
    public var languageTests: [LanguageTest]
    /// Which official language the applicant declares first; nil = pick the one that scores best.
    public var firstOfficialLanguage: OfficialLanguage?

    // MARK: Work
    public var workExperience: [WorkExperience]
    /// A certificate of qualification in a trade issued by a Canadian province or territory.
    public var certificateOfQualification: Bool?
    public var jobOffer: JobOffer

    // MARK: Other factors
    /// A brother or sister (of the applicant or spouse), 18+, citizen or PR, living in Canada (CRS).
    public var siblingInCanada: Bool?
    /// Any relative of the FSW adaptability list in Canada (parent, grandparent, child, grandchild,
    /// sibling, aunt/uncle, niece/nephew; 18+, citizen or PR, living in Canada). A sibling counts too.
    public var relativeInCanada: Bool?
    /// Unencumbered funds available, in CAD.
    public var settlementFundsCAD: Double?
    /// ISO 3166 alpha-2 code or country name of the country the applicant lives in now.
    public var countryOfResidence: String?
    public var legalStatusInCanada: LegalStatus?
    public var intendsToLiveInOntario: Bool?
    /// Ties to Ontario that support the intention to live there (OINP weighed them; RULES.md §1.2 #10).
    public var ontarioTies: [OntarioTie]
    public var federalProgram: FederalProgram?

    // MARK: Process dates
    /// The day IRCC's Express Entry profile was submitted (valid 12 months).
    public var expressEntryProfileDate: LocalDate?
    /// The day Ontario issued a Notification of Interest (NOI) under HCP.
    public var noiDate: LocalDate?
    /// The day OINP received the applicant's HCP application; decides which rulebook applies.
    public var hcpApplicationReceivedDate: LocalDate?
    /// Steps 3 and 4: the Express Entry profile, OINP e-filing, nomination and the PR application.
    public var filing: Filing
    /// The route the user chose in step 2 (nil = take the proposed one; see `RouteRules`).
    public var chosenRoute: Route?
    /// The Ontario Workforce Priority answers (step 3 on the OWP route).
    public var owp: OWPApplication

    // MARK: Document checklist
    /// Countries other than Canada where the applicant stayed (police certificates, RULES.md §9, §10.2 #8).
    public var countriesLived: [CountryStay]
    /// The tracking state of checklist items (status, dates, note), by item key; see `Checklist`.
    public var documents: [DocumentRecord]

    public init(
        dateOfBirth: LocalDate? = nil,
        maritalStatus: MaritalStatus? = nil,
        spouse: Spouse = Spouse(),
        numberOfChildren: Int? = nil,
        children: [Child]? = nil,
        familySize: Int? = nil,
        education: Education = Education(),
        languageTests: [LanguageTest] = [],
        firstOfficialLanguage: OfficialLanguage? = nil,
        workExperience: [WorkExperience] = [],
        certificateOfQualification: Bool? = nil,
        jobOffer: JobOffer = JobOffer(),
        siblingInCanada: Bool? = nil,
        relativeInCanada: Bool? = nil,
        settlementFundsCAD: Double? = nil,
        countryOfResidence: String? = nil,
        legalStatusInCanada: LegalStatus? = nil,
        intendsToLiveInOntario: Bool? = nil,
        ontarioTies: [OntarioTie] = [],
        federalProgram: FederalProgram? = nil,
        expressEntryProfileDate: LocalDate? = nil,
        noiDate: LocalDate? = nil,
        hcpApplicationReceivedDate: LocalDate? = nil,
        filing: Filing = Filing(),
        chosenRoute: Route? = nil,
        owp: OWPApplication = OWPApplication(),
        countriesLived: [CountryStay] = [],
        documents: [DocumentRecord] = []
    ) {
        self.dateOfBirth = dateOfBirth
        self.maritalStatus = maritalStatus
        self.spouse = spouse
        self.children = children ?? numberOfChildren.map { Array(repeating: Child(), count: max(0, min($0, Child.maximumCount))) }
        self.familySize = familySize
        self.education = education
        self.languageTests = languageTests
        self.firstOfficialLanguage = firstOfficialLanguage
        self.workExperience = workExperience
        self.certificateOfQualification = certificateOfQualification
        self.jobOffer = jobOffer
        self.siblingInCanada = siblingInCanada
        self.relativeInCanada = relativeInCanada
        self.settlementFundsCAD = settlementFundsCAD
        self.countryOfResidence = countryOfResidence
        self.legalStatusInCanada = legalStatusInCanada
        self.intendsToLiveInOntario = intendsToLiveInOntario
        self.ontarioTies = ontarioTies
        self.federalProgram = federalProgram
        self.expressEntryProfileDate = expressEntryProfileDate
        self.noiDate = noiDate
        self.hcpApplicationReceivedDate = hcpApplicationReceivedDate
        self.filing = filing
        self.chosenRoute = chosenRoute
        self.owp = owp
        self.countriesLived = countriesLived
        self.documents = documents
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case dateOfBirth, maritalStatus, spouse, numberOfChildren, children, familySize, education, languageTests,
             firstOfficialLanguage, workExperience, certificateOfQualification, jobOffer,
             siblingInCanada, relativeInCanada, settlementFundsCAD,
             countryOfResidence, legalStatusInCanada, intendsToLiveInOntario, ontarioTies, federalProgram,
             expressEntryProfileDate, noiDate, hcpApplicationReceivedDate, filing, chosenRoute, owp,
             countriesLived, documents
        case legacyProvincialNominationAccepted = "provincialNominationAccepted"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        dateOfBirth = try c.decodeIfPresent(LocalDate.self, forKey: .dateOfBirth)
        maritalStatus = try c.decodeIfPresent(MaritalStatus.self, forKey: .maritalStatus)
        spouse = try c.decodeIfPresent(Spouse.self, forKey: .spouse) ?? Spouse()
        children = try c.decodeIfPresent([Child].self, forKey: .children)
        // Written beside the list (for people and scripts that read the file), so it is read here too:
        // a count that disagrees with the list is a damaged file, not a choice between the two.
        let count = try c.decodeIfPresent(Int.self, forKey: .numberOfChildren)
        if let kids = children, let n = count, n != kids.count {
            throw DecodingError.dataCorruptedError(forKey: .numberOfChildren, in: c, debugDescription: "\(n) does not match the \(kids.count) children listed under \"children\"")
        }
        if children == nil, let n = count {
            // Profiles written before the children's dates of birth were asked: the count alone.
            guard (0...Child.maximumCount).contains(n) else {
                // Said here: the count is kept as a list, which cannot hold what it cannot mean.
                throw DecodingError.dataCorruptedError(forKey: .numberOfChildren, in: c, debugDescription: "\(n) is outside 0 to \(Child.maximumCount)")
            }
            numberOfChildren = n
        }
        familySize = try c.decodeIfPresent(Int.self, forKey: .familySize)
        education = try c.decodeIfPresent(Education.self, forKey: .education) ?? Education()
        languageTests = try c.decodeIfPresent([LanguageTest].self, forKey: .languageTests) ?? []
        firstOfficialLanguage = try c.decodeIfPresent(OfficialLanguage.self, forKey: .firstOfficialLanguage)
        workExperience = try c.decodeIfPresent([WorkExperience].self, forKey: .workExperience) ?? []
        certificateOfQualification = try c.decodeIfPresent(Bool.self, forKey: .certificateOfQualification)
        jobOffer = try c.decodeIfPresent(JobOffer.self, forKey: .jobOffer) ?? JobOffer()
        siblingInCanada = try c.decodeIfPresent(Bool.self, forKey: .siblingInCanada)
        relativeInCanada = try c.decodeIfPresent(Bool.self, forKey: .relativeInCanada)
        settlementFundsCAD = try c.decodeIfPresent(Double.self, forKey: .settlementFundsCAD)
        countryOfResidence = try c.decodeIfPresent(String.self, forKey: .countryOfResidence)
        legalStatusInCanada = try c.decodeIfPresent(LegalStatus.self, forKey: .legalStatusInCanada)
        intendsToLiveInOntario = try c.decodeIfPresent(Bool.self, forKey: .intendsToLiveInOntario)
        ontarioTies = try c.decodeIfPresent([OntarioTie].self, forKey: .ontarioTies) ?? []
        federalProgram = try c.decodeIfPresent(FederalProgram.self, forKey: .federalProgram)
        expressEntryProfileDate = try c.decodeIfPresent(LocalDate.self, forKey: .expressEntryProfileDate)
        noiDate = try c.decodeIfPresent(LocalDate.self, forKey: .noiDate)
        hcpApplicationReceivedDate = try c.decodeIfPresent(LocalDate.self, forKey: .hcpApplicationReceivedDate)
        filing = try c.decodeIfPresent(Filing.self, forKey: .filing) ?? Filing()
        // Before 2026-12 a second key, `provincialNominationAccepted`, gave the 600 CRS points; the
        // accepted nomination of step 3 is now the only source. An old `true` without a date is kept
        // as an acceptance whose date was not recorded.
        if try c.decodeIfPresent(Bool.self, forKey: .legacyProvincialNominationAccepted) == true, filing.nominationAccepted == nil {
            filing.nominationAcceptedUndated = true
        }
        chosenRoute = try c.decodeIfPresent(Route.self, forKey: .chosenRoute)
        owp = try c.decodeIfPresent(OWPApplication.self, forKey: .owp) ?? OWPApplication()
        countriesLived = try c.decodeIfPresent([CountryStay].self, forKey: .countriesLived) ?? []
        documents = try c.decodeIfPresent([DocumentRecord].self, forKey: .documents) ?? []
    }
}

extension Profile {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(dateOfBirth, forKey: .dateOfBirth)
        try c.encodeIfPresent(maritalStatus, forKey: .maritalStatus)
        try c.encode(spouse, forKey: .spouse)
        // The count is written too, so a reader of the file sees it without counting entries.
        try c.encodeIfPresent(numberOfChildren, forKey: .numberOfChildren)
        try c.encodeIfPresent(children, forKey: .children)
        try c.encodeIfPresent(familySize, forKey: .familySize)
        try c.encode(education, forKey: .education)
        try c.encode(languageTests, forKey: .languageTests)
        try c.encodeIfPresent(firstOfficialLanguage, forKey: .firstOfficialLanguage)
        try c.encode(workExperience, forKey: .workExperience)
        try c.encodeIfPresent(certificateOfQualification, forKey: .certificateOfQualification)
        try c.encode(jobOffer, forKey: .jobOffer)
        try c.encodeIfPresent(siblingInCanada, forKey: .siblingInCanada)
        try c.encodeIfPresent(relativeInCanada, forKey: .relativeInCanada)
        try c.encodeIfPresent(settlementFundsCAD, forKey: .settlementFundsCAD)
        try c.encodeIfPresent(countryOfResidence, forKey: .countryOfResidence)
        try c.encodeIfPresent(legalStatusInCanada, forKey: .legalStatusInCanada)
        try c.encodeIfPresent(intendsToLiveInOntario, forKey: .intendsToLiveInOntario)
        try c.encode(ontarioTies, forKey: .ontarioTies)
        try c.encodeIfPresent(federalProgram, forKey: .federalProgram)
        try c.encodeIfPresent(expressEntryProfileDate, forKey: .expressEntryProfileDate)
        try c.encodeIfPresent(noiDate, forKey: .noiDate)
        try c.encodeIfPresent(hcpApplicationReceivedDate, forKey: .hcpApplicationReceivedDate)
        try c.encode(filing, forKey: .filing)
        try c.encodeIfPresent(chosenRoute, forKey: .chosenRoute)
        try c.encode(owp, forKey: .owp)
        try c.encode(countriesLived, forKey: .countriesLived)
        try c.encode(documents, forKey: .documents)
    }

    /// How many dependent children; setting it keeps the dates of birth already given.
    public var numberOfChildren: Int? {
        get { children?.count }
        set {
            guard let n = newValue else { children = nil; return }
            var kids = children ?? []
            let target = max(0, min(n, Child.maximumCount))
            if kids.count > target { kids.removeLast(kids.count - target) }
            while kids.count < target { kids.append(Child()) }
            children = kids
        }
    }

    /// A provincial nomination accepted in the Express Entry profile on or before `date` (600 CRS points).
    public func hasAcceptedNomination(on date: LocalDate) -> Bool {
        if let d = filing.nominationAccepted { return d <= date }
        return filing.nominationAcceptedUndated == true
    }
}

/// A dependent child (RULES.md §10.2: police certificates and medical exams depend on age).
public struct Child: Codable, Equatable, Sendable {
    public static let maximumCount = 30
    public var dateOfBirth: LocalDate?
    public init(dateOfBirth: LocalDate? = nil) { self.dateOfBirth = dateOfBirth }
}

// MARK: - Enumerations

public enum MaritalStatus: String, Codable, Sendable, CaseIterable {
    case single, married, commonLaw, separated, divorced, widowed

    /// Married or common-law: a spouse/partner exists (whether or not they come along).
    public var hasPartner: Bool { self == .married || self == .commonLaw }
}

/// The CRS/FSW education ladder (Canadian credential, or foreign credential with an ECA).
public enum EducationLevel: String, Codable, Sendable, CaseIterable, Comparable {
    case none
    case secondary
    case oneYear
    case twoYear
    case bachelorOrThreeYear
    case twoOrMoreOneThreeYear
    case mastersOrProfessional
    case doctoral

    public var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }

    /// A post-secondary credential of at least one year.
    public var isPostSecondary: Bool { self >= .oneYear }
}

public enum CanadianStudyCredential: String, Codable, Sendable, CaseIterable, Comparable {
    case none
    case oneOrTwoYear
    case threeYearOrMore

    public var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}

public enum OfficialLanguage: String, Codable, Sendable, CaseIterable {
    case english, french
}

public enum LanguageTestType: String, Codable, Sendable, CaseIterable {
    case ieltsGeneral, celpipGeneral, pteCore, tefCanada, tcfCanada

    public var language: OfficialLanguage {
        switch self {
        case .ieltsGeneral, .celpipGeneral, .pteCore: return .english
        case .tefCanada, .tcfCanada: return .french
        }
    }

    public var displayName: String {
        switch self {
        case .ieltsGeneral: return "IELTS General Training"
        case .celpipGeneral: return "CELPIP-General"
        case .pteCore: return "PTE Core"
        case .tefCanada: return "TEF Canada"
        case .tcfCanada: return "TCF Canada"
        }
    }

    /// Short name used in messages ("IELTS", "CELPIP"…).
    public var shortName: String {
        switch self {
        case .ieltsGeneral: return "IELTS"
        case .celpipGeneral: return "CELPIP"
        case .pteCore: return "PTE Core"
        case .tefCanada: return "TEF Canada"
        case .tcfCanada: return "TCF Canada"
        }
    }
}

public enum LanguageAbility: String, Codable, Sendable, CaseIterable {
    case reading, writing, listening, speaking
}

public enum LegalStatus: String, Codable, Sendable, CaseIterable {
    /// Not in Canada / no Canadian status.
    case none
    case worker
    case student
    case visitor
    /// Extension filed before the permit expired ("maintained" status).
    case implied
    case refugeeClaimant
    case citizenOrPR

    /// Present in Canada with a temporary status OINP accepted (visitor, student, worker, implied).
    public var isValidTemporaryStatus: Bool {
        [.worker, .student, .visitor, .implied].contains(self)
    }
}

/// A tie to Ontario that OINP weighed for the intention to live there (RULES.md §1.2 #10).
public enum OntarioTie: String, Codable, Sendable, CaseIterable {
    case work, jobOfferOrInterviews, study, family, home, visits, network

    public var label: String {
        switch self {
        case .work: return "Past or current work in Ontario"
        case .jobOfferOrInterviews: return "A job offer or job interviews in Ontario"
        case .study: return "Study in Ontario"
        case .family: return "Family or close friends in Ontario"
        case .home: return "A lease or property in Ontario"
        case .visits: return "Visits to Ontario"
        case .network: return "Professional networks or volunteering in Ontario"
        }
    }
}

public enum FederalProgram: String, Codable, Sendable, CaseIterable {
    case fswp, cec, undecided
}

// MARK: - Nested records

public struct Spouse: Codable, Equatable, Sendable {
    /// Comes to Canada with the applicant.
    public var accompanying: Bool?
    /// Already a Canadian citizen or permanent resident (then CRS counts the applicant as single).
    public var canadianCitizenOrPR: Bool?
    public var educationLevel: EducationLevel?
    public var languageTests: [LanguageTest]
    /// Years of skilled Canadian work experience (whole years count for CRS).
    public var canadianWorkYears: Double?
    /// Completed ≥2 academic years of full-time study in Canada (FSW adaptability).
    public var studiedInCanada: Bool?
    /// Countries other than Canada where the spouse stayed (the spouse's police certificates).
    public var countriesLived: [CountryStay]

    public init(accompanying: Bool? = nil, canadianCitizenOrPR: Bool? = nil, educationLevel: EducationLevel? = nil,
                languageTests: [LanguageTest] = [], canadianWorkYears: Double? = nil, studiedInCanada: Bool? = nil,
                countriesLived: [CountryStay] = []) {
        self.accompanying = accompanying
        self.canadianCitizenOrPR = canadianCitizenOrPR
        self.educationLevel = educationLevel
        self.languageTests = languageTests
        self.canadianWorkYears = canadianWorkYears
        self.studiedInCanada = studiedInCanada
        self.countriesLived = countriesLived
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case accompanying, canadianCitizenOrPR, educationLevel, languageTests, canadianWorkYears, studiedInCanada,
             countriesLived
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        accompanying = try c.decodeIfPresent(Bool.self, forKey: .accompanying)
        canadianCitizenOrPR = try c.decodeIfPresent(Bool.self, forKey: .canadianCitizenOrPR)
        educationLevel = try c.decodeIfPresent(EducationLevel.self, forKey: .educationLevel)
        languageTests = try c.decodeIfPresent([LanguageTest].self, forKey: .languageTests) ?? []
        canadianWorkYears = try c.decodeIfPresent(Double.self, forKey: .canadianWorkYears)
        studiedInCanada = try c.decodeIfPresent(Bool.self, forKey: .studiedInCanada)
        countriesLived = try c.decodeIfPresent([CountryStay].self, forKey: .countriesLived) ?? []
    }
}

public struct Education: Codable, Equatable, Sendable {
    /// Highest level on the CRS/FSW ladder.
    public var level: EducationLevel?
    /// The credential is Canadian (no ECA needed).
    public var isCanadian: Bool?
    /// A foreign credential has an Educational Credential Assessment from an IRCC-designated body.
    public var hasECA: Bool?
    public var ecaIssueDate: LocalDate?
    /// The day the highest credential was completed (an ECA cannot be issued before it).
    public var completionDate: LocalDate?
    /// The highest credential is a degree (bachelor's or higher) rather than a diploma; HCP needs a degree.
    public var isDegree: Bool?
    /// Canadian post-secondary credential (CRS additional points).
    public var canadianCredential: CanadianStudyCredential?
    /// Completed ≥2 academic years of full-time study in Canada (FSW adaptability).
    public var studiedInCanadaTwoYears: Bool?

    public init(level: EducationLevel? = nil, isCanadian: Bool? = nil, hasECA: Bool? = nil, ecaIssueDate: LocalDate? = nil,
                isDegree: Bool? = nil, canadianCredential: CanadianStudyCredential? = nil, studiedInCanadaTwoYears: Bool? = nil,
                completionDate: LocalDate? = nil) {
        self.completionDate = completionDate
        self.level = level
        self.isCanadian = isCanadian
        self.hasECA = hasECA
        self.ecaIssueDate = ecaIssueDate
        self.isDegree = isDegree
        self.canadianCredential = canadianCredential
        self.studiedInCanadaTwoYears = studiedInCanadaTwoYears
    }

    /// The ECA (if any) is still within `validityYears` of its issue date on `date`.
    public func ecaValid(on date: LocalDate, validityYears: Int = 5) -> Bool? {
        guard let issued = ecaIssueDate else { return nil }
        return date < issued.adding(years: validityYears)
    }
}

public struct LanguageScores: Codable, Equatable, Sendable {
    public var reading: Double?
    public var writing: Double?
    public var listening: Double?
    public var speaking: Double?

    public init(reading: Double? = nil, writing: Double? = nil, listening: Double? = nil, speaking: Double? = nil) {
        self.reading = reading
        self.writing = writing
        self.listening = listening
        self.speaking = speaking
    }

    public subscript(ability: LanguageAbility) -> Double? {
        get {
            switch ability {
            case .reading: return reading
            case .writing: return writing
            case .listening: return listening
            case .speaking: return speaking
            }
        }
        set {
            switch ability {
            case .reading: reading = newValue
            case .writing: writing = newValue
            case .listening: listening = newValue
            case .speaking: speaking = newValue
            }
        }
    }

    public var isComplete: Bool { LanguageAbility.allCases.allSatisfy { self[$0] != nil } }
}

public struct LanguageTest: Codable, Equatable, Sendable {
    public var type: LanguageTestType
    public var testDate: LocalDate?
    /// The date on the result; validity (2 years) runs from it. Falls back to `testDate` when absent.
    public var resultDate: LocalDate?
    public var scores: LanguageScores

    public init(type: LanguageTestType, testDate: LocalDate? = nil, resultDate: LocalDate? = nil, scores: LanguageScores = LanguageScores()) {
        self.type = type
        self.testDate = testDate
        self.resultDate = resultDate
        self.scores = scores
    }

    public var language: OfficialLanguage { type.language }

    enum CodingKeys: String, CodingKey { case type, testDate, resultDate, scores }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        type = try c.decode(LanguageTestType.self, forKey: .type)
        testDate = try c.decodeIfPresent(LocalDate.self, forKey: .testDate)
        resultDate = try c.decodeIfPresent(LocalDate.self, forKey: .resultDate)
        scores = try c.decodeIfPresent(LanguageScores.self, forKey: .scores) ?? LanguageScores()
    }
}

public struct WorkExperience: Codable, Equatable, Sendable {
    /// NOC 2021 code, five digits (e.g. "21231").
    public var nocCode: String?
    public var title: String?
    public var startDate: LocalDate?
    /// nil = ongoing.
    public var endDate: LocalDate?
    public var hoursPerWeek: Double?
    public var country: String?
    public var paid: Bool?
    public var inCanada: Bool?
    public var selfEmployed: Bool?
    public var whileFullTimeStudent: Bool?

    public init(nocCode: String? = nil, title: String? = nil, startDate: LocalDate? = nil, endDate: LocalDate? = nil,
                hoursPerWeek: Double? = nil, country: String? = nil, paid: Bool? = nil, inCanada: Bool? = nil,
                selfEmployed: Bool? = nil, whileFullTimeStudent: Bool? = nil) {
        self.nocCode = nocCode
        self.title = title
        self.startDate = startDate
        self.endDate = endDate
        self.hoursPerWeek = hoursPerWeek
        self.country = country
        self.paid = paid
        self.inCanada = inCanada
        self.selfEmployed = selfEmployed
        self.whileFullTimeStudent = whileFullTimeStudent
    }

    /// TEER category (0–5) from the second digit of a five-digit NOC 2021 code.
    public var teer: Int? { Self.teer(ofNOC: nocCode) }

    /// Skilled for Express Entry: TEER 0, 1, 2 or 3.
    public var isSkilled: Bool? { teer.map { $0 <= 3 } }

    public static func teer(ofNOC code: String?) -> Int? {
        guard let code else { return nil }
        // The common case, five ASCII digits and nothing else, without Foundation's trimming.
        let u = code.utf8
        if u.count == 5, u.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            let t = Int(u[u.index(after: u.startIndex)] - 0x30)
            return t <= 5 ? t : nil
        }
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        guard trimmed.count == 5,
              trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let digit = trimmed[trimmed.index(after: trimmed.startIndex)]
        guard let t = digit.wholeNumberValue, (0...5).contains(t) else { return nil }
        return t
    }
}

public struct JobOffer: Codable, Equatable, Sendable {
    /// Holds a qualifying full-time, permanent job offer.
    public var hasOffer: Bool?
    public var nocCode: String?
    /// TEER of the offered job; derived from `nocCode` when absent.
    public var teer: Int?
    /// Supported by an LMIA or exempt from one.
    public var lmiaOrExempt: Bool?
    /// The employer and the job are in Ontario.
    public var inOntario: Bool?
    public var fullTimePermanent: Bool?
    /// The applicant is currently authorized to work in Canada (funds exemption with a job offer).
    public var currentlyAuthorizedToWork: Bool?

    public init(hasOffer: Bool? = nil, nocCode: String? = nil, teer: Int? = nil, lmiaOrExempt: Bool? = nil,
                inOntario: Bool? = nil, fullTimePermanent: Bool? = nil, currentlyAuthorizedToWork: Bool? = nil) {
        self.hasOffer = hasOffer
        self.nocCode = nocCode
        self.teer = teer
        self.lmiaOrExempt = lmiaOrExempt
        self.inOntario = inOntario
        self.fullTimePermanent = fullTimePermanent
        self.currentlyAuthorizedToWork = currentlyAuthorizedToWork
    }

    /// From the NOC code the question asks; an imported `teer` is used only when no code is given.
    public var effectiveTEER: Int? { WorkExperience.teer(ofNOC: nocCode) ?? teer }

    /// NOC major group 00 (senior managers).
    public var isSeniorManager: Bool { nocCode?.hasPrefix("00") ?? false }
}

// MARK: - Helpers

extension Profile {
    /// The spouse counts for CRS "with spouse" columns: partner exists, comes along, and is not a citizen/PR.
    /// nil while any of those answers is missing.
    public var hasScoringSpouse: Bool? {
        guard let m = maritalStatus else { return nil }
        guard m.hasPartner else { return false }
        guard let acc = spouse.accompanying else { return nil }
        guard acc else { return false }
        guard let cpr = spouse.canadianCitizenOrPR else { return nil }
        return !cpr
    }

    /// Family size for settlement funds: applicant + partner (even if not coming) + children, always
    /// derived from the answers (IRCC counts the spouse and all dependent children, RULES.md §7).
    public var effectiveFamilySize: Int? {
        guard let m = maritalStatus, let kids = numberOfChildren else { return nil }
        return 1 + (m.hasPartner ? 1 : 0) + kids
    }

    public func age(on date: LocalDate) -> Int? { dateOfBirth?.age(on: date) }

    public var isInCanada: Bool? {
        if let s = legalStatusInCanada { return s != .none }
        if let c = countryOfResidence { return ["CA", "CANADA"].contains(c.uppercased()) }
        return nil
    }
}
