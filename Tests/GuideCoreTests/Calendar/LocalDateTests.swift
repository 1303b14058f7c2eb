import Testing
@testable import GuideCore

@Suite("Local dates")
struct LocalDateTests {
    @Test("strict ISO parsing with reasons")
    func parsing() throws {
        #expect(try LocalDate.parse("2024-02-29") == LocalDate(year: 2024, month: 2, day: 29))
        #expect(throws: LocalDate.ParseError.noSuchDay("2025-02-29")) { try LocalDate.parse("2025-02-29") }
        #expect(throws: LocalDate.ParseError.noSuchDay("1900-02-29")) { try LocalDate.parse("1900-02-29") }
        #expect(try LocalDate.parse("2000-02-29") == LocalDate(year: 2000, month: 2, day: 29))
        for bad in ["2024-2-29", "24-02-29", "2024/02/29", "", "abcd-ef-gh", "2024-02-29x", "２０２４-02-29"] {
            #expect(throws: LocalDate.ParseError.format) { try LocalDate.parse(bad) }
        }
    }

    @Test("text round trip: every date prints as YYYY-MM-DD and parses back to itself")
    func textRoundTrip() throws {
        #expect(LocalDate(year: 2026, month: 5, day: 30)!.description == "2026-05-30")
        #expect(LocalDate(year: 7, month: 1, day: 9)!.description == "0007-01-09")
        #expect(try LocalDate.parse("  2026-05-30\t") == LocalDate(year: 2026, month: 5, day: 30))
        for n in stride(from: 365, to: 3_650_000, by: 1_009) {
            let d = LocalDate(dayNumber: n)
            #expect(try LocalDate.parse(d.description) == d)
        }
    }

    @Test("day arithmetic across month, year and leap-day edges")
    func arithmetic() {
        let d = LocalDate(year: 2026, month: 11, day: 29)!
        #expect(d.adding(days: 45) == LocalDate(year: 2027, month: 1, day: 13))
        #expect(d.adding(days: -365) == LocalDate(year: 2025, month: 11, day: 29))
        #expect(LocalDate(year: 2024, month: 2, day: 28)!.adding(days: 1) == LocalDate(year: 2024, month: 2, day: 29))
        #expect(LocalDate(year: 2023, month: 2, day: 28)!.adding(days: 1) == LocalDate(year: 2023, month: 3, day: 1))
        #expect(LocalDate(year: 2024, month: 1, day: 31)!.adding(months: 1) == LocalDate(year: 2024, month: 2, day: 29))
        #expect(LocalDate(year: 2024, month: 2, day: 29)!.adding(years: 2) == LocalDate(year: 2026, month: 2, day: 28))
        #expect(LocalDate(year: 2026, month: 1, day: 1)!.days(until: LocalDate(year: 2027, month: 1, day: 1)!) == 365)
        #expect(LocalDate(year: 2024, month: 1, day: 1)!.days(until: LocalDate(year: 2025, month: 1, day: 1)!) == 366)
        for n in stride(from: LocalDate.earliest.dayNumber, to: 3_000_000, by: 997) {
            #expect(LocalDate(dayNumber: n).dayNumber == n)
        }
    }

    @Test("age in completed years, birthdays and Feb 29")
    func age() {
        let born = LocalDate(year: 1990, month: 4, day: 17)!
        #expect(born.age(on: LocalDate(year: 2020, month: 4, day: 16)!) == 29)
        #expect(born.age(on: LocalDate(year: 2020, month: 4, day: 17)!) == 30)
        let leap = LocalDate(year: 2000, month: 2, day: 29)!
        #expect(leap.age(on: LocalDate(year: 2018, month: 2, day: 28)!) == 17)
        #expect(leap.age(on: LocalDate(year: 2018, month: 3, day: 1)!) == 18)
        #expect(leap.age(on: LocalDate(year: 2020, month: 2, day: 29)!) == 20)
    }
}
