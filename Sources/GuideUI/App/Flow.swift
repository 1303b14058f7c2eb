import GuideCore

/// The order of pages within a step: its questions (those shown for these answers), then the
/// step's summary. Hidden questions are skipped in both directions.
enum Flow {
    static func pages(_ step: Step, _ profile: Profile) -> [Screen] {
        Questionnaire.questions(in: step, for: profile).map { Screen.question(id: $0.id) } + [.summary(step)]
    }

    static func step(of screen: Screen) -> Step? {
        switch screen {
        case .question(let id), .entry(let id, _, _): return Questionnaire.question(id: id)?.step
        case .summary(let step): return step
        default: return nil
        }
    }

    /// The page after `screen` in its step (nil after the summary).
    static func next(after screen: Screen, _ profile: Profile) -> Screen? {
        guard let step = step(of: screen) else { return nil }
        let pages = pages(step, profile)
        guard let i = pages.firstIndex(of: pageOf(screen)) else { return pages.first }
        return i + 1 < pages.count ? pages[i + 1] : nil
    }

    /// The page before `screen` in its step (nil before the first question).
    static func previous(before screen: Screen, _ profile: Profile) -> Screen? {
        guard let step = step(of: screen) else { return nil }
        let pages = pages(step, profile)
        guard let i = pages.firstIndex(of: pageOf(screen)) else { return nil }
        return i > 0 ? pages[i - 1] : nil
    }

    static func pageOf(_ screen: Screen) -> Screen {
        if case let .entry(id, _, _) = screen { return .question(id: id) }
        return screen
    }

    /// Where a step opens: its first unanswered question, else its summary when it has questions
    /// all answered, else its first page.
    static func entryPage(_ step: Step, _ profile: Profile) -> Screen {
        let qs = Questionnaire.questions(in: step, for: profile)
        // A step not started yet opens on its first question, optional or not (step 4's Express Entry
        // profile comes before the ITA); a step under way opens on what it still needs.
        if let first = qs.first, !qs.contains(where: { $0.isAnswered(in: profile) }) { return .question(id: first.id) }
        if let q = qs.first(where: { $0.isRequired && !$0.isAnswered(in: profile) }) { return .question(id: q.id) }
        return .summary(step)
    }

    /// The saved position of a screen, and back.
    static func position(of screen: Screen, fallback: JourneyPosition) -> JourneyPosition {
        switch screen {
        case .question(let id), .entry(let id, _, _):
            return JourneyPosition(step: Questionnaire.question(id: id)?.step ?? fallback.step, questionID: id)
        case .summary(let step): return JourneyPosition(step: step, questionID: summaryToken)
        case .welcome, .review, .sessions, .checklist, .document: return JourneyPosition(step: fallback.step, questionID: nil)
        case .resume: return fallback
        }
    }

    static let summaryToken = "summary"

    static func screen(for position: JourneyPosition, _ profile: Profile) -> Screen {
        guard let id = position.questionID else { return .welcome }
        if id == summaryToken { return .summary(position.step) }
        if let q = Questionnaire.question(id: id), q.isShown(profile) { return .question(id: id) }
        return entryPage(position.step, profile)
    }
}
