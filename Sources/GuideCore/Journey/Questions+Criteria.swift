/// Step 1: everything the criteria, the FSW grid and the CRS need.
extension Questionnaire {
    static let hasPartner: @Sendable (Profile) -> Bool = { $0.maritalStatus?.hasPartner == true }
    static let spouseScores: @Sendable (Profile) -> Bool = { $0.hasScoringSpouse == true }
    static let foreignEducation: @Sendable (Profile) -> Bool = { $0.education.isCanadian == false }
    /// The spouse is a family member for the PR application (not already a citizen or PR).
    static let spouseIsFamilyMember: @Sendable (Profile) -> Bool = { hasPartner($0) && $0.spouse.canadianCitizenOrPR == false }
    static let hasChildren: @Sendable (Profile) -> Bool = { ($0.numberOfChildren ?? 0) > 0 }

    static let criteria: [Question] = [
        Question(
            id: "dateOfBirth", step: .criteria,
            prompt: "What is your date of birth?",
            help: "As in your passport, in the form YYYY-MM-DD. Age counts in both the FSW grid (12 points at 18–35) and the CRS (most points at 20–29); it is measured on the day your profile or application is assessed.",
            kind: .date,
            clear: { $0.dateOfBirth = nil },
            read: { $0.dateOfBirth?.description },
            write: { profile, text, today in
                switch AnswerParsing.date(text) {
                case .failure(let m): return m.description
                case .success(let date):
                    if date > today { return "\(date) is in the future; today is \(today)." }
                    if date.age(on: today) > 120 { return "\(date) would make you \(date.age(on: today)); check the year." }
                    profile.dateOfBirth = date
                    return nil
                }
            },
            note: { p, today in p.dateOfBirth.map { "You are \($0.age(on: today)) on \(today)." } }),
        Ask.choice("maritalStatus", .criteria, "What is your marital status?",
                   help: "Married or common-law (living together for at least 12 months) means a spouse or partner. Whether they come with you, and whether they are already a Canadian citizen or permanent resident, changes how the CRS counts you.",
                   at: \.maritalStatus,
                   [(.single, "Never married / single"), (.married, "Married"), (.commonLaw, "Common-law"),
                    (.separated, "Legally separated"), (.divorced, "Divorced"), (.widowed, "Widowed")]),
        Ask.yesNo("spouseCitizenOrPR", .criteria, "Is your spouse or partner a Canadian citizen or permanent resident?",
                  help: "If yes, the CRS scores you as a single applicant (no spouse factors). The spouse still counts in your family size for settlement funds.",
                  at: \.spouse.canadianCitizenOrPR, shown: hasPartner),
        Ask.yesNo("spouseAccompanying", .criteria, "Will your spouse or partner come with you to Canada?",
                  help: "A spouse who does not come along is not scored (the CRS uses the columns without a spouse), but still counts in your family size for settlement funds.",
                  at: \.spouse.accompanying, shown: { hasPartner($0) && $0.spouse.canadianCitizenOrPR == false }),
        Ask.choice("spouseEducation", .criteria, "What is your spouse's or partner's highest education?",
                   help: "Canadian credential, or a foreign one with an Educational Credential Assessment (ECA). Up to 10 CRS points.",
                   at: \.spouse.educationLevel, educationOptions, shown: spouseScores),
        Ask.integer("spouseCanadianWork", .criteria, "How many full years of skilled work in Canada does your spouse or partner have?",
                    help: "Skilled means TEER 0, 1, 2 or 3, full-time or equal part-time, in the last 10 years. 0 if none. Up to 10 CRS points.",
                    at: \.spouseCanadianWorkYearsInt, range: 0...50, shown: spouseScores),
        Ask.yesNo("spouseStudiedInCanada", .criteria, "Did your spouse or partner study full time in Canada for at least two academic years?",
                  help: "Secondary or post-secondary, at least 15 hours a week, in a program of at least two years, in good standing. Worth 5 FSW adaptability points.",
                  at: \.spouse.studiedInCanada, shown: spouseScores),
        Ask.integer("numberOfChildren", .criteria, "How many dependent children do you have?",
                    help: "Your children and your spouse's or partner's children, whether or not they come with you, and even if they are Canadian citizens or permanent residents: they all count in the family size for settlement funds. 0 if none.",
                    at: \.numberOfChildren, range: 0...20),
        childrenBirthDates,
        Ask.choice("educationLevel", .criteria, "What is your highest level of education?",
                   help: "Count a foreign credential at the level your Educational Credential Assessment (ECA) states. Human Capital Priorities asked for a bachelor's degree or higher; the FSW grid and the CRS give points at every level.",
                   at: \.education.level, educationOptions),
        Ask.yesNo("educationCanadian", .criteria, "Is that credential Canadian?",
                  help: "A Canadian credential needs no ECA. A foreign one needs an ECA from an IRCC-designated organization.",
                  at: \.education.isCanadian, shown: { ($0.education.level ?? .none) > .none }),
        Ask.yesNo("educationIsDegree", .criteria, "Is it a degree (bachelor's or higher), rather than a diploma or certificate?",
                  help: "The CRS counts a 3-year diploma like a bachelor's degree, but Human Capital Priorities asked for a degree.",
                  at: \.education.isDegree, shown: { [.bachelorOrThreeYear, .twoOrMoreOneThreeYear].contains($0.education.level) }),
        Question(id: "educationCompleted", step: .criteria, prompt: "When did you complete that credential? (blank if you do not know)",
                 help: "The date on the diploma or transcript. An ECA can only be issued after the credential was completed.",
                 kind: .date, isRequired: false, isShown: { ($0.education.level ?? .none) > .secondary },
                 clear: { $0.education.completionDate = nil },
                 read: { $0.education.completionDate?.description },
                 write: { p, text, today in
                     if text.trimmingCharacters(in: .whitespaces).isEmpty { p.education.completionDate = nil; return nil }
                     switch AnswerParsing.date(text) {
                     case .failure(let m): return m.description
                     case .success(let d):
                         if d > today { return "\(d) is in the future; today is \(today). Leave it blank if you are still studying." }
                         if let eca = p.education.ecaIssueDate, eca < d { return "Your ECA is dated \(eca), before \(d); an ECA comes after the credential. Check both dates." }
                         p.education.completionDate = d
                         return nil
                     }
                 }),
        Ask.yesNo("educationHasECA", .criteria, "Do you have an Educational Credential Assessment (ECA) for it?",
                  help: "An ECA from an IRCC-designated organization (WES, ICES, IQAS, CES, ICAS, and others) is valid for \(Deadlines.period("ecaValidity")) from its issue date.",
                  at: \.education.hasECA, shown: foreignEducation),
        checkedAgainstCompletion(Ask.date("ecaIssueDate", .criteria, "On what date was your ECA issued?",
                 help: "The date on the ECA report. It is valid for \(Deadlines.period("ecaValidity")); it must still be valid when OINP receives your application and when IRCC assesses your profile.",
                 at: \.education.ecaIssueDate, shown: { foreignEducation($0) && $0.education.hasECA == true },
                 note: { p, today in
                     guard let issued = p.education.ecaIssueDate else { return nil }
                     return Deadline.describe("ECA valid until", issued.adding(years: 5), today: today)
                 })),
        Ask.choice("canadianCredential", .criteria, "Have you completed post-secondary studies in Canada?",
                   help: "A Canadian credential earns 15 CRS points (1 or 2 years) or 30 (3 years or more, or a master's, professional or doctoral degree).",
                   at: \.education.canadianCredential,
                   [(.none, "No"), (.oneOrTwoYear, "Yes, a 1- or 2-year credential"), (.threeYearOrMore, "Yes, 3 years or more, or a graduate degree")]),
        Ask.yesNo("studiedInCanadaTwoYears", .criteria, "Did you study full time in Canada for at least two academic years?",
                  help: "Secondary or post-secondary, at least 15 hours a week, in a program of at least two years, in good standing. Worth 5 adaptability points in the FSW grid.",
                  at: \.education.studiedInCanadaTwoYears),
        Ask.choice("firstOfficialLanguage", .criteria, "Which official language is your first (strongest)?",
                   help: "The CRS and FSW score your first official language most. Choose the one with your best test results.",
                   at: \.firstOfficialLanguage, [(.english, "English"), (.french, "French")]),
    ]

