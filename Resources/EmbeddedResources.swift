// Public access to the data files compiled into the binary by SwiftPM's `.embedInCode`.
// SwiftPM generates the internal `PackageResources` enum from the files under `data/`.
// Note: `.embedInCode` flattens directories, so every file name under data/ must be unique.

public enum EmbeddedResources {
    /// The bytes of a data file, by its file name (for example "app.json"), or nil when no such file exists.
    public static func bytes(named name: String) -> [UInt8]? {
        all[name]
    }

    /// Every embedded file, by name.
    public static let all: [String: [UInt8]] = [
        "app.json": PackageResources.app_json,
        // Rules engine tables (data/rules/).
        "language.json": PackageResources.language_json,
        "fsw.json": PackageResources.fsw_json,
        "cec.json": PackageResources.cec_json,
        "crs.json": PackageResources.crs_json,
        "funds.json": PackageResources.funds_json,
        "fees.json": PackageResources.fees_json,
        "deadlines.json": PackageResources.deadlines_json,
        "hcp.json": PackageResources.hcp_json,
        "tech_noc.json": PackageResources.tech_noc_json,
        "oinp_streams.json": PackageResources.oinp_streams_json,
        "owp.json": PackageResources.owp_json,
        "rounds.json": PackageResources.rounds_json,
        "ee_categories.json": PackageResources.ee_categories_json,
        "sources.json": PackageResources.sources_json,
        "documents.json": PackageResources.documents_json,
    ]
}
