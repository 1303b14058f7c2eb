import Foundation
import GuideCore
@testable import GuideUI

let today = LocalDate(year: 2026, month: 11, day: 29)!
let dataDir = "/home/ana/.local/share/oinp-guide"

let onDateOfBirth = JourneyPosition(step: .criteria, questionID: "dateOfBirth")

func freshState(width: Int = 80, height: Int = 24) -> AppState {
    AppState(width: width, height: height, today: today, dataDirectory: dataDir)
}

func session(_ name: String = "My application", dob: LocalDate? = nil, at position: JourneyPosition = JourneyPosition()) -> Session {
    var p = Profile()
    p.dateOfBirth = dob
    return Session(id: "S1", name: name, profile: p, position: position,
                   createdAt: Date(timeIntervalSince1970: 0), revision: 1)
}

/// Applies keys in order and returns every effect produced.
@discardableResult
func press(_ keys: [Key], _ s: inout AppState) -> [Effect] {
    keys.flatMap { Update.apply(.key($0), to: &s) }
}

func type(_ text: String, _ s: inout AppState) {
    for c in text { _ = Update.apply(.key(.char(c)), to: &s) }
}

/// A terminal that replays scripted events and records every frame.
final class ScriptedTerminal: TerminalIO {
    var events: [Event]
    var frames: [ScreenBuffer] = []
    let size: (width: Int, height: Int)

    init(_ events: [Event], width: Int = 80, height: Int = 24) {
        self.events = events
        size = (width, height)
    }

    func present(_ buffer: ScreenBuffer) { frames.append(buffer) }
    func nextEvent() -> Event? { events.isEmpty ? nil : events.removeFirst() }
}

func keys(_ text: String) -> [Event] { text.map { .key(.char($0)) } }

func temporaryDirectory() -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("oinp-ui-\(UUID().uuidString)")
    return dir
}
