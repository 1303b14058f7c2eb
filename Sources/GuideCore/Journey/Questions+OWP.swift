/// Step 2's route question and step 3's questions on the Ontario Workforce Priority route
/// (RULES.md §0.1, §0.2, §0.2b). The nomination itself is asked once for every Ontario route
/// (`Questionnaire.nomination`), so the +600 has one source.
extension Questionnaire {
    /// The OWP questions are shown on the OWP route of the journey (`journeyRoute`, no date needed).
    static let onOWPRoute: @Sendable (Profile) -> Bool = { journeyRoute($0) == .owp }

    /// Step 2: HCP (application received before the closure), OWP TEER 0-3 or federal Express Entry alone.
    /// The proposal and its reason are in the note; a route that is not possible on the day is refused.
    static let routeQuestion = Question(
        id: "route", step: .stream, prompt: "Which route will you follow to permanent residence?",
        help: "The guide proposes a route from your answers (shown below the choices, with why). Human Capital Priorities is possible only if OINP received your HCP application before 2026-05-30, when the stream closed. Ontario Workforce Priority - TEER 0-3 (from 2026-06-25) needs a full-time, permanent TEER 0-3 job offer from an Ontario employer registered with OINP; you may ask to be nominated through Express Entry (+600 CRS). Federal Express Entry alone needs no provincial step: step 3 is then not needed.",
        kind: .choice(Route.allCases.map { Question.Choice($0.rawValue, $0.humanLabel) }),
        clear: { $0.chosenRoute = nil },
        read: { $0.chosenRoute?.rawValue },
        write: { p, text, today in
            guard let r = Route(rawValue: text) else { return "Choose one of the routes." }
            let o = RouteRules.availability(r, for: p, asOf: today)
            guard o.available else { return o.reason + " Choose another route." }
            p.chosenRoute = r
            return nil
        },
        note: { p, today in
            let d = RouteRules.decide(p, asOf: today)
            var s = "Proposed: \(d.proposed.humanLabel). \(d.proposedReason)"
            if d.chosen != nil && d.chosen != d.effective { s += " " + d.reason }
            if !d.stepThree.applies { s += " Step 3: \(d.stepThree.reason)" }
            return s
        })

    static let owpInvited: @Sendable (Profile) -> Bool = { onOWPRoute($0) && $0.owp.invitationDate != nil }
    static let owpApplied: @Sendable (Profile) -> Bool = { onOWPRoute($0) && $0.owp.applicationSubmitted != nil }

