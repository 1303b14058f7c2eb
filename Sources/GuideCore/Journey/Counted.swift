/// The answers that count. A question hidden by later answers (the spouse became a citizen, the
/// marital status became single) keeps its saved answer, so changing back restores it, but that
/// answer must not reach any score, fee, family size or checklist item: the engine works on this.
extension Profile {
    public var counted: Profile {
        var p = self.withImpliedAnswers
        let questions = Visibility.all
        // A question found hidden with no answer is not looked at again: answers only ever go away, so it
        // stays unanswered, and `hasAnswer` (a key-path read) is the costly part of a hidden question.
        var unanswered = [Bool](repeating: false, count: questions.count)
        // Clearing one answer can hide further questions (a spouse's tests after the spouse itself);
        // answers only ever go away, so this ends after at most as many passes as there are levels.
        // Each pass visits the questions in order and sees every clear made before it, as a plain loop
        // would; the questions' closures read the profile in place instead of copying it for each call.
        for _ in 0..<questions.count {
            var changed = false
            var i = 0
            while i < questions.count {
                // `isShown` first: it is cheap, and most questions are shown.
                if !unanswered[i] && !questions[i].isShown(p) {
                    if questions[i].hasAnswer(p) {
                        questions[i].clear(&p)
                        changed = true
                    } else {
                        unanswered[i] = true
                    }
                }
                i += 1
            }
            if !changed { break }
        }
        return p
    }
}

/// The three closures of each question that `counted` uses, in `Questionnaire.all`'s order, so the loop
/// does not copy whole `Question` values (prompt, help, kind and all) to reach them.
private struct Visibility: Sendable {
    let isShown: @Sendable (Profile) -> Bool
    let hasAnswer: @Sendable (Profile) -> Bool
    let clear: @Sendable (inout Profile) -> Void

    static let all = Questionnaire.all.map { Visibility(isShown: $0.isShown, hasAnswer: $0.hasAnswer, clear: $0.clear) }
}

extension Profile {
    /// A yes/no that a later answer states by itself: an NOI date means an NOI was received. Profiles
    /// written by hand or by other tools often give the date alone; the date must still count. An
    /// explicit "no" is kept, and then the date is a hidden answer.
    var withImpliedAnswers: Profile {
        var p = self
        if p.filing.receivedNOI == nil, p.noiDate != nil || p.filing.oinpApplicationSubmitted != nil { p.filing.receivedNOI = true }
        if p.filing.receivedITA == nil, p.filing.itaDate != nil || p.filing.prApplicationSubmitted != nil { p.filing.receivedITA = true }
        if p.jobOffer.hasOffer == nil, p.jobOffer.nocCode != nil { p.jobOffer.hasOffer = true }
        return p
    }
}
