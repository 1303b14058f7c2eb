/// What happened after the profile: the Express Entry profile, Ontario's Notification of Interest,
/// the OINP application and nomination (step 3), and the PR application to IRCC (step 4).
/// Every field is optional: these answers arrive over months.
public struct Filing: Codable, Equatable, Sendable {
    // MARK: Step 3: Express Entry profile and OINP e-filing
    /// IRCC's Express Entry profile number (kept as typed; its format is not published).
    public var expressEntryProfileNumber: String?
    /// The Job Seeker Validation Code from the "welcome to the pool" letter (treated as opaque).
    public var jobSeekerValidationCode: String?
    /// Ontario sent a Notification of Interest under Human Capital Priorities.
    public var receivedNOI: Bool?
    /// The day the OINP application was submitted in the e-Filing Portal.
    public var oinpApplicationSubmitted: LocalDate?
    /// The OINP processing fee was paid with the application.
    public var oinpFeePaid: Bool?
    /// The day the nomination appeared in the Express Entry account.
    public var nominationDate: LocalDate?
    /// The day the nomination was accepted in the Express Entry account.
    public var nominationAccepted: LocalDate?
    /// Set only when an old profile said the nomination was accepted without giving the day
    /// (the former `provincialNominationAccepted` key); answering the acceptance date clears it.
    public var nominationAcceptedUndated: Bool?

    // MARK: Step 4: PR application
    /// IRCC sent an Invitation to Apply.
    public var receivedITA: Bool?
    public var itaDate: LocalDate?
    /// The kind of round the ITA came from.
    public var itaRound: ITARound?
    public var prFeesPaid: Bool?
    /// The day biometrics were given (after the Biometric Instruction Letter).
    public var biometricsDate: LocalDate?
    /// The day of the immigration medical exam.
    public var medicalExamDate: LocalDate?
    public var policeCertificatesObtained: Bool?
    /// The day the e-APR was submitted to IRCC.
    public var prApplicationSubmitted: LocalDate?
    /// The day IRCC acknowledged receipt (AOR).
    public var acknowledgementOfReceipt: LocalDate?

    public init() {}
}

/// The kind of Express Entry round an invitation came from (RULES.md §11b).
public enum ITARound: String, Codable, Sendable, CaseIterable {
    case allPrograms, cec, fsw, category, pnp, other

    public var humanLabel: String {
        switch self {
        case .allPrograms: return "a round for all programs"
        case .cec: return "a Canadian Experience Class round"
        case .fsw: return "a Federal Skilled Worker round"
        case .category: return "a category-based round"
        case .pnp: return "a Provincial Nominee Program round"
        case .other: return "another round"
        }
    }
}
