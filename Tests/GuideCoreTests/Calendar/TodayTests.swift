import Foundation
import Testing
@testable import GuideCore

// `LocalDate.today()` reads the C library's local time; it must give the same day as the Foundation
// calendar in the current time zone (read on both sides of it, in case the day turns in between).
@Suite struct TodayTests {
    @Test func localtimeAgreesWithTheFoundationCalendar() {
        let before = LocalDate.today(clock: Date(), timeZone: .current)
        let fast = LocalDate.today()
        let after = LocalDate.today(clock: Date(), timeZone: .current)
        #expect(fast == before || fast == after, "localtime_r gave \(fast), the calendar \(before)...\(after)")
    }
}
