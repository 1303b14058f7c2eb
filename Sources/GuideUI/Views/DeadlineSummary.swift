import GuideCore

/// Steps 3 and 4: the dates entered, the deadlines that follow from them (as dates and days left),
/// and the fees for the family.
enum DeadlineSummary {
    static func add(_ step: Step, _ a: Assessment, _ s: AppState, _ d: inout Document) {
        let p = s.profile
        if step == .oinp && a.rulebook.rulebook != .hcp {
            d.add("Ontario's Human Capital Priorities stream closed on \(a.rulebook.closedFrom); no HCP application received before then is recorded, so there is no OINP e-filing for you in this stream. What still applies: federal Express Entry (an ITA in a federal draw), and Ontario Workforce Priority with an Ontario job offer.", .warning)
            d.blank()
        }
        let lines = Deadlines.all(for: p, today: s.today).filter { $0.step == step }
        if lines.isEmpty {
            d.add("No dates entered yet for this step.", .muted)
        }
        for l in lines {
            d.add(l.text, l.isOverdue ? .error : (l.daysLeft <= 14 ? .warning : .normal), indent: 0, hanging: 2)
        }
        if step == .pr {
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
