import Foundation
import GuideResources
import Testing
@testable import GuideCore

/// The rule data checks itself: each test takes a copy of a real table, injects one mistake, and
/// expects a problem naming the file, the entry and what is wrong (RulesCheck.problems(replacing:)).
@Suite("Rules data checks")
struct RulesCheckTests {
    /// The real table `file`, decoded as JSON for editing.
    static func table(_ file: String) -> [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(EmbeddedResources.bytes(named: file)!)) as! [String: Any]
    }

    /// The problems found when `file` is replaced by a copy edited by `edit`.
    static func problems(_ file: String, _ edit: (inout [String: Any]) -> Void) -> [RulesProblem] {
        var t = table(file)
        edit(&t)
        let bytes = [UInt8](try! JSONSerialization.data(withJSONObject: t))
        return RulesCheck.problems(replacing: [file: bytes])
    }

    /// Rows of a list in the table, edited in place.
    static func rows(_ t: inout [String: Any], _ key: String, _ edit: (inout [[String: Any]]) -> Void) {
        var r = t[key] as! [[String: Any]]
        edit(&r)
        t[key] = r
    }

    /// A 2027 funds table built from the 2025 one (amounts are made up: only the shape matters here).
    static func funds2027(from: String, to: Any = NSNull()) -> [String: Any] {
        var t = (table("funds.json")["tables"] as! [[String: Any]]).first { $0["id"] as? String == "funds2025" }!
        t["id"] = "funds2027"
        t["effectiveFrom"] = from
        t["effectiveTo"] = to
        t["amounts"] = [16_000, 20_000, 24_500, 29_700, 33_700, 38_000, 42_300]
        t["additionalMember"] = 4_300
        t.removeValue(forKey: "staleAfter")
        return t
    }

    @Test("the built-in tables have no problem")
    func realDataIsSound() {
        #expect(RulesCheck.problems(in: .shared) == [])
    }

    @Test("no gap is accepted any more: the 2022 funds table closed the only one (RULES.md §7, revised 2026-12-01)")
    func noKnownGaps() {
        #expect(RulesCheck.knownGaps.isEmpty)
        // Without the 2022 table the 2021 one (to 2022-06-08) and the 2023 one (from 2023-04-25) leave a gap.
        let found = Self.problems("funds.json") { t in Self.rows(&t, "tables") { $0.removeAll { $0["id"] as? String == "funds2022" } } }
        // The pages only the 2022 table cites are then cited by nothing.
        #expect(found.map(\.description) == [
            "funds.json: funds2021 (2021-07-15 to 2022-06-08): leaves a gap from 2022-06-09 to 2023-04-24 before funds2023; tables must cover every day (start the next period on 2022-06-09)",
            "sources.json: funds-2022-update-by-pages: is cited by no table and not by documents.json; cite it where it is used, or remove it",
        ])
    }

    @Test("a 2027 funds table added without closing the 2025 one fails, naming funds2025")
    func newFundsTableMustCloseThePrevious() {
        let found = Self.problems("funds.json") { t in Self.rows(&t, "tables") { $0.insert(Self.funds2027(from: "2027-07-01"), at: 0) } }
        #expect(found.count == 1)
        let p = try! #require(found.first)
        #expect(p.file == "funds.json")
        #expect(p.entry == "funds2025 (from 2025-07-07)")
        #expect(p.problem.contains("funds2027 starts on 2027-07-01") && p.problem.contains("set effectiveTo to 2027-06-30"))
    }

    @Test("closed properly, the 2027 table answers for 2027 and the 2025 one does not")
    func closedFundsTableHandsOver() throws {
        var t = Self.table("funds.json")
        Self.rows(&t, "tables") { rows in
            let i = rows.firstIndex { $0["id"] as? String == "funds2025" }!
            rows[i]["effectiveTo"] = "2027-06-30"
            rows.append(Self.funds2027(from: "2027-07-01"))   // appended last: order in the file does not matter
        }
        let bytes = [UInt8](try JSONSerialization.data(withJSONObject: t))
        #expect(RulesCheck.problems(replacing: ["funds.json": bytes]) == [])
        let rules = try RuleData.load { $0 == "funds.json" ? bytes : EmbeddedResources.bytes(named: $0) }
        // One person: 2025 table 15,263 (RULES.md §7) until 2027-06-30; the made-up 2027 table 16,000 after.
        #expect(FundsRules.requirement(familySize: 1, on: d("2027-06-30"), rules: rules)?.amount == 15_263)
        #expect(FundsRules.requirement(familySize: 1, on: d("2027-07-01"), rules: rules)?.tableId == "funds2027")
        #expect(FundsRules.requirement(familySize: 1, on: d("2027-07-01"), rules: rules)?.amount == 16_000)
    }

    @Test("the bad edit of docs/rules.md: an unknown source id, an unclosed period and six amounts give three messages")
    func docsBadEdit() {
        let found = Self.problems("funds.json") { t in
            Self.rows(&t, "tables") { rows in
                var y2027 = Self.funds2027(from: "2027-07-01")
                y2027["sources"] = ["canada-proof-funds-2027"]         // not added to sources.json
                y2027["amounts"] = [16_000, 20_000, 24_500, 29_700, 33_700, 38_000]
                rows.insert(y2027, at: 0)                              // funds2025 left open
            }
        }
        #expect(found.map(\.description) == [
            "funds.json: funds2025 (from 2025-07-07): has no effectiveTo, but funds2027 starts on 2027-07-01: a new period must close the previous one (set effectiveTo to 2027-06-30)",
            "funds.json: funds2027 (from 2027-07-01): has 6 amounts; a funds table needs 7 (family sizes 1 to 7) plus additionalMember",
            "funds.json: funds2027 (from 2027-07-01): sources[0] \"canada-proof-funds-2027\" is not in sources.json; add a record for it there, or cite one of its ids",
        ])
    }

    @Test("the good edit of docs/rules.md: a new source record and the 2027 table citing it pass together; the record alone is unused")
    func docsGoodEdit() throws {
        var list = Self.table("sources.json")
        var recs = list["sources"] as! [[String: Any]]
        recs.append(["id": "canada-proof-funds-2027", "url": "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/proof-funds.html",
                     "publisher": "canada.ca", "tag": "[P]", "rulesSections": ["7"], "notes": "The 2027 table (example)."])
        list["sources"] = recs
        let sources = [UInt8](try JSONSerialization.data(withJSONObject: list))
        var funds = Self.table("funds.json")
        Self.rows(&funds, "tables") { rows in
            let i = rows.firstIndex { $0["id"] as? String == "funds2025" }!
            rows[i]["effectiveTo"] = "2027-06-30"
            var y2027 = Self.funds2027(from: "2027-07-01")
            y2027["sources"] = ["canada-proof-funds-2027"]
            rows.insert(y2027, at: 0)
        }
        let fundsBytes = [UInt8](try JSONSerialization.data(withJSONObject: funds))
        #expect(RulesCheck.problems(replacing: ["sources.json": sources, "funds.json": fundsBytes]) == [])
        #expect(RulesCheck.problems(replacing: ["sources.json": sources]).map(\.description) == [
            "sources.json: canada-proof-funds-2027: is cited by no table and not by documents.json; cite it where it is used, or remove it",
        ])
    }

    @Test("a gap between two funds tables fails")
    func fundsGap() {
        let found = Self.problems("funds.json") { t in
            Self.rows(&t, "tables") { rows in
                let i = rows.firstIndex { $0["id"] as? String == "funds2025" }!
                rows[i]["effectiveTo"] = "2027-06-30"
                rows.append(Self.funds2027(from: "2027-08-01"))
            }
        }
        #expect(found.map(\.description) == ["funds.json: funds2025 (2025-07-07 to 2027-06-30): leaves a gap from 2027-07-01 to 2027-07-31 before funds2027; tables must cover every day (start the next period on 2027-07-01)"])
    }

    @Test("six amounts instead of seven fails")
    func sixAmounts() {
        let found = Self.problems("funds.json") { t in
            Self.rows(&t, "tables") { rows in rows[0]["amounts"] = Array((rows[0]["amounts"] as! [Int]).prefix(6)) }
        }
        #expect(found.map(\.description) == ["funds.json: funds2025 (from 2025-07-07): has 6 amounts; a funds table needs 7 (family sizes 1 to 7) plus additionalMember"])
    }

    @Test("amounts that do not grow with the family, or a zero increment, fail")
    func amountsOrder() {
        let found = Self.problems("funds.json") { t in
            Self.rows(&t, "tables") { rows in
                var a = rows[0]["amounts"] as! [Int]
                a.swapAt(2, 3)
                rows[0]["amounts"] = a
                rows[0]["additionalMember"] = 0
            }
        }
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.file == "funds.json" && $0.entry.hasPrefix("funds2025") })
        #expect(found.contains { $0.problem.contains("family size 4 is not larger than for size 3") })
        #expect(found.contains { $0.problem.contains("additionalMember is 0") })
    }

    @Test("an effectiveTo before effectiveFrom fails")
    func endBeforeStart() {
        let found = Self.problems("fees.json") { t in
            Self.rows(&t, "irccPermanentResidence") { rows in
                let i = rows.firstIndex { $0["id"] as? String == "pr2022" }!
                rows[i]["effectiveTo"] = "2021-04-29"
            }
        }
        #expect(found.contains { $0.file == "fees.json" && $0.entry == "pr2022 (2022-04-30 to 2021-04-29)" && $0.problem == "effectiveTo 2021-04-29 is before effectiveFrom 2022-04-30" })
    }

    @Test("overlapping fee periods fail: two prices would answer for one day")
    func feesOverlap() {
        let found = Self.problems("fees.json") { t in
            Self.rows(&t, "irccPermanentResidence") { rows in
                let i = rows.firstIndex { $0["id"] as? String == "pr2026" }!
                rows[i]["effectiveFrom"] = "2026-04-01"
            }
        }
        #expect(found.map(\.description) == ["fees.json: pr2024 (2024-04-30 to 2026-04-29): overlaps pr2026 (from 2026-04-01): two periods answer for 2026-04-01"])
    }

    @Test("a missing HCP fee or a deadline the code asks for fails")
    func missingEntries() {
        let fees = Self.problems("fees.json") { t in Self.rows(&t, "oinp") { $0.removeAll { $0["id"] as? String == "hcpProcessingFee" } } }
        #expect(fees.map(\.description) == ["fees.json: oinp: has no hcpProcessingFee entry; the HCP fee is shown from it"])
        let deadlines = Self.problems("deadlines.json") { t in Self.rows(&t, "items") { $0.removeAll { $0["id"] as? String == "ecaValidity" } } }
        #expect(deadlines.map(\.description) == ["deadlines.json: ecaValidity: is missing; the code asks for this deadline by id"])
    }

    @Test("a deadline with a new period that does not close the old one fails; a deadline may lapse (gap) and return")
    func deadlinePeriods() {
        let open = Self.problems("deadlines.json") { t in
            Self.rows(&t, "items") { rows in
                var again = rows.first { $0["id"] as? String == "itaToApplication" }!
                again["effectiveFrom"] = "2027-01-01"
                again["amount"] = 90
                rows.append(again)
            }
        }
        #expect(open.map(\.description) == ["deadlines.json: itaToApplication (no end date): has no effectiveTo, but itaToApplication starts on 2027-01-01: a new period must close the previous one (set effectiveTo to 2026-12-31)"])
        // noiRegistration2017 (2017-02-21 to 2017-12-31) and noiToApplication are different rules: no gap is asked of them.
        let unit = Self.problems("deadlines.json") { t in Self.rows(&t, "items") { $0[0]["unit"] = "weeks" } }
        #expect(unit.map(\.description) == ["deadlines.json: noiToApplication (until 2026-05-29): unit is \"weeks\"; use days, months or years"])
    }

    @Test("a file that does not decode names the file and the JSON path")
    func decodingError() {
        let found = Self.problems("funds.json") { t in Self.rows(&t, "tables") { $0[1]["amounts"] = "many" } }
        #expect(found.count == 1)
        #expect(found.first?.file == "funds.json")
        #expect(found.first?.entry == "(decoding)")
        #expect(found.first?.problem.contains("tables[1].amounts") == true)
    }

    // MARK: - Sentences built from the data

    @Test("a period in words comes from deadlines.json")
    func periodWords() {
        // RULES.md §1.3: the NOI window is 45 calendar days; §9: the profile lasts 12 months, language
        // results 2 years, an ECA 5 years; the OWP windows (§0.2) 14 and 17 calendar days, 31 together.
        #expect(Deadlines.period("noiToApplication") == "45 calendar days")
        #expect(Deadlines.period("expressEntryProfileValidity") == "12 months")
        #expect(Deadlines.period("languageResultValidity") == "2 years")
        #expect(Deadlines.period("ecaValidity") == "5 years")
        #expect(Deadlines.period(adding: "owpInvitationToApplication", "owpInvitationToEmployerApproval") == "31 calendar days")
        // §1.3: in 2017 the NOI rule was 6 months instead (noiRegistration2017 is its own id; the NOI id
        // has one period, so a date in 2017 still gives the only rule there is).
        #expect(Deadlines.period("noSuchDeadline") == "the set period")
    }

    @Test("a changed amount in deadlines.json changes the sentence")
    func sentenceFollowsData() throws {
        var t = Self.table("deadlines.json")
        Self.rows(&t, "items") { rows in
            let i = rows.firstIndex { $0["id"] as? String == "itaToApplication" }!
            rows[i]["amount"] = 1
            rows[i]["unit"] = "months"
        }
        let bytes = [UInt8](try JSONSerialization.data(withJSONObject: t))
        let rules = try RuleData.load { $0 == "deadlines.json" ? bytes : EmbeddedResources.bytes(named: $0) }
        #expect(Deadlines.period("itaToApplication", rules: rules) == "1 month")
    }
}
