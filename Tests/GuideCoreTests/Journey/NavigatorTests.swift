import Testing
@testable import GuideCore

// The navigation engine that the screens and --plain share. Each test builds answers through the
// questions' own `write`, then asks the engine where the journey goes.

private let today = LocalDate(year: 2026, month: 12, day: 1)!

private func answering(_ p: Profile, _ answers: [(String, String)]) -> Profile {
    var p = p
    for (id, text) in answers {
        let problem = Questionnaire.question(id: id)!.write(&p, text, today)
        #expect(problem == nil, "\(id) refused \(text): \(problem ?? "")")
    }
    return p
}

private func ids(_ pages: [Navigator.Page]) -> [String] {
    pages.map { page in
        switch page {
        case .question(let id): return id
        case .summary(let step): return "summary:\(step.rawValue)"
        }
    }
}

@Suite("Navigator: the one navigation engine")
struct NavigatorTests {
    @Test("hidden questions are not pages, so next and previous pass over them both ways")
    func hiddenQuestionsArePassedOver() {
        let single = answering(Profile(), [("dateOfBirth", "1996-05-01"), ("maritalStatus", "single")])
        let married = answering(Profile(), [("dateOfBirth", "1996-05-01"), ("maritalStatus", "married")])
        // Single: no spouse question follows the marital status; married: the spouse's status does.
        let afterSingle = Navigator.next(after: .question("maritalStatus"), single)
        let afterMarried = Navigator.next(after: .question("maritalStatus"), married)
        #expect(afterMarried == .question("spouseCitizenOrPR"))
        #expect(afterSingle != nil && afterSingle != .question("spouseCitizenOrPR"))
        #expect(!ids(Navigator.pages(.criteria, single)).contains { $0.hasPrefix("spouse") })
        // And back: from the page after the marital status, the single person returns to it directly.
        #expect(Navigator.previous(before: afterSingle!, single) == .question("maritalStatus"))
        // Every step ends on its summary, and nothing comes after it within the step.
        #expect(Navigator.pages(.criteria, single).last == .summary(.criteria))
        #expect(Navigator.next(after: .summary(.criteria), single) == nil)
    }

    @Test("a question hidden by the answer just given goes on to the next page in order, not to the step's start")
    func aQuestionThatHidItself() {
        // The spouse's education is asked of a scoring spouse. Make the spouse a citizen afterwards:
        // the education question is now hidden, and "next" from it must be the first page after it.
        let couple = answering(Profile(), [("dateOfBirth", "1996-05-01"), ("maritalStatus", "married"),
                                           ("spouseCitizenOrPR", "no"), ("spouseAccompanying", "yes")])
        #expect(Questionnaire.question(id: "spouseEducation")!.isShown(couple))
        let citizen = answering(couple, [("spouseCitizenOrPR", "yes")])
        #expect(!Questionnaire.question(id: "spouseEducation")!.isShown(citizen))
        let pages = Navigator.pages(.criteria, citizen)
        let order = Questionnaire.all.map(\.id)
        let hiddenAt = order.firstIndex(of: "spouseEducation")!
        let expected = pages.first { page in
            if case .question(let id) = page { return order.firstIndex(of: id)! > hiddenAt }
            return true
        }
        let next = Navigator.next(after: .question("spouseEducation"), citizen)
        #expect(next == expected)
        #expect(next != pages.first)
        // Back from the hidden one is the page before where it stood.
        #expect(Navigator.previous(before: .question("spouseEducation"), citizen) == pages[pages.firstIndex(of: expected!)! - 1])
    }

    @Test("after a summary the journey goes on to where the next step opens; after step 4's, nowhere")
    func followingCrossesSteps() {
        let p = Profile()
        #expect(Navigator.following(.summary(.criteria), p) == Navigator.entryPage(.stream, p))
        #expect(Navigator.following(.summary(.pr), p) == nil)
        // A new step opens on its first question, optional or not.
        #expect(Navigator.entryPage(.pr, p) == Navigator.pages(.pr, p).first)
    }

    @Test("federal Express Entry alone: step 3 has no questions, is 'not needed', and its summary comes between 2 and 4")
    func aStepNotNeeded() {
        var federal = Profile()
        federal.chosenRoute = .federal
        #expect(Navigator.pages(.oinp, federal) == [.summary(.oinp)])
        #expect(Navigator.states(federal)[2] == .notNeeded)
        #expect(Navigator.states(federal)[2].label == "not needed: federal Express Entry alone")
        #expect(Navigator.following(.summary(.stream), federal) == .summary(.oinp))
        #expect(Navigator.following(.summary(.oinp), federal) == Navigator.entryPage(.pr, federal))
        // On the HCP route, step 3 asks about the NOI.
        var hcp = Profile()
        hcp.chosenRoute = .hcp
        #expect(Navigator.states(hcp)[2] != .notNeeded)
        #expect(Navigator.pages(.oinp, hcp).first == .question("receivedNOI"))
    }

    @Test("a step under way opens on the first required answer it still needs; a complete one on its summary")
    func entryPages() {
        let couple = answeredCouple()
        #expect(Navigator.entryPage(.criteria, couple) == Navigator.review(couple, in: .criteria).first ?? .summary(.criteria))
        let started = answering(Profile(), [("dateOfBirth", "1996-05-01")])
        let firstMissing = Questionnaire.missing(for: started, in: .criteria).first!
        #expect(Navigator.entryPage(.criteria, started) == .question(firstMissing.id))
        #expect(firstMissing.id != "dateOfBirth")
        #expect(Navigator.states(started)[0] == .inProgress(answered: 1, total: Questionnaire.progress(in: .criteria, for: started).total))
        #expect(Navigator.states(nil) == [.notStarted, .notStarted, .notStarted, .notStarted])
    }

    @Test("a saved position comes back as the same page; a position whose question is now hidden opens its step")
    func positions() {
        let single = answering(Profile(), [("dateOfBirth", "1996-05-01"), ("maritalStatus", "single")])
        for page in Navigator.pages(.criteria, single) {
            #expect(Navigator.page(for: Navigator.position(of: page, fallback: .criteria), single) == page)
        }
        let hidden = JourneyPosition(step: .criteria, questionID: "spouseEducation")
        #expect(Navigator.page(for: hidden, single) == Navigator.entryPage(.criteria, single))
        #expect(Navigator.page(for: JourneyPosition(step: .stream, questionID: nil), single) == nil)
    }

    @Test("the review list is the required questions still missing, in order, for the answers as they are")
    func review() {
        let started = answering(Profile(), [("dateOfBirth", "1996-05-01"), ("maritalStatus", "married")])
        let review = ids(Navigator.review(started))
        #expect(review == Questionnaire.missing(for: started).map(\.id))
        #expect(review.contains("spouseCitizenOrPR"))
        #expect(!review.contains("dateOfBirth"))
        let single = answering(started, [("maritalStatus", "single")])
        #expect(!ids(Navigator.review(single)).contains("spouseCitizenOrPR"))
    }

    @Test("a record's fields: Enter goes on and ends after the last; Esc goes back and leaves from the first")
    func fieldWalk() {
        let walk = FieldWalk(count: 4)
        #expect(walk.next(after: 0) == 1)
        #expect(walk.next(after: 3) == nil)
        #expect(walk.previous(before: 2) == 1)
        #expect(walk.previous(before: 0) == nil)
        #expect(FieldWalk(count: 1).next(after: 0) == nil)
    }
}
