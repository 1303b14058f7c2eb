import Foundation
import Testing
@testable import GuideCore

@Suite struct SmokeTests {
    @Test func rulesLoad() throws {
        _ = try RuleData.load()
    }

    @Test func exampleProfileAssesses() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/examples/profile-example.json")
        let p = try ProfileJSON.decode(Data(contentsOf: url))
        #expect(p.validate(asOf: d("2026-11-29")).isEmpty)
        let a = Assessor(asOf: d("2026-11-29")).assess(p)
        if ProcessInfo.processInfo.environment["PRINT_ASSESSMENT"] != nil { print(a.renderText()) }
        #expect(a.crs.total > 0)
    }
}
