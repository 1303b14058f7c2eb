import GuideCore

/// The end of a step: what the answers mean on the date. Step 1: criteria, FSW and CRS; step 2:
/// the streams; steps 3 and 4: dates, deadlines and fees.
enum SummaryView {
    static func draw(_ step: Step, _ s: AppState, in body: Rect, into b: inout ScreenBuffer) {
        let profile = s.profile
        let progress = Questionnaire.progress(in: step, for: profile)
        let (titleRow, ruleRow, rest) = Chrome.titled(body)
        Chrome.stepLine(step, answered: progress.answered, total: progress.total, in: titleRow, into: &b)
        Chrome.rule(in: ruleRow, into: &b)
        let area = rest.inset(horizontal: 2)
        let doc = content(step, s, width: area.width)
        // The last row of the body says which lines are shown.
        doc.draw(into: &b, in: area.splitTop(max(1, area.height - 1)).top, scroll: s.scroll)
        let next = step == .pr ? "back to the steps" : "next step"
        Chrome.keys(KeyMaps.summary.keyLine(labels: [.confirm: next]), into: &b)
    }

    /// The rows of text a summary shows at once with a status of one line; a page key moves by exactly
    /// this, so no line is skipped.
    static func rows(height: Int) -> Int { max(1, height - 7) }

    /// The rows of text a summary shows at once in this state: fewer while a long status takes rows
    /// from the body (see ScreenFrame).
    static func rows(for s: AppState) -> Int {
        max(1, ScreenFrame(s).body.height - 3)
    }

    /// The largest useful scroll offset: the last page ends on the last line.
    static func maxScroll(_ step: Step, _ s: AppState) -> Int {
        max(0, content(step, s, width: s.width - 4).lines.count - rows(for: s))
    }

    static func content(_ step: Step, _ s: AppState, width: Int) -> Document {
        var d = Document(width: width)
        let a = Assessor(asOf: s.today).assess(s.profile)
        switch step {
        case .criteria: criteria(a, s, &d)
        case .stream: streams(a, s, &d)
        case .oinp, .pr: DeadlineSummary.add(step, a, s, &d)
        }
        if !a.unverified.isEmpty {
            d.blank()
            d.add("UNVERIFIED in our sources (check before relying on them):", .warning)
            for note in a.unverified { d.add("- " + note, .warning, indent: 2, hanging: 2) }
        }
        return d
    }

    /// The answer first: the two totals, the verdict and the next thing to do, before any breakdown.
    static func headline(_ a: Assessment, _ s: AppState, _ d: inout Document) {
        let fswVerdict = a.fsw.status == .met ? "eligible" : (a.fsw.status == .notMet ? "not eligible" : "not known yet")
        d.row("CRS score (\(a.crs.withSpouse ? "with spouse" : "without spouse"))", "\(a.crs.total) of 1200", .title, indent: 0)
        d.row("FSW grid (pass mark \(a.fsw.passMark))", "\(a.fsw.total) of 100: \(fswVerdict)", .title, indent: 0)
        let programs = [a.fsw.status == .met ? "Federal Skilled Worker" : nil, a.cec.status == .met ? "Canadian Experience Class" : nil].compactMap { $0 }
        let missing = Questionnaire.missing(for: s.profile, in: .criteria)
        let verdict: String
        let style: Style
        if !programs.isEmpty {
            verdict = "You can enter the Express Entry pool under: " + programs.joined(separator: " and ") + "."
            style = .ok
        } else if let unmet = (a.fsw.requirements + a.cec.requirements).first(where: { $0.status == .notMet }), missing.isEmpty {
            verdict = "Not yet eligible for Express Entry: \(unmet.title.lowercased()) - \(unmet.reason)"
            style = .error
        } else {
            verdict = "Eligibility is not known yet: some answers are missing."
            style = .warning
        }
        d.add(verdict, style, hanging: 2)
        let next: String
        if !missing.isEmpty {
            next = "Next: answer the \(missing.count) question\(missing.count == 1 ? "" : "s") still missing (first: \(missing[0].prompt))"
        } else if programs.isEmpty {
            next = "Next: see below what is not met, and change what you can (a new language test, more work experience)."
        } else {
            next = "Next: press Enter for step 2, where you choose the route to permanent residence."
        }
        d.add(next, .normal, hanging: 2)
    }

