import Foundation
import GRDB
import Testing
@testable import GuideCore

/// Two `SessionStore` instances on one folder stand for two running programs (each has its own lock owner).
@Suite("Editing lock")
struct SessionLockTests {
    @Test("the second instance is told the session is open elsewhere, with the pid and since when; it can read it")
    func secondIsRefused() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = try SessionStore(directory: dir)
        let b = try SessionStore(directory: dir)
        let s = try a.create(name: "Ana")
        let t0 = Date(timeIntervalSince1970: 1_767_225_600)
        let handle = try a.openForEditing(id: s.id, now: t0)
        #expect(handle.session == s)

        let expected = StoreError.openElsewhere(sessionID: s.id, pid: getpid(), host: ThisHost.name, since: t0)
        #expect(throws: expected) { try b.openForEditing(id: s.id, now: t0.addingTimeInterval(5)) }
        #expect(expected.description.contains("is open in another oinp-guide (process \(getpid())"))
        #expect(try b.openElsewhere(id: s.id, now: t0.addingTimeInterval(5))?.pid == getpid())
        #expect(try a.openElsewhere(id: s.id, now: t0.addingTimeInterval(5)) == nil)   // our own lock
        // Read-only: b can still load it, but not change, rename or delete it.
        var inB = try b.load(id: s.id)
        inB.profile.numberOfChildren = 2
        #expect(throws: expected) { try b.save(inB, now: t0.addingTimeInterval(5)) }
        #expect(throws: expected) { try b.rename(id: s.id, to: "x", now: t0.addingTimeInterval(5)) }
        #expect(throws: expected) { try b.delete(id: s.id, now: t0.addingTimeInterval(5)) }

        // The holder saves through its handle; opening again in the same instance is fine.
        var inA = handle.session
        inA.profile.numberOfChildren = 1
        let saved = try handle.save(inA, now: t0.addingTimeInterval(6))
        #expect(saved.revision == 2)
        _ = try a.openForEditing(id: s.id, now: t0.addingTimeInterval(7))

        // Once closed, b may open it, and a is refused in turn.
        handle.close()
        let hb = try b.openForEditing(id: s.id, now: t0.addingTimeInterval(8))
        #expect(hb.session.profile.numberOfChildren == 1)
        #expect(throws: StoreError.self) { try a.openForEditing(id: s.id, now: t0.addingTimeInterval(9)) }
        hb.close()
    }

    @Test("a lock whose heartbeat is older than staleAfter is taken over; heartbeats keep it")
    func staleHeartbeat() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = try SessionStore(directory: dir, staleAfter: 60)
        let b = try SessionStore(directory: dir, staleAfter: 60)
        let s = try a.create(name: "Ana")
        let t0 = Date(timeIntervalSince1970: 1_767_225_600)
        let ha = try a.openForEditing(id: s.id, now: t0)
        try ha.heartbeat(now: t0.addingTimeInterval(50))
        #expect(throws: StoreError.self) { try b.openForEditing(id: s.id, now: t0.addingTimeInterval(100)) }
        // 61 s without a heartbeat (a laptop asleep): b takes over; a's next heartbeat and save are refused.
        let hb = try b.openForEditing(id: s.id, now: t0.addingTimeInterval(111))
        #expect(throws: StoreError.openElsewhere(sessionID: s.id, pid: getpid(), host: ThisHost.name, since: t0.addingTimeInterval(111))) {
            try ha.heartbeat(now: t0.addingTimeInterval(112))
        }
        #expect(throws: StoreError.self) { try ha.save(ha.session, now: t0.addingTimeInterval(112)) }
        // a closing its stale handle does not release b's lock.
        ha.close()
        #expect(try a.openElsewhere(id: s.id, now: t0.addingTimeInterval(113)) != nil)
        hb.close()
    }

    @Test("a lock left by a process that is gone (killed) on this host is taken over at once")
    func deadProcess() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        let s = try store.create(name: "Ana")
        // A real pid that no longer runs: a child that has exited and been reaped.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/true")
        try p.run()
        p.waitUntilExit()
        let deadPID = p.processIdentifier
        let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))   // whole seconds: stored exactly
        let q = try DatabaseQueue(path: store.fileURL.path)
        try q.write { db in
            try db.execute(sql: "INSERT INTO session_lock (sessionID, owner, pid, host, since, heartbeat) VALUES (?, 'gone', ?, ?, ?, ?)",
                           arguments: [s.id, Int(deadPID), ThisHost.name, now, now])
        }
        // The same row from another machine is respected (we cannot see its processes)...
        try q.write { try $0.execute(sql: "UPDATE session_lock SET host = 'elsewhere.example'") }
        #expect(throws: StoreError.openElsewhere(sessionID: s.id, pid: deadPID, host: "elsewhere.example", since: now)) {
            try store.openForEditing(id: s.id, now: now)
        }
        // ...but on this host a dead pid means the lock is stale.
        try q.write { try $0.execute(sql: "UPDATE session_lock SET host = ?", arguments: [ThisHost.name]) }
        try q.close()
        let h = try store.openForEditing(id: s.id, now: now)
        h.close()
    }

    @Test("deleting a session removes its lock; closing a dropped handle releases it")
    func cascade() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = try SessionStore(directory: dir)
        let b = try SessionStore(directory: dir)
        let s = try a.create(name: "Ana")
        do { _ = try a.openForEditing(id: s.id) }      // the handle is dropped at once: it closes itself
        _ = try b.openForEditing(id: s.id).id
        let h = try a.openForEditing(id: s.id)
        try a.delete(id: s.id)
        #expect(throws: StoreError.notFound(sessionID: s.id)) { try h.heartbeat() }
        let q = try DatabaseQueue(path: a.fileURL.path)
        #expect(try q.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM session_lock") } == 0)
        try q.close()
    }

    @Test("a lock held under a pid that now belongs to another process (another start time) is stale")
    func reusedPID() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        let s = try store.create(name: "Ana")
        let mine = try #require(ThisHost.identity(of: getpid()))
        let boot = try #require(ThisHost.bootID)
        #expect(mine == ThisHost.ownIdentity && mine.hasPrefix(boot + "/"))
        let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        let q = try DatabaseQueue(path: store.fileURL.path)
        func holder(process: String?) throws {
            try q.write { db in
                try db.execute(sql: "DELETE FROM session_lock")
                try db.execute(sql: "INSERT INTO session_lock (sessionID, owner, pid, host, since, heartbeat, process) VALUES (?, 'other', ?, ?, ?, ?, ?)",
                               arguments: [s.id, Int(getpid()), ThisHost.name, now, now, process])
            }
        }
        // The live holder (this very process, same start time) is respected...
        try holder(process: mine)
        #expect(throws: StoreError.openElsewhere(sessionID: s.id, pid: getpid(), host: ThisHost.name, since: now)) {
            try store.openForEditing(id: s.id, now: now)
        }
        // ...and so is a lock written before v3 (no start time: only the pid can be compared)...
        try holder(process: nil)
        #expect(throws: StoreError.self) { try store.openForEditing(id: s.id, now: now) }
        // ...but a holder that started at another time, or in another boot, is not this process: stale.
        try holder(process: mine + "0")
        try store.openForEditing(id: s.id, now: now).close()
        try holder(process: "another-boot/" + (mine.split(separator: "/").last.map(String.init) ?? ""))
        try store.openForEditing(id: s.id, now: now).close()
        try q.close()
    }
}
