/// Steps 2–4: the stream choice, OINP e-filing and the PR application.
extension Questionnaire {
    static let stream: [Question] = [
        Ask.date("hcpApplicationReceived", .stream, "If OINP already received your Human Capital Priorities application, on what date? (blank if not)",
                 help: "Human Capital Priorities closed on 2026-05-30. Applications OINP received before then are still assessed under the rules in force when received. Leave it empty if you never applied.",
                 at: \.hcpApplicationReceivedDate, required: false),
    ]

    /// Step 3 is Ontario's: HCP's NOI questions on the HCP route, OWP's on the OWP route, and
    /// nothing on federal Express Entry alone (the step is "not needed" there).
    static let onHCPRoute: @Sendable (Profile) -> Bool = { journeyRoute($0) == .hcp }
    static let ontarioStepApplies: @Sendable (Profile) -> Bool = { journeyRoute($0) != .federal }

    /// The route whose step-3 questions are asked. Unlike the rules' route (`RouteRules.decide`) it
    /// needs no date: the questions follow the facts entered (an HCP application or NOI, an Ontario
    /// TEER 0-3 offer, a nomination) or the route chosen in step 2, so evaluating on another date
    /// never hides an answer already given. Step 3's summary says when the rules' route differs.
    public static func journeyRoute(_ p: Profile) -> Route {
        if let c = p.chosenRoute { return c }
        if p.hcpApplicationReceivedDate != nil || p.noiDate != nil || p.filing.receivedNOI == true || p.filing.oinpApplicationSubmitted != nil { return .hcp }
        let o = p.jobOffer
        if o.hasOffer == true, o.inOntario == true, (o.effectiveTEER ?? 0) <= 3 { return .owp }
        if p.filing.nominationDate != nil || p.filing.nominationAcceptedUndated == true { return .owp }
        return .federal
    }
    static let hadNOI: @Sendable (Profile) -> Bool = { onHCPRoute($0) && $0.filing.receivedNOI == true }
    static let hadITA: @Sendable (Profile) -> Bool = { $0.filing.receivedITA == true }

    static let oinp: [Question] = [
        Ask.yesNo("receivedNOI", .oinp, "Did Ontario send you a Notification of Interest (NOI) under Human Capital Priorities?",
                  help: "The NOI arrives in your IRCC account. Ontario chose candidates from the pool; no NOI can be issued after the stream closed on 2026-05-30.",
                  at: \.filing.receivedNOI, shown: onHCPRoute),
        Ask.date("noiDate", .oinp, "On what date was the NOI issued?",
                 help: "OINP had to receive your complete application within \(Deadlines.period("noiToApplication")) of this date; late files were returned.",
                 at: \.noiDate, shown: hadNOI,
                 note: { p, today in p.noiDate.flatMap { Deadlines.note("noiToApplication", "OINP must receive your application by", from: $0, today: today) } }),
        recordingReceipt(Ask.date("oinpSubmitted", .oinp, "On what date did you submit your application in the OINP e-Filing Portal?",
                 help: "Enter it once submitted. OINP assesses it under the rules in force on the day it was received; if step 2 has no date of receipt yet, this date is used for it.",
                 at: \.filing.oinpApplicationSubmitted, shown: hadNOI,
                 note: { p, _ in Deadlines.submittedNote("noiToApplication", from: p.noiDate, sent: p.filing.oinpApplicationSubmitted) })),
        Ask.yesNo("oinpFeePaid", .oinp, "Did you pay the OINP processing fee?",
                  help: "Paid online during e-filing. It is not refunded once processing starts.",
                  at: \.filing.oinpFeePaid, shown: hadNOI),
    ]

