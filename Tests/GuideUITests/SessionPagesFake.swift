import Foundation
import GuideCore
@testable import GuideUI

/// The session manager's page source in memory, for the pure tests: it answers the manager's reads
/// (`.locateSession`, `.readSessions`) from a list, as the runtime does from the store, and records them.
final class FakeSessionPages {
    /// Every session, in the store's order (most recently changed first).
    var list: [SessionSummary]
    var locates: [SessionLocateRequest] = []
    var reads: [SessionWindowRequest] = []
    /// Rows handed to the manager, over every read.
    var rowsRead = 0

    init(_ list: [SessionSummary]) { self.list = list }

    /// Answers the manager's reads among `effects` (and those their answers bring), as the runtime would;
    /// returns the other effects.
    @discardableResult
    func settle(_ effects: [Effect], _ s: inout AppState) -> [Effect] {
        var pending = effects, others: [Effect] = []
        while !pending.isEmpty {
            switch pending.removeFirst() {
            case .locateSession(let r):
                locates.append(r)
                pending += Update.apply(.sessionLocated(r, SessionPosition.finding(r, in: list)), to: &s)
            case .readSessions(let r):
                reads.append(r)
                let w = SessionWindow.reading(r, from: list)
                rowsRead += w.rows.count
                pending += Update.apply(.sessionsRead(r, w), to: &s)
            case let other:
                others.append(other)
            }
        }
        return others
    }

    /// Applies `event`, then answers the reads it asked for.
    @discardableResult
    func apply(_ event: Event, _ s: inout AppState) -> [Effect] { settle(Update.apply(event, to: &s), &s) }

    @discardableResult
    func press(_ keys: [Key], _ s: inout AppState) -> [Effect] { keys.flatMap { apply(.key($0), &s) } }

    func type(_ text: String, _ s: inout AppState) { for c in text { apply(.key(.char(c)), &s) } }

    /// Opens the manager on `s` (as the `s` key does) and reads its first window.
    func open(_ s: inout AppState) { settle(Update.openSessions(&s), &s) }

    /// Every row the manager's query keeps, in its order: what it would show had it read them all.
    func kept(_ s: AppState) -> [SessionSummary] { s.manager.query.apply(list, today: s.today) }
}
