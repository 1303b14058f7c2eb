import GuideCore

/// Steps 3 and 4: the dates entered, the deadlines that follow from them (as dates and days left),
/// and the fees for the family.
enum DeadlineSummary {
    /// The OWP stream's criteria and the EOI score with its breakdown (RULES.md §0.2, §0.2b).
    static func owpSection(_ owp: OWPAssessment, _ d: inout Document) {
        d.add("Ontario Workforce Priority - TEER 0-3, measured on \(owp.criteriaDate)", .title)
        for c in owp.criteria {
            let (m, style) = SummaryView.mark(c.status)
            d.add("\(m): \(c.title)\(c.unverified ? " (UNVERIFIED)" : ""). \(c.reason)", style, indent: 2, hanging: 2)
        }
        d.row("EOI score\(owp.eoi.complete ? "" : " (some factors not answered)")", "\(owp.eoi.total) of \(owp.eoi.max)", .title)
        for l in owp.eoi.breakdown {
            d.row(l.label, "\(l.points) / \(l.max)", l.answered ? .normal : .muted, indent: 4)
        }
    }

    static func add(_ step: Step, _ a: Assessment, _ s: AppState, _ d: inout Document) {
        let p = s.profile
        if step == .oinp {
            let three = a.route.stepThree
            d.add("Route: \(a.route.effective.humanLabel). \(a.route.reason)", three.applies ? .normal : .muted, hanging: 2)
            if !three.applies {
                d.add("\(three.reason) Press Enter for step 4.", .ok, hanging: 2)
                return
            }
            d.blank()
            if let owp = a.owp, a.route.effective == .owp {
                owpSection(owp, &d)
                d.blank()
            }
        }
        let lines = Deadlines.all(for: p, today: s.today).filter { $0.step == step }
        if lines.isEmpty {
            // Dates given and every deadline met (an applicant in process) is not "nothing entered".
            let dated = Questionnaire.questions(in: step, for: p).contains { q in
                if case .date = q.kind { return q.isAnswered(in: p) }
                return false
            }
            d.add(dated ? "No deadline is open for this step: each one that follows from your dates is met." : "No dates entered yet for this step.", .muted)
        }
        for l in lines {
            d.add(l.text, l.isOverdue ? .error : (l.daysLeft <= 14 ? .warning : .normal), indent: 0, hanging: 2)
        }
        if step == .pr {
            if let ita = p.filing.itaDate {
                d.blank()
                d.add("Invitation of \(ita)\(p.filing.itaRound.map { " (" + $0.humanLabel + ")" } ?? ""): the e-APR steps are the same for every round.", .normal, hanging: 2)
            }
            d.blank()
            d.add("Fees on \(a.fees.asOf) (CAD), as owed when IRCC receives the application", .title)
            for l in a.fees.lines {
                let amount = l.amount.map { "\($0)" } ?? "unknown"
                d.row("\(l.label)\(l.count > 1 ? " x\(l.count)" : "")", amount + (l.unverified ? " (UNVERIFIED)" : ""), l.unverified ? .warning : .normal)
            }
            d.row("Total known", "\(a.fees.knownTotal)\(a.fees.complete ? "" : " + amounts not known")", .title)
        }
    }
}