    /// The nomination, on either Ontario route: the one record of it, and so of the 600 CRS points.
    static let nomination: [Question] = [
        Ask.date("nominationDate", .oinp, "On what date did Ontario nominate you? (blank if not yet)",
                 help: "Through Express Entry the nomination appears in your Express Entry account, and you have \(Deadlines.period("nominationAcceptance")) to accept or decline it there. An OWP base nomination (outside Express Entry) comes as a certificate, valid \(Deadlines.period("owpNominationCertificateValidity")).",
                 at: \.filing.nominationDate, required: false, shown: ontarioStepApplies,
                 note: { p, today in
                     guard let n = p.filing.nominationDate else { return nil }
                     if p.owp.nominationThroughExpressEntry == false, onOWPRoute(p) {
                         return Deadlines.note("owpNominationCertificateValidity", "Your nomination certificate expires", from: n, today: today)
                     }
                     guard p.filing.nominationAccepted == nil else { return nil }
                     return Deadlines.note(onOWPRoute(p) ? "owpNominationAcceptance" : "nominationAcceptance", "Accept the nomination by", from: n, today: today)
                 }),
        acceptance(Ask.date("nominationAccepted", .oinp, "On what date did you accept the nomination? (blank if not yet)",
                 help: "Accepting it in your Express Entry account adds 600 CRS points, from the day you accept; IRCC issues a confirmation letter and Ontario sends a certificate.",
                 at: \.filing.nominationAccepted, required: false, shown: { ontarioStepApplies($0) && $0.filing.nominationDate != nil && $0.owp.nominationThroughExpressEntry != false })),
    ]

    static let pr: [Question] = expressEntryProfile + prAfterProfile

    /// The Express Entry profile: every route goes through it.
    static let expressEntryProfile: [Question] = [
        Ask.text("eeProfileNumber", .pr, "Your Express Entry profile number? (blank if you have no profile yet)",
                 help: "Shown in your IRCC account once the profile is submitted. You enter it, with the Job Seeker Validation Code, in the OINP application.",
                 at: \.filing.expressEntryProfileNumber, maxLength: 20, required: false, validate: opaqueCode),
        Ask.text("jobSeekerCode", .pr, "Your Job Seeker Validation Code? (blank if not yet)",
                 help: "From the letter that welcomes you to the Express Entry pool. Kept exactly as typed.",
                 at: \.filing.jobSeekerValidationCode, maxLength: 20, required: false, validate: opaqueCode),
        Ask.date("eeProfileDate", .pr, "On what date did you submit your Express Entry profile? (blank if not yet)",
                 help: "A profile stays in the pool for \(Deadlines.period("expressEntryProfileValidity")). If it expires without an invitation, you create a new one (with a new number and code).",
                 at: \.expressEntryProfileDate, required: false,
                 note: { p, today in p.expressEntryProfileDate.flatMap { Deadlines.note("expressEntryProfileValidity", "Profile expires", from: $0, today: today) } }),
    ]

