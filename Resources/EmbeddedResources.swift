// Public access to the data files compiled into the binary by SwiftPM's `.embedInCode`.
// SwiftPM generates the internal `PackageResources` enum from the files under `data/`.

public enum EmbeddedResources {
    /// The bytes of a data file, by its file name (for example "app.json"), or nil when no such file exists.
    public static func bytes(named name: String) -> [UInt8]? {
        all[name]
    }

    /// Every embedded file, by name.
    public static let all: [String: [UInt8]] = [
        "app.json": PackageResources.app_json,
    ]
}
