import GuideCore

/// What the runtime needs from a terminal: show a frame, wait for the next event.
/// The ncurses backend is one; tests use a scripted fake.
public protocol TerminalIO: AnyObject {
    var size: (width: Int, height: Int) { get }
    func present(_ buffer: ScreenBuffer)
    /// The next event, or nil when input has ended.
    func nextEvent() -> Event?
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
                case .openSession(let id):
                    do {
                        pending += Update.apply(.sessionOpened(try store.open(id: id)), to: &state)
                    } catch {
                        pending += Update.apply(.failed(String(describing: error)), to: &state)
                    }
                case .loadSessions:
                    do {
                        pending += Update.apply(.sessionsListed(try store.list()), to: &state)
                    } catch {
                        pending += Update.apply(.failed(String(describing: error)), to: &state)
                    }
                case let .renameSession(id, name):
                    pending += manage(&state, store) { try store.rename(id: id, to: name); return "Renamed to \"\(name)\"." }
                case let .duplicateSession(id, name):
                    pending += manage(&state, store) { _ = try store.duplicate(id: id, name: name); return "Copied as \"\(name)\"." }
                case .deleteSession(let id):
                    pending += manage(&state, store) { try store.delete(id: id); return "Deleted." }
                case .keepAlive:
                    store.keepAlive()
                case .exportChecklist:
                    guard let session = state.session else { break }
                    do {
                        let path = try ChecklistFile.write(session, today: state.today)
                        state.status = "Checklist written to \(path)."
                        state.statusIsError = false
                    } catch {
                        pending += Update.apply(.failed("Checklist not written: \(error)"), to: &state)
                    }
                case .closeSession:
                    store.closeCurrent()
                }
            }
            if quit {
                store.closeCurrent()
                return
            }
            io.present(View.render(state))
        }
    }

    /// Runs a session-manager action, then lists the sessions again (the list on screen stays true).
    static func manage(_ state: inout AppState, _ store: SessionPersistence, _ action: () throws -> String) -> [Effect] {
        do {
            let message = try action()
            state.status = message
            state.statusIsError = false
            return Update.apply(.sessionsListed(try store.list()), to: &state)
        } catch {
            return Update.apply(.failed(String(describing: error)), to: &state)
        }
    }
}