    /// ITA, fees, biometrics, medical exam, police certificates, submission: the same for every
    /// invitation (a round for all programs, CEC, a category, or a provincial nomination).
    static let prAfterProfile: [Question] = [
        Ask.yesNo("receivedITA", .pr, "Have you received an Invitation to Apply (ITA) for permanent residence?",
                  help: "IRCC invites candidates from the pool in its draws; with an accepted provincial nomination your score includes 600 points.",
                  at: \.filing.receivedITA),
        Ask.choice("itaProgram", .pr, "In which round were you invited?",
                   help: "The ITA names the round: one for all programs, one for a program (CEC, FSW), one for a category (French, STEM, healthcare and others), or one for provincial nominees. The e-APR steps are the same for all.",
                   at: \.filing.itaRound,
                   [(.allPrograms, "A round for all programs"), (.cec, "Canadian Experience Class"), (.fsw, "Federal Skilled Worker"),
                    (.category, "A category-based round"), (.pnp, "Provincial Nominee Program"), (.other, "Another round")], shown: hadITA),
        Ask.date("itaDate", .pr, "On what date was the ITA issued?",
                 help: "You have \(Deadlines.period("itaToApplication")) to submit a complete electronic application (e-APR). Language results must still be valid on the day you submit.",
                 at: \.filing.itaDate, shown: hadITA,
                 note: { p, today in p.filing.itaDate.flatMap { Deadlines.note("itaToApplication", "Submit your e-APR by", from: $0, today: today) } }),
        Question(id: "prFeesPaid", step: .pr, prompt: "Have you paid the PR fees for your family?",
                 help: "The processing fee for you and each family member who comes, and the Right of Permanent Residence Fee (which can also be paid later, when IRCC asks). The fees in force when IRCC receives the application apply.",
                 kind: .choice(Ask.yesNoChoices), isShown: hadITA,
                 clear: { $0.filing.prFeesPaid = nil },
                 read: { $0.filing.prFeesPaid.map { $0 ? "yes" : "no" } },
                 write: { p, text, _ in
                     guard text == "yes" || text == "no" else { return "Choose Yes or No." }
                     p.filing.prFeesPaid = text == "yes"
                     return nil
                 },
                 note: { p, today in
                     let e = FeeRules.estimate(p, on: today, includeHCP: false)
                     return "Fees on \(today): CAD \(e.knownTotal)" + (e.complete ? "" : " plus amounts not known") + (e.lines.contains { $0.unverified } ? " (some UNVERIFIED)." : ".")
                 }),
        Ask.date("biometricsDate", .pr, "On what date did you give your biometrics? (blank if not yet)",
                 help: "After paying, IRCC sends a Biometric Instruction Letter; give fingerprints and a photo at a collection point. CAD 85 per person, 170 for a family.",
                 at: \.filing.biometricsDate, required: false, shown: hadITA),
        Ask.date("medicalExamDate", .pr, "On what date was your immigration medical exam? (blank if not yet)",
                 help: "A medical exam is valid \(Deadlines.period("medicalValidity")) and must still be valid when you land. Whether an upfront exam is needed depends on the date you apply.",
                 at: \.filing.medicalExamDate, required: false, shown: hadITA,
                 note: { p, today in
                     // The upfront-exam rule depends on when the application is submitted (RULES.md §9, §10.2).
                     let applying = p.filing.prApplicationSubmitted ?? today
                     let rule = RuleData.shared.deadlines.upfrontMedical.covering(applying).map { "For applications on \(applying): \($0.label)\($0.provenance.isUnverified ? " (UNVERIFIED)" : "")" }
                     let validity = p.filing.medicalExamDate.flatMap { Deadlines.note("medicalValidity", "Medical exam valid until", from: $0, today: today) }
                     let lines = [validity, rule].compactMap { $0 }
                     return lines.isEmpty ? nil : lines.joined(separator: " ")
                 }),
        Ask.yesNo("policeCertificates", .pr, "Do you have police certificates for every country where you lived 6 months or more in a row since age 18?",
                  help: "For you and each family member 18 or older, for the last 10 years, Canada excluded. The one from the country where you live now must be less than 6 months old. They can take weeks: start early.",
                  at: \.filing.policeCertificatesObtained, shown: hadITA),
        Ask.date("prSubmitted", .pr, "On what date did you submit the e-APR? (blank if not yet)",
                 help: "The application must be complete; missing documents lead to a refusal of the application as incomplete.",
                 at: \.filing.prApplicationSubmitted, required: false, shown: hadITA,
                 note: { p, _ in Deadlines.submittedNote("itaToApplication", from: p.filing.itaDate, sent: p.filing.prApplicationSubmitted) }),
        Ask.date("aorDate", .pr, "On what date did IRCC acknowledge receipt (AOR)? (blank if not yet)",
                 help: "The acknowledgement of receipt starts IRCC's processing; most complete Express Entry applications are finalized in about 6 months.",
                 at: \.filing.acknowledgementOfReceipt, required: false, shown: { $0.filing.prApplicationSubmitted != nil }),
    ]

    /// The e-filing date stands for the day OINP received the application when step 2 has none, so the
    /// rulebook (HCP rules for applications received before the closure) follows from what was entered.
    static func recordingReceipt(_ q: Question) -> Question {
        q.withWrite { original, p, text, today in
            if let problem = original(&p, text, today) { return problem }
            if p.hcpApplicationReceivedDate == nil { p.hcpApplicationReceivedDate = p.filing.oinpApplicationSubmitted }
            return nil
        }
    }

    /// The acceptance date is the one record of an accepted nomination: it replaces an undated one
    /// carried over from old profiles, and it cannot come before the nomination itself.
    static func acceptance(_ q: Question) -> Question {
        q.withWrite { original, p, text, today in
            if let n = p.filing.nominationDate, case .success(let d) = AnswerParsing.date(text), d < n {
                return "\(d) is before the nomination (\(n)); you accept a nomination after it arrives. Check both dates."
            }
            if let problem = original(&p, text, today) { return problem }
            p.filing.nominationAcceptedUndated = nil
            return nil
        }
    }

    /// Codes we do not interpret: letters, digits and dashes, as typed.
    static let opaqueCode: @Sendable (String) -> String? = { code in
        code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) ? nil
            : "Use only the letters, digits and dashes of the code, as shown in your IRCC account."
    }
}
