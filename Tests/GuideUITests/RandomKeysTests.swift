import Foundation
import GuideCore
import Testing
@testable import GuideUI

/// A seeded random walk over the whole program logic: tens of thousands of keys and resizes never
/// crash it, and every answer the screen showed as saved is in the store afterwards.
@Suite("Random keys")
struct RandomKeysTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let keys: [Key] = [.enter, .enter, .enter, .escape, .tab, .backTab, .backspace, .delete, .up, .down, .down,
                              .left, .right, .home, .end, .pageUp, .pageDown, .function(1), .function(5),
                              .ctrl("u"), .ctrl("k"), .ctrl("a"), .ctrl("e"), .char(" "), .char("?"), .char("a"),
                              .char("d"), .char("y"), .char("n"), .char("r"), .char("s"), .char("c"), .char("j"), .char("k"), .char("é"), .char("中")]
    static let typed: [String] = ["1990-04-17", "2026-01-10", "2019-06-01", "0", "1", "2", "7.5", "8", "40", "25000",
                                  "India", "21231", "software", "E001234567", "1990-02-30", "-3", "9.5", "x"]

    @Test("10,000 random keys per seed: no crash, nothing acknowledged is lost", arguments: [1, 2] as [UInt64])
    func randomWalk(seed: UInt64) throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        var rng = SplitMix(state: seed)
        var events: [Event] = []
        while events.count < 10_000 {
            switch Int.random(in: 0..<20, using: &rng) {
            case 0: events.append(.resize(width: Int.random(in: 1...140, using: &rng), height: Int.random(in: 1...50, using: &rng)))
            case 1: events.append(.resize(width: 80, height: 24))
            case 2...5: events += Self.typed.randomElement(using: &rng)!.map { .key(.char($0)) }
            default: events.append(.key(Self.keys.randomElement(using: &rng)!))
            }
        }
        // `q` is left out (it would quit at once on most screens); the walk ends with Ctrl-C.
        events.append(.resize(width: 80, height: 24))
        events.append(.key(.ctrl("c")))

        final class Recorder: TerminalIO {
            var events: [Event]
            var lastSavedProfile: Profile?
            var frames = 0
            let size = (width: 80, height: 24)
            init(_ e: [Event]) { events = e }
            func present(_ buffer: ScreenBuffer) {
                frames += 1
                #expect(buffer.lines.count == buffer.height)
            }
            func nextEvent() -> Event? { events.isEmpty ? nil : events.removeFirst() }
        }
        final class CountingStore: SessionPersistence {
            let store: SessionStore
            var acknowledged: Session?
            init(_ s: SessionStore) { store = s }
            func create(name: String) throws -> Session { try store.create(name: name) }
            func open(id: String) throws -> Session { try store.load(id: id) }
            func list() throws -> [SessionSummary] { try store.list() }
            func rename(id: String, to name: String) throws { _ = try store.rename(id: id, to: name) }
            func duplicate(id: String, name: String) throws -> Session { try store.duplicate(id: id, name: name) }
            func delete(id: String) throws { try store.delete(id: id) }
            func save(_ session: Session) throws -> Session {
                let saved = try store.save(session)
                acknowledged = saved
                return saved
            }
        }
        // Esc or q on the first screens quits: then the program is started again, as a person
        // would, from what the store holds (which also exercises resuming), until the keys run out.
        let counting = CountingStore(store)
        let io = Recorder(events)
        var runs = 0
        while !io.events.isEmpty {
            let last = try store.mostRecent()
            var state = AppState(resumable: last.map(SessionSummary.init), today: today, dataDirectory: dir.path)
            Runtime.run(&state, io: io, store: counting)
            runs += 1
            if let acked = counting.acknowledged {
                // What the screen last showed as saved is what a restart finds.
                #expect(try store.load(id: acked.id).profile == acked.profile)
            }
        }
        #expect(io.frames > 1000)
        #expect(runs >= 1)
        if let acked = counting.acknowledged {
            let stored = try store.load(id: acked.id)
            #expect(stored.profile == acked.profile)
            #expect(stored.position == acked.position)
            #expect(stored.revision == acked.revision)
        }
    }
}
