/// The one navigation engine of the journey: which pages a step has for these answers, which page
/// comes after or before another, where a step opens, what each step's status is, and what is still
/// missing. The screens (through GuideUI's `Flow`) and `--plain` both walk the journey with it, so they
/// cannot disagree on what is asked, skipped or passed over.
public enum Navigator {
    /// One page of the journey: a question, or a step's summary (the last page of every step).
    public enum Page: Hashable, Sendable {
        case question(String)
        case summary(Step)

        public var step: Step? {
            switch self {
            case .question(let id): return Questionnaire.question(id: id)?.step
            case .summary(let step): return step
            }
        }
    }

    /// The pages of `step` for these answers: the questions shown, then the summary. Hidden questions
    /// are not pages, so they are passed over both ways.
    public static func pages(_ step: Step, _ profile: Profile) -> [Page] {
        Questionnaire.questions(in: step, for: profile).map { Page.question($0.id) } + [.summary(step)]
    }

    /// The page after `page` within its step; nil after the summary.
    public static func next(after page: Page, _ profile: Profile) -> Page? {
        guard let step = page.step else { return nil }
        let pages = pages(step, profile)
        if let i = pages.firstIndex(of: page) { return i + 1 < pages.count ? pages[i + 1] : nil }
        // A question hidden by the answer just given is no longer a page: the step goes on from the
        // first page that comes after it in the questionnaire's order.
        return pages[insertionIndex(of: page, in: pages)]
    }

    /// The page before `page` within its step; nil before the step's first page (the steps menu is there).
    public static func previous(before page: Page, _ profile: Profile) -> Page? {
        guard let step = page.step else { return nil }
        let pages = pages(step, profile)
        let i = pages.firstIndex(of: page) ?? insertionIndex(of: page, in: pages)
        return i > 0 ? pages[i - 1] : nil
    }

    /// The page after `page` in the whole journey: the next page of its step, else where the next step
    /// opens; nil after step 4's summary (the end: the steps menu).
    public static func following(_ page: Page, _ profile: Profile) -> Page? {
        if let next = next(after: page, profile) { return next }
        guard case .summary(let step) = page, let after = Step.allCases.first(where: { $0.number == step.number + 1 }) else { return nil }
        return entryPage(after, profile)
    }

    /// Where a step opens: a step not started opens on its first question (optional or not: step 4's
    /// Express Entry profile comes before the ITA); a step under way opens on the first required question
    /// it still needs; a step with all it needs opens on its summary. A step with no questions for
    /// these answers (step 3 on federal Express Entry alone) opens on its summary, which says why.
    public static func entryPage(_ step: Step, _ profile: Profile) -> Page {
        let qs = Questionnaire.questions(in: step, for: profile)
        if let first = qs.first, !qs.contains(where: { $0.isAnswered(in: profile) }) { return .question(first.id) }
        if let q = qs.first(where: { $0.isRequired && !$0.isAnswered(in: profile) }) { return .question(q.id) }
        return .summary(step)
    }

    /// The page a saved position returns to: its question while it is shown, its summary, else where
    /// its step opens now (the answers hid the question). nil: the position is the steps menu.
    public static func page(for position: JourneyPosition, _ profile: Profile) -> Page? {
        guard let id = position.questionID else { return nil }
        if id == summaryToken { return .summary(position.step) }
        if let q = Questionnaire.question(id: id), q.isShown(profile) { return .question(id) }
        return entryPage(position.step, profile)
    }

    /// The position saved for a page (read back by `page(for:)`).
    public static func position(of page: Page, fallback: Step) -> JourneyPosition {
        switch page {
        case .question(let id): return JourneyPosition(step: Questionnaire.question(id: id)?.step ?? fallback, questionID: id)
        case .summary(let step): return JourneyPosition(step: step, questionID: summaryToken)
        }
    }

    /// How a summary is saved in `JourneyPosition.questionID`.
    public static let summaryToken = "summary"

    /// The required questions still unanswered (shown for these answers), in order: each one a jump.
    public static func review(_ profile: Profile, in step: Step? = nil) -> [Page] {
        Questionnaire.missing(for: profile, in: step).map { .question($0.id) }
    }

    /// A step's status on the steps menu.
    public enum StepState: Equatable, Sendable {
        /// Federal Express Entry alone: nothing to file with Ontario, and nothing owed.
        case notNeeded
        /// No question of the step applies and none is owed.
        case nothingRequired
        case notStarted
        case inProgress(answered: Int, total: Int)
        case done

        public var label: String {
            switch self {
            case .notNeeded: return "not needed: federal Express Entry alone"
            case .nothingRequired: return "nothing required"
            case .notStarted: return "not started"
            case .inProgress(let a, let t): return "in progress: \(a) of \(t) answered"
            case .done: return "done"
            }
        }
    }

    /// The four steps' statuses, counted as each page's step line counts ("N of M answered").
    /// No profile yet (nothing answered, nothing saved): every step is not started.
    public static func states(_ profile: Profile?) -> [StepState] {
        guard let p = profile else { return Step.allCases.map { _ in .notStarted } }
        let stepThree = Questionnaire.journeyRoute(p).stepThree
        return Step.allCases.map { step in
            if step == .oinp && !stepThree.applies { return .notNeeded }
            let progress = Questionnaire.progress(in: step, for: p)
            if progress.total == 0 { return .nothingRequired }
            if progress.answered == 0 { return .notStarted }
            if progress.answered == progress.total { return .done }
            return .inProgress(answered: progress.answered, total: progress.total)
        }
    }

    /// True when any question of the journey has an answer: the session is under way, and both front
    /// ends open on the steps menu instead of the first question.
    public static func isUnderWay(_ profile: Profile) -> Bool {
        Questionnaire.all.contains { $0.isAnswered(in: profile) }
    }

    /// Where a page that is not among `pages` (a question now hidden) would stand: the index of the
    /// first page after it in the questionnaire's order (the summary at the latest).
    private static func insertionIndex(of page: Page, in pages: [Page]) -> Int {
        guard case .question(let id) = page, let order = questionOrder[id] else { return pages.count - 1 }
        return pages.firstIndex { p in
            if case .question(let other) = p { return (questionOrder[other] ?? 0) > order }
            return true
        } ?? pages.count - 1
    }

    private static let questionOrder: [String: Int] =
        Dictionary(uniqueKeysWithValues: Questionnaire.all.enumerated().map { ($0.element.id, $0.offset) })
}

/// Walking the fields of one record, one at a time: an entry of a list question (a job, a test) or a
/// checklist item. Enter goes to the next field, and after the last one back to the list; Esc goes
/// to the previous field, and from the first one back to the list. The same for every editor.
public struct FieldWalk: Equatable, Sendable {
    public let count: Int
    public init(count: Int) { self.count = count }

    /// The field after `field`, or nil: the record is done (back to its list).
    public func next(after field: Int) -> Int? { field + 1 < count ? field + 1 : nil }
    /// The field before `field`, or nil: leave the record (back to its list).
    public func previous(before field: Int) -> Int? { field > 0 ? field - 1 : nil }
}
