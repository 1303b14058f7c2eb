import Foundation

/// Where the program keeps its files: `--data-dir`, else `$XDG_DATA_HOME/oinp-guide`, else `~/.local/share/oinp-guide`.
public enum DataLocation {
    /// The folder to use. An empty `override` is not "no override": the command line refuses it before
    /// (an empty variable in a script must not fall back to the personal store); here it counts as absent.
    public static func directory(override: String?, environment: (String) -> String? = EnvironmentVariable.value) -> URL {
        if let override, !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true).standardizedFileURL
        }
        if let xdg = environment("XDG_DATA_HOME"), xdg.hasPrefix("/") {
            return URL(fileURLWithPath: joined(xdg, "oinp-guide"), isDirectory: true)
        }
        let home = environment("HOME").flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: joined(home, ".local/share/oinp-guide"), isDirectory: true)
    }

    /// `folder/name` as a path string. Joined as text, not with `URL.appendingPathComponent`, whose first
    /// use costs about 0.45 M instructions before the first screen.
    public static func joined(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The same, from a given set of variables (tests).
    public static func directory(override: String?, environment: [String: String]) -> URL {
        directory(override: override, environment: { environment[$0] })
    }

    /// Creates the folder (and parents) readable by the owner only. An existing folder that is ours (owned
    /// by us, holding nothing but our files) loses the group's and others' bits (`mode & ~0o077`), and
    /// nothing else: a folder the user made read-only stays so, and a folder with other files in it (`--data-dir
    /// ~` or `/tmp`) keeps its mode: our file in it is 0600 anyway.
    /// Throws `.notAFolder` when the path is a file, `.cannotCreateFolder` when it cannot be made.
    public static func prepare(_ dir: URL) throws {
        var st = stat()
        if stat(dir.path, &st) == 0 {
            guard (st.st_mode & S_IFMT) == S_IFDIR else { throw StoreError.notAFolder(path: dir.path) }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? ["?"]
            if st.st_uid == geteuid(), names.allSatisfy({ $0.hasPrefix(SessionStore.fileName) }) {
                tighten(dir.path, mode: st.st_mode)
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir) {
                guard isDir.boolValue else { throw StoreError.notAFolder(path: dir.path) }
                return                                     // made meanwhile by another program
            }
            // A parent that is a file is named as such; other reasons (permissions, read-only disk) go to the detail.
            var parent = dir.deletingLastPathComponent()
            while parent.path != "/" {
                if FileManager.default.fileExists(atPath: parent.path, isDirectory: &isDir) {
                    if !isDir.boolValue { throw StoreError.notAFolder(path: parent.path) }
                    break
                }
                parent = parent.deletingLastPathComponent()
            }
            throw StoreError.cannotCreateFolder(path: dir.path, detail: (error as NSError).localizedDescription)
        }
    }

    /// Takes away the group's and others' permission bits, never adds one; a failure (a folder that is
    /// not ours, a read-only file system) leaves it as it is.
    static func tighten(_ path: String, mode: mode_t) {
        let tightened = mode & 0o7700
        if tightened != mode & 0o7777 { _ = chmod(path, tightened) }
    }

    /// The current permission bits of `path`, or nil when it does not exist.
    static func mode(_ path: String) -> mode_t? {
        var st = stat()
        return stat(path, &st) == 0 ? st.st_mode : nil
    }
}