    static func mark(_ status: CriterionStatus) -> (String, Style) {
        switch status {
        case .met: return ("MET", .ok)
        case .notMet: return ("NOT MET", .error)
        case .unknown: return ("UNKNOWN", .warning)
        }
    }

    /// A score line: label and points on one row, what they are made of below it.
    static func score(_ l: ScoreLine, indent: Int, _ d: inout Document) {
        d.row(l.label, "\(l.points)" + (l.max.map { " / \($0)" } ?? ""), indent: indent)
        if !l.detail.isEmpty { d.add(l.detail, .muted, indent: indent + 2, hanging: 2) }
    }

    static func criteria(_ a: Assessment, _ s: AppState, _ d: inout Document) {
        headline(a, s, &d)
        d.blank()
        d.add(a.rulebook.reason, a.rulebook.rulebook == .hcp ? .normal : .warning)
        d.blank()
        if let h = a.historical, a.criteria.isEmpty {
            // Closed and no application received in time: never shown as "met" (RULES.md §0.1).
            d.add("Human Capital Priorities criteria: not applicable. \(h.note)", .muted, hanging: 2)
        } else {
            d.add("Human Capital Priorities criteria on \(a.rulebook.criteriaDate)", .title)
        }
        for c in a.criteria {
            let (m, style) = mark(c.status)
            d.add("\(m): \(c.title)\(c.unverified ? " (UNVERIFIED)" : ""). \(c.reason)", style, indent: 2, hanging: 2)
        }
        d.blank()
        let fswVerdict = a.fsw.status == .met ? "eligible" : (a.fsw.status == .notMet ? "not eligible" : "not known yet")
        d.add("Federal Skilled Worker grid: \(a.fsw.total) of 100 (pass mark \(a.fsw.passMark)): \(fswVerdict)", .title)
        for l in a.fsw.breakdown { score(l, indent: 2, &d) }
        for r in a.fsw.requirements where r.status != .met {
            let (m, style) = mark(r.status)
            d.add("\(m): \(r.title). \(r.reason)", style, indent: 2, hanging: 2)
        }
        d.blank()
        d.add("Comprehensive Ranking System: \(a.crs.total) of 1200 (\(a.crs.withSpouse ? "with spouse" : "without spouse"))", .title)
        d.row("A. Core / human capital", "\(a.crs.core)", .title)
        for l in a.crs.breakdown.core { score(l, indent: 4, &d) }
        if a.crs.withSpouse {
            d.row("B. Spouse factors", "\(a.crs.spouse)", .title)
            for l in a.crs.breakdown.spouse { score(l, indent: 4, &d) }
        }
        d.row("C. Skill transferability", "\(a.crs.transferability) / 100", .title)
        for l in a.crs.breakdown.transferability { score(l, indent: 4, &d) }
        d.row("D. Additional points", "\(a.crs.additional) / 600", .title)
        for l in a.crs.breakdown.additional { score(l, indent: 4, &d) }
        for n in a.crs.notes { d.add("note: " + n, .muted, indent: 2, hanging: 6) }
        d.blank()
        d.add("Ontario tech draw occupations", .title)
        let codes = s.profile.workExperience.compactMap(\.nocCode)
        if codes.isEmpty {
            d.add("No NOC code yet: add your work experience.", .warning, indent: 2)
        } else {
            for code in Set(codes).sorted() {
                // After the closure no list is in force; say what the last one (used until the day before) held.
                let listDate = a.rulebook.hcpOpen ? s.today : min(s.today, a.rulebook.closedFrom.adding(days: -1))
                let inDraw = TechOccupations.isTechDrawCode(code, on: listDate)
                let title = TechOccupations.search(code).first?.occupation.noc2021.first { $0.code == code }?.title
                let when = a.rulebook.hcpOpen ? "" : " (the list used until \(listDate), when HCP closed)"
                d.add("\(inDraw ? "YES" : "NO"): \(code)\(title.map { " " + $0 } ?? "") is \(inDraw ? "" : "not ")on Ontario's tech-draw list\(when).", inDraw ? .ok : .normal, indent: 2, hanging: 2)
            }
        }
        if !a.profileIssues.isEmpty {
            d.blank()
            d.add("Answers to check:", .error)
            for i in a.profileIssues { d.add("! \(i)", .error, indent: 2, hanging: 2) }
        }
    }