    /// Step 3 on the OWP route: the job offer as filed, the facts of the EOI grid, then the process dates.
    static let owpFiling: [Question] = [
        Ask.text("owpEmployer", .oinp, "What is the name of the employer that offered you the job?",
                 help: "The employer must have been in active business in Ontario for at least 3 years, be registered with OINP in the Employer Portal, and submit the job offer there before you register your Expression of Interest.",
                 at: \.owp.employerName, maxLength: 200, shown: onOWPRoute),
        Ask.yesNo("owpPhysician", .oinp, "Are you applying on the self-employed physician path?",
                  help: "OINP's self-employed physician path scores the EOI out of 115 instead of 130 (no wage factor). Answer No for an employer's job offer.",
                  at: \.owp.selfEmployedPhysician, shown: onOWPRoute),
        Ask.text("owpJobOfferID", .oinp, "What is the job-offer ID from your employer's Employer Portal submission?",
                 help: "Your employer receives it after submitting the job offer; you need it to register your Expression of Interest. Kept exactly as typed.",
                 at: \.owp.jobOfferID, maxLength: 40, shown: onOWPRoute, validate: opaqueCode),
        Ask.date("owpJobOfferSubmitted", .oinp, "On what date did your employer submit the job offer?",
                 help: "You must register your Expression of Interest within \(Deadlines.period("owpJobOfferToEOI")) of this date.",
                 at: \.owp.jobOfferSubmittedDate, shown: onOWPRoute,
                 note: { p, today in
                     guard let s = p.owp.jobOfferSubmittedDate, p.owp.eoiDate == nil else { return nil }
                     return Deadlines.note("owpJobOfferToEOI", "Register your EOI by", from: s, today: today)
                 }),
        Ask.amount("owpWage", .oinp, "What hourly wage does the job offer pay (CAD)?",
                   help: "It must be at or above the Ontario median wage for the occupation in the region (recent Ontario graduates: the low-wage level); the guide has no median-wage table, so it cannot check this. The EOI gives 15 points from $40, 12 from $35, 10 from $30, 8 from $25, 5 from $20.",
                   at: \.owp.hourlyWage, shown: onOWPRoute, note: { p, today in eoiNote("hourlyWage", p, today) }),
        Ask.choice("owpRegion", .oinp, "Where is the job?",
                   help: "The EOI scores the job location: Northern Ontario 15, Eastern, Central (outside the GTA) or Southwestern Ontario 10, the GTA outside Toronto (Durham, Halton, Peel, York) 5, Toronto 0.",
                   at: \.owp.region, OWPRegion.allCases.map { ($0, $0.humanLabel) }, shown: onOWPRoute),
        Ask.integer("owpMonthsInPosition", .oinp, "How many months have you worked full time in the job-offer position?",
                    help: "One way to meet the experience requirement is 6 consecutive full-time months in this position within the last 12 months (3 for recent Ontario graduates). The EOI gives 18 points for more than 24 months, 15 for 13-24, 12 for 6-12; under 6 months, other Ontario work is scored instead. 0 if you have not started.",
                    at: \.owp.monthsInJobOfferPosition, range: 0...600, shown: onOWPRoute),
        Ask.integer("owpOtherOntarioWork", .oinp, "How many months of other full-time work in Ontario do you have?",
                    help: "Scored only because you have under 6 months in the job-offer position: 12 points for more than 24 months, 9 for 13-24, 6 for 6-12.",
                    at: \.owp.monthsOtherOntarioWork, range: 0...600,
                    shown: { onOWPRoute($0) && ($0.owp.monthsInJobOfferPosition ?? 0) < 6 }),
        Ask.amount("owpEarnings", .oinp, "What were your highest Canadian earnings in one year over the last 5 years (CAD; 0 if none)?",
                   help: "As shown on a Canada Revenue Agency Notice of Assessment. The EOI gives 8 points from $70,000, 6 from $50,000, 4 from $30,000.",
                   at: \.owp.highestCanadianEarnings, shown: onOWPRoute, note: { p, today in eoiNote("canadianEarnings", p, today) }),
        Ask.yesNo("owpRecentGraduate", .oinp, "Are you a recent Ontario graduate?",
                  help: "An Ontario post-secondary credential from an eligible Ontario institution obtained in the last 3 years: a degree or diploma of at least 2 years full time, or a master's, a PhD or an Ontario college graduate certificate. Recent graduates are exempt from the language test, need 3 months in the position instead of 6, and may qualify at the low-wage level.",
                  at: \.owp.recentOntarioGraduate, shown: onOWPRoute),
        Ask.integer("owpCanadianCredentials", .oinp, "How many Canadian education credentials do you hold?",
                    help: "The EOI gives 10 points for more than one, 5 for one. 0 if none.",
                    at: \.owp.canadianCredentials, range: 0...20, shown: onOWPRoute),
        Ask.yesNo("owpOntarioLicence", .oinp, "Does your occupation require an Ontario licence that you hold?",
                  help: "Holding the Ontario licence your occupation requires is one of the three ways to meet the experience requirement (with 6 months in the position, or 2 years in the occupation within 5 years). No if your occupation needs none.",
                  at: \.owp.ontarioLicence, shown: onOWPRoute),
        Ask.date("owpEOIDate", .oinp, "On what date did you register your Expression of Interest? (blank if not yet)",
                 help: "An Expression of Interest stays valid for \(Deadlines.period("owpEOIValidity")) (one source). OINP invites from the EOI pool by score; no OWP invitation rounds were published as of 2026-10-03.",
                 at: \.owp.eoiDate, required: false, shown: onOWPRoute,
                 note: { p, today in
                     guard let e = p.owp.eoiDate else { return nil }
                     let sent = Deadlines.submittedNote("owpJobOfferToEOI", from: p.owp.jobOfferSubmittedDate, sent: e)
                     let expiry = p.owp.invitationDate == nil ? Deadlines.note("owpEOIValidity", "Your EOI expires", from: e, today: today) : nil
                     return [sent, expiry].compactMap { $0 }.joined(separator: " ").nilIfEmpty
                 }),
        Question(id: "owpEOIScore", step: .oinp, prompt: "What EOI score did OINP show for your Expression of Interest? (blank if not known)",
                 help: "The score ranks Expressions of Interest for invitations (at most 130). The guide computes it from your answers too; a difference points to an answer to check.",
                 kind: .integer(0...130), isRequired: false, isShown: { onOWPRoute($0) && $0.owp.eoiDate != nil },
                 clear: { $0.owp.eoiScore = nil },
                 read: { $0.owp.eoiScore.map(String.init) },
                 write: { p, text, _ in
                     if text.trimmingCharacters(in: .whitespaces).isEmpty { p.owp.eoiScore = nil; return nil }
                     switch AnswerParsing.integer(text, in: 0...130) {
                     case .failure(let m): return m.description
                     case .success(let n): p.owp.eoiScore = n; return nil
                     }
                 },
                 note: { p, today in
                     let e = OWPEOI.score(p, asOf: today)
                     return "From your answers: \(e.total) of \(e.max)\(e.complete ? "" : " so far (\(e.missing.count) answers missing)")."
                 }),
        Ask.date("owpInvitationDate", .oinp, "On what date did OINP invite you to apply? (blank if not yet)",
                 help: "After the invitation your employer files the employment-position approval within \(Deadlines.period("owpInvitationToEmployerApproval")), and you file your application and fee within \(Deadlines.period("owpInvitationToApplication")). Whether your \(Deadlines.period("owpInvitationToApplication")) run from the invitation or start after the employer's \(Deadlines.period("owpInvitationToEmployerApproval")) is not clear in our sources; the guide shows the earlier date.",
                 at: \.owp.invitationDate, required: false, shown: { onOWPRoute($0) && $0.owp.eoiDate != nil },
                 note: { p, today in
                     guard let i = p.owp.invitationDate, p.owp.applicationSubmitted == nil else { return nil }
                     return [Deadlines.note("owpInvitationToEmployerApproval", "Your employer files the approval by", from: i, today: today),
                             Deadlines.note("owpInvitationToApplication", "Submit your application by", from: i, today: today),
                             invitationAmbiguity].compactMap { $0 }.joined(separator: " ")
                 }),
        Ask.date("owpApplicationSubmitted", .oinp, "On what date did you submit your OWP application? (blank if not yet)",
                 help: "Enter it once submitted, with the fee (the OWP fee is not in our sources).",
                 at: \.owp.applicationSubmitted, required: false, shown: owpInvited,
                 note: { p, _ in
                     Deadlines.submittedNote("owpInvitationToApplication", from: p.owp.invitationDate, sent: p.owp.applicationSubmitted)
                         .map { $0 + " " + invitationAmbiguity }
                 }),
        Ask.yesNo("owpThroughEE", .oinp, "Did you ask to be nominated through Express Entry?",
                  help: "TEER 0-3 applicants with an Express Entry profile may ask for it: an accepted nomination adds 600 CRS points, accepted in your Express Entry account within \(Deadlines.period("owpNominationAcceptance")). Otherwise the nomination is a base certificate, valid \(Deadlines.period("owpNominationCertificateValidity")).",
                  at: \.owp.nominationThroughExpressEntry, shown: owpApplied),
    ]

    /// §13 #24, said wherever the 17 days are shown.
    static let invitationAmbiguity = "UNVERIFIED: the \(Deadlines.period("owpInvitationToApplication")) may instead start after the employer's \(Deadlines.period("owpInvitationToEmployerApproval")) (then up to \(Deadlines.period(adding: "owpInvitationToApplication", "owpInvitationToEmployerApproval")) from the invitation); the earlier date is shown."

    /// "EOI: 12 of 15 points (CAD 36 an hour)." for one factor of the grid.
    static func eoiNote(_ factor: String, _ p: Profile, _ today: LocalDate) -> String? {
        guard let l = OWPEOI.score(p, asOf: today).line(factor), l.answered else { return nil }
        return "EOI: \(l.points) of \(l.max) points (\(l.option ?? l.detail))."
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
