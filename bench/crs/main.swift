// In-process CRS throughput over a set of profiles, repeated for a fixed time: `total` runs the fast
// CRSRules.total (the number alone), `assess` the full CRSRules.assess (breakdown and text).
// Built by bench/crs/build.sh against the release build's GuideCore objects; not part of the package.
// Usage: crs-bench PROFILE_DIR AS_OF SECONDS [total|assess]   -> prints "<assessments> <seconds> <checksum>"
// (CRS_BENCH_PASSES=N instead of SECONDS: exactly N passes over the profiles.)
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
var elapsed = Duration.zero

// One warm-up pass decodes the rule tables, so the clock measures the assessments only. The loop reads
// the profiles in place and the mode is a Bool: `for p in profiles` copied each profile (retaining its
// strings and arrays) and `mode == "total"` compared strings on every call, about 1,200 instructions a
// call that were the harness's, not the engine's.
let useTotal = mode == "total"
@inline(never) func score(_ p: UnsafePointer<Profile>) -> Int {
    if useTotal { return CRSRules.total(p.pointee, asOf: asOf) }
    return CRSRules.assess(p.pointee, asOf: asOf).total
}
var checksum = 0
var count = 0
profiles.withUnsafeBufferPointer { ps in
    for i in ps.indices { checksum &+= score(ps.baseAddress! + i) }
    let clock = ContinuousClock()
    let start = clock.now
    let limit = Duration.milliseconds(Int64(seconds * 1000))
    // CRS_BENCH_PASSES=N: exactly N passes, no clock (for callgrind: the difference of two such runs
    // divided by the calls between them is the instructions of one call).
    let passes = ProcessInfo.processInfo.environment["CRS_BENCH_PASSES"].flatMap { Int($0) }
    repeat {
        for i in ps.indices { checksum &+= score(ps.baseAddress! + i) }
        count += ps.count
    } while passes.map { count < $0 * ps.count } ?? (clock.now - start < limit)
    elapsed = clock.now - start
}
let s = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print(count, s, checksum)
