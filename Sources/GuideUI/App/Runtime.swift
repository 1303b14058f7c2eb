import GuideCore

/// What the runtime needs from a terminal: show a frame, wait for the next event.
/// The ncurses backend is one; tests use a scripted fake.
public protocol TerminalIO: AnyObject {
    var size: (width: Int, height: Int) { get }
    func present(_ buffer: ScreenBuffer)
    /// The next event, or nil when input has ended.
    func nextEvent() -> Event?
}

/// What the runtime needs from storage.
public protocol SessionPersistence: AnyObject {
    func create(name: String) throws -> Session
    func save(_ session: Session) throws -> Session
}

extension SessionStore: SessionPersistence {
    public func create(name: String) throws -> Session { try create(name: name, profile: Profile(), now: .now) }
    public func save(_ session: Session) throws -> Session { try save(session, now: .now) }
}

/// The loop: draw the state, read an event, update, perform the effects, feed their results back.
public enum Runtime {
    public static func run(_ state: inout AppState, io: TerminalIO, store: SessionPersistence) {
        let size = io.size
        _ = Update.apply(.resize(width: size.width, height: size.height), to: &state)
        io.present(View.render(state))
        while let event = io.nextEvent() {
            var pending = Update.apply(event, to: &state)
            var quit = false
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                switch effect {
                case .quit:
                    quit = true
                case .save(let session):
                    do {
                        let stored = try store.save(session)
                        pending += Update.apply(.saved(revision: stored.revision), to: &state)
                    } catch {
                        pending += Update.apply(.saveFailed(String(describing: error)), to: &state)
                    }
                case .createSession(let name):
                    do {
                        let session = try store.create(name: name)
                        Update.sessionCreated(session, &state)
                    } catch {
                        pending += Update.apply(.saveFailed(String(describing: error)), to: &state)
                    }
                }
            }
            if quit { return }
            io.present(View.render(state))
        }
    }
}