    /// The ECA date may not come before the credential's completion (a consultant's first check).
    static func checkedAgainstCompletion(_ q: Question) -> Question {
        q.withWrite { original, p, text, today in
            if let done = p.education.completionDate, case .success(let d) = AnswerParsing.date(text), d < done {
                return "\(d) is before you completed the credential (\(done)); an ECA comes after it. Check both dates."
            }
            return original(&p, text, today)
        }
    }

    static let educationOptions: [(EducationLevel, String)] = [
        (.none, "Less than secondary school"), (.secondary, "Secondary school diploma"),
        (.oneYear, "One-year post-secondary credential"), (.twoYear, "Two-year post-secondary credential"),
        (.bachelorOrThreeYear, "Bachelor's degree, or a program of 3+ years"),
        (.twoOrMoreOneThreeYear, "Two or more credentials, one of 3+ years"),
        (.mastersOrProfessional, "Master's, or a licensed professional degree"), (.doctoral, "Doctoral degree (PhD)"),
    ]

    static let criteriaAfterLists: [Question] = [
        Ask.yesNo("certificateOfQualification", .criteria, "Do you hold a certificate of qualification in a trade from a Canadian province or territory?",
                  help: "Only for skilled trades. Worth up to 50 CRS skill-transferability points with good language results.",
                  at: \.certificateOfQualification),
        Ask.yesNo("jobOffer", .criteria, "Do you have a full-time, permanent job offer in Canada?",
                  help: "A valid job offer of at least one year, TEER 0–3, backed by an LMIA or exempt from one. Since 2025-03-25 it no longer earns CRS points, but it still counts in the FSW grid and is required by Ontario's new Workforce Priority stream.",
                  at: \.jobOffer.hasOffer),
        Ask.text("jobOfferNOC", .criteria, "What is the NOC 2021 code of the offered job?",
                 help: "Five digits, for example 21231 (software engineers and designers). The second digit is the TEER category.",
                 at: \.jobOffer.nocCode, maxLength: 5, shown: { $0.jobOffer.hasOffer == true }, validate: NOCCode.problem),
        Ask.yesNo("jobOfferInOntario", .criteria, "Is the job in Ontario?",
                  help: "Ontario's Workforce Priority stream needs a job offer from an eligible Ontario employer registered with OINP.",
                  at: \.jobOffer.inOntario, shown: { $0.jobOffer.hasOffer == true }),
        Ask.yesNo("jobOfferLMIA", .criteria, "Is the offer supported by an LMIA, or exempt from one?",
                  help: "A Labour Market Impact Assessment, or an exemption (for example some work permits tied to the employer).",
                  at: \.jobOffer.lmiaOrExempt, shown: { $0.jobOffer.hasOffer == true }),
        Ask.yesNo("jobOfferAuthorized", .criteria, "Are you authorized to work in Canada now (a valid work permit, say)?",
                  help: "With a valid job offer and a current authorization to work in Canada, FSW applicants need not prove settlement funds.",
                  at: \.jobOffer.currentlyAuthorizedToWork, shown: { $0.jobOffer.hasOffer == true }),
        Ask.yesNo("siblingInCanada", .criteria, "Do you or your spouse have a brother or sister in Canada, 18 or older, who is a citizen or permanent resident?",
                  help: "By blood, adoption, marriage or common-law. Worth 15 CRS points, even if there are several.",
                  at: \.siblingInCanada),
        Ask.yesNo("relativeInCanada", .criteria, "Do you or your spouse have another relative in Canada who is 18+ and a citizen or permanent resident?",
                  help: "Parent, grandparent, child, grandchild, sibling, aunt or uncle, niece or nephew, living in Canada. Worth 5 FSW adaptability points.",
                  at: \.relativeInCanada),
        Ask.amount("settlementFunds", .criteria, "How much money can you show for settling in Canada (CAD)?",
                   help: "Unencumbered money you can prove with bank letters: not borrowed, not home equity. The amount needed depends on family size and the date (IRCC's proof-of-funds table).",
                   at: \.settlementFundsCAD,
                   note: { p, today in
                       guard let size = p.effectiveFamilySize, let need = FundsRules.requirement(familySize: size, on: today) else { return nil }
                       return "Needed for a family of \(size) on \(today): CAD \(need.amount)" + (need.unverified ? " (UNVERIFIED: the newest table found may be out of date)." : ".")
                   }),
        Ask.text("countryOfResidence", .criteria, "In which country do you live now?",
                 help: "The country name, for example India, or Canada. If you live in Canada, the next question asks about your status.",
                 at: \.countryOfResidence, maxLength: 100),
        countriesLived,
        spouseCountriesLived,
        Ask.choice("legalStatus", .criteria, "What is your status in Canada?",
                   help: "OINP required a valid status (visitor, student or worker; implied status counted) for applicants living in Canada, kept until nomination.",
                   at: \.legalStatusInCanada,
                   [(.none, "None: I live outside Canada"), (.worker, "Work permit"), (.student, "Study permit"),
                    (.visitor, "Visitor record"), (.implied, "Implied (maintained) status: extension applied for in time"),
                    (.refugeeClaimant, "Refugee claimant"), (.citizenOrPR, "Canadian citizen or permanent resident")]),
        Ask.yesNo("intendsOntario", .criteria, "Do you intend to live in Ontario?",
                  help: "Ontario's streams require it. Ties count: past or current work or study in Ontario, a job offer or interviews, family, a lease, visits.",
                  at: \.intendsToLiveInOntario),
        Question(id: "ontarioTies", step: .criteria, prompt: "Which ties do you have to Ontario? (tick all that apply)",
                 help: "OINP weighed ties like these when judging the intention to live in Ontario. Space ticks or unticks; Enter saves. None is a valid answer.",
                 kind: .multiChoice(OntarioTie.allCases.map { Question.Choice($0.rawValue, $0.label) }), isRequired: false,
                 isShown: { $0.intendsToLiveInOntario == true },
                 clear: { $0.ontarioTies = [] },
                 read: { p in p.ontarioTies.isEmpty ? nil : p.ontarioTies.map(\.rawValue).joined(separator: ",") },
                 write: { p, text, _ in
                     let values = text.split(separator: ",").map(String.init)
                     let ties = values.compactMap(OntarioTie.init(rawValue:))
                     guard ties.count == values.count else { return "Tick the ties from the list." }
                     p.ontarioTies = ties
                     return nil
                 }),
        Ask.choice("federalProgram", .criteria, "Under which federal program would you enter Express Entry?",
                   help: "Federal Skilled Worker (FSWP: 67 points, foreign or Canadian experience) or Canadian Experience Class (CEC: a year of skilled work in Canada in the last 3 years). Choose 'Not sure' to see both assessed.",
                   at: \.federalProgram, [(.fswp, "Federal Skilled Worker (FSWP)"), (.cec, "Canadian Experience Class (CEC)"), (.undecided, "Not sure yet")]),
    ]
}

extension Profile {
    /// The spouse's Canadian work in whole years, as the question asks it.
    var spouseCanadianWorkYearsInt: Int? {
        get { spouse.canadianWorkYears.map { Int($0) } }
        set { spouse.canadianWorkYears = newValue.map(Double.init) }
    }
}

/// NOC 2021 codes: five digits, the second one the TEER category.
enum NOCCode {
    static func problem(_ code: String) -> String? {
        guard code.count == 5, code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return "A NOC 2021 code has five digits, for example 21231."
        }
        guard WorkExperience.teer(ofNOC: code) != nil else { return "\(code) has no TEER category 0–5 in its second digit." }
        return nil
    }
}

/// Deadlines shown as a date and as days left.
public enum Deadline {
    public static func describe(_ label: String, _ date: LocalDate, today: LocalDate) -> String {
        let days = today.days(until: date)
        switch days {
        case 0: return "\(label) \(date): today."
        case 1: return "\(label) \(date): 1 day left."
        case 2...: return "\(label) \(date): \(days) days left."
        case -1: return "\(label) \(date): passed yesterday."
        default: return "\(label) \(date): passed \(-days) days ago."
        }
    }
}
