import Foundation
import Testing

/// Every end-to-end suite is nested in this one, which runs them one after another: they start real
/// processes and tmux sessions, and running them side by side only adds load and races.
@Suite(.serialized) enum EndToEnd {}

/// Drives the real binary in a tmux pseudo-terminal: type keys, read the screen, as a person would.
/// Waits poll the screen with a timeout; there are no fixed sleeps.
final class Tmux {
    let name: String
    let workDir: URL

    static var isAvailable: Bool { (try? shell("command -v tmux")) != nil }

    /// Starts `command` in a new detached tmux session of the given size. Before and after the
    /// command, the pty's settings are written to `stty-before` and `stty-after`, and the exit code to `exit-code`.
    init(command: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        name = "oinp-e2e-\(UUID().uuidString.prefix(8))"
        workDir = FileManager.default.temporaryDirectory.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.createDirectory(at: workDir, withIntermediateDirectories: true)
        var env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
        env.merge(environment) { _, new in new }
        let exports = env.map { "\($0.key)='\($0.value)'" }.sorted().joined(separator: " ")
        let d = workDir.path
        let script = "stty -a > '\(d)/stty-before'; env \(exports) \(command); echo $? > '\(d)/exit-code.tmp'; stty -a > '\(d)/stty-after'; mv '\(d)/exit-code.tmp' '\(d)/exit-code'; sleep 600"
        try Tmux.shell("tmux new-session -d -s \(name) -x \(width) -y \(height) \(Tmux.quote(script))")
    }

    deinit {
        _ = try? Tmux.shell("tmux kill-session -t \(name)")
        try? FileManager.default.removeItem(at: workDir)
    }

    func screen() -> String { (try? Tmux.shell("tmux capture-pane -p -t \(name)")) ?? "" }

    /// Named keys as tmux knows them: Enter, Escape, Down, BTab, F1, C-c…
    func send(_ keys: String...) throws { try Tmux.shell("tmux send-keys -t \(name) \(keys.joined(separator: " "))") }

    /// Literal text, typed character by character.
    func type(_ text: String) throws { try Tmux.shell("tmux send-keys -t \(name) -l \(Tmux.quote(text))") }

    func resize(width: Int, height: Int) throws {
        try Tmux.shell("tmux resize-window -t \(name) -x \(width) -y \(height)")
    }

    /// Waits until the screen contains `text`; returns the screen, or throws with what was on it.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 20) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen()
            if last.contains(text) { return last }
            usleep(50_000)
        }
        throw Failure("timed out waiting for \"\(text)\"; the screen was:\n\(last)")
    }

    /// Waits for the command to end; returns its exit code.
    func waitForExit(timeout: TimeInterval = 20) throws -> Int {
        let file = workDir.appendingPathComponent("exit-code")
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let s = try? String(contentsOf: file, encoding: .utf8), let code = Int(s.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return code
            }
            usleep(50_000)
        }
        throw Failure("the program did not exit; the screen was:\n\(screen())")
    }

    /// The pid tmux reports for the pane (`#{pane_pid}`): the shell that runs the script.
    func panePID() throws -> pid_t {
        let out = try Tmux.shell("tmux display-message -p -t \(name) '#{pane_pid}'")
        guard let pid = pid_t(out.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw Failure("tmux gave no pane pid: \(out)") }
        return pid
    }

    /// The pid of the command the pane's shell is running now: the one child of `#{pane_pid}` (`env`
    /// execs the command, so the pid is the program's). By parent pid, not by a name pattern, so no
    /// other process can be hit.
    func commandPID() throws -> pid_t {
        let shellPID = try panePID()
        let children = try Tmux.shell("ps -o pid= --ppid \(shellPID)").split(whereSeparator: \.isWhitespace).compactMap { pid_t($0) }
        guard children.count == 1, let pid = children.first else {
            throw Failure("the pane's shell (pid \(shellPID)) has \(children.count) children, not the one command")
        }
        return pid
    }

    func sttyBefore() throws -> String { try String(contentsOf: workDir.appendingPathComponent("stty-before"), encoding: .utf8) }
    func sttyAfter() throws -> String { try String(contentsOf: workDir.appendingPathComponent("stty-after"), encoding: .utf8) }

    struct Failure: Error, CustomStringConvertible { let description: String; init(_ d: String) { description = d } }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs a shell command and returns its standard output. popen/pclose wait for exactly this
    /// child; Foundation's Process was seen to hang in waitUntilExit when tests spawn processes
    /// from several threads at once.
    @discardableResult
    static func shell(_ command: String) throws -> String {
        guard let pipe = popen(command + " 2>/dev/null", "r") else { throw Failure("cannot run `\(command)`") }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buffer, 1, buffer.count, pipe)
            if n > 0 { data.append(contentsOf: buffer[0..<n]) }
            if n < buffer.count { break }
        }
        let status = pclose(pipe)
        guard status == 0 else { throw Failure("`\(command)` exited with status \(status)") }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The built `oinp-guide` beside the test bundle (or $OINP_GUIDE_BIN).
enum Binary {
    static var path: String? {
        if let p = ProcessInfo.processInfo.environment["OINP_GUIDE_BIN"] { return p }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("oinp-guide").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }
}
