// In-process CRS throughput over a set of profiles, repeated for a fixed time: `total` runs the fast
// CRSRules.total (the number alone), `assess` the full CRSRules.assess (breakdown and text).
// Built by bench/crs/build.sh against the release build's GuideCore objects; not part of the package.
// Usage: crs-bench PROFILE_DIR AS_OF SECONDS [total|assess]   -> prints "<assessments> <seconds> <checksum>"
import Foundation
import GuideCore

let args = CommandLine.arguments
let mode = args.count == 5 ? args[4] : "assess"
guard args.count == 4 || args.count == 5, let seconds = Double(args[3]), mode == "total" || mode == "assess" else {
    FileHandle.standardError.write(Data("usage: crs-bench PROFILE_DIR AS_OF SECONDS [total|assess]\n".utf8))
    exit(2)
}
let asOf = try LocalDate.parse(args[2])
let dir = URL(fileURLWithPath: args[1])
let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }.sorted()
let profiles = try files.map { try ProfileJSON.decode(Data(contentsOf: dir.appendingPathComponent($0))) }
guard !profiles.isEmpty else { exit(2) }

// One warm-up pass decodes the rule tables, so the clock measures the assessments only.
@inline(never) func score(_ p: Profile) -> Int {
    mode == "total" ? CRSRules.total(p, asOf: asOf) : CRSRules.assess(p, asOf: asOf).total
}
var checksum = profiles.reduce(0) { $0 &+ score($1) }
var count = 0
let clock = ContinuousClock()
let start = clock.now
let limit = Duration.milliseconds(Int64(seconds * 1000))
repeat {
    for p in profiles { checksum &+= score(p) }
    count += profiles.count
} while clock.now - start < limit
let elapsed = clock.now - start
let s = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print(count, s, checksum)