    static func streams(_ a: Assessment, _ s: AppState, _ d: inout Document) {
        // Where you stand comes first: the score against the real rounds of the last 12 months, and
        // what would raise it, before the route is chosen.
        for (i, line) in a.standingLines.enumerated() {
            // The report's lines carry their level as leading spaces; keep it as indentation when wrapping.
            let text = line.drop { $0 == " " }
            if text.isEmpty { d.blank(); continue }
            d.add(String(text), i == 0 ? .title : .normal, indent: line.count - text.count, hanging: 2)
        }
        if !a.standingLines.isEmpty { d.blank() }
        d.add("Your route: \(a.route.effective.humanLabel)", .title, hanging: 2)
        d.add((a.route.chosen == nil ? "Proposed: " : "") + a.route.reason, .normal, indent: 2, hanging: 2)
        if a.route.chosen == nil { d.add("Change it with the route question of this step (Esc).", .muted, indent: 2) }
        d.add("Step 3: " + a.route.stepThree.reason, .muted, indent: 2, hanging: 2)
        d.blank()
        d.add(a.rulebook.reason, a.rulebook.rulebook == .hcp ? .normal : .warning)
        d.blank()
        let byID = Dictionary(a.streams.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
        if !a.recommendations.isEmpty {
            d.add("For you, on \(a.asOf):", .title)
            for (i, id) in a.recommendations.enumerated() {
                guard let st = byID[id] else { continue }
                d.add("\(i + 1). \(st.name): \(st.statusText)", .ok, indent: 2, hanging: 3)
                for r in st.reasons { d.add("- " + r, .normal, indent: 5, hanging: 2) }
            }
            d.blank()
        }
        d.add("Before you apply: prerequisites", .title)
        for (title, status, reason) in prerequisites(a, s.profile) {
            let (m, style) = mark(status)
            d.add("\(m): \(title). \(reason)", style, indent: 2, hanging: 2)
        }
        d.blank()
        d.add("All streams on \(a.asOf)", .title)
        for st in a.streams {
            let fit: String
            switch st.fit {
            case .recommended: fit = "RECOMMENDED"
            case .possible: fit = "POSSIBLE"
            case .inProcess: fit = "IN PROCESS"
            case .notSuitable: fit = "NOT SUITABLE"
            case .unavailable: fit = "UNAVAILABLE"
            }
            d.add("\(st.category): \(st.name)\(st.unverified ? " (UNVERIFIED)" : "")", .title, indent: 2, hanging: 2)
            d.add("\(fit). \(st.statusText)", st.fit == .unavailable ? .muted : .normal, indent: 4, hanging: 2)
            if st.fit != .unavailable {
                for r in st.reasons { d.add("- " + r, .normal, indent: 4, hanging: 2) }
            }
        }
    }

    /// The three things the article asks for before a profile: a language test, an ECA, a NOC code.
    static func prerequisites(_ a: Assessment, _ p: Profile) -> [(String, CriterionStatus, String)] {
        var out: [(String, CriterionStatus, String)] = []
        if let best = a.language.first {
            out.append(("Language test", best.valid ? .met : .notMet, best.valid ? "A valid result (\(best.test.displayName))." : "Your result has expired or is not valid on \(a.asOf)."))
        } else {
            out.append(("Language test", .unknown, "No result entered yet."))
        }
        switch (p.education.isCanadian, p.education.hasECA) {
        case (true?, _): out.append(("ECA", .met, "Not needed for a Canadian credential."))
        case (false?, true?):
            let valid = p.education.ecaValid(on: a.asOf)
            out.append(("ECA", valid == false ? .notMet : .met, valid == false ? "Older than \(Deadlines.period("ecaValidity")) on \(a.asOf)." : "You have one."))
        case (false?, false?): out.append(("ECA", .notMet, "A foreign credential needs an Educational Credential Assessment."))
        default: out.append(("ECA", .unknown, "Answer the education questions."))
        }
        let codes = p.workExperience.compactMap(\.nocCode)
        out.append(("NOC code", codes.isEmpty ? .unknown : .met, codes.isEmpty ? "Add your work experience with its NOC 2021 code." : codes.joined(separator: ", ")))
        return out
    }
}
