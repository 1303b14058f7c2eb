import Foundation
import GuideResources
import Testing
@testable import GuideCore

/// Sources are cited by id from one list (sources.json): decoding resolves the ids to the records, and
/// RulesCheck refuses an unknown id and reports a record nobody cites, naming the file, the entry and the problem.
@Suite("Sources cited by id")
struct SourceCitationTests {
    typealias T = RulesCheckTests

    /// sources.json as JSON for editing.
    static func sourceRecords() -> [[String: Any]] { T.table("sources.json")["sources"] as! [[String: Any]] }

    static func bytes(_ t: [String: Any]) -> [UInt8] { [UInt8](try! JSONSerialization.data(withJSONObject: t)) }

    // MARK: - Resolution

    @Test("the tables cite ids; the program still shows the addresses")
    func idsResolveToAddresses() {
        let funds = rules.funds.tables.first { $0.id == "funds2025" }!.provenance
        // RULES.md §7 cites the canada.ca proof-of-funds table among its sources.
        let proofFunds = "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/proof-funds.html"
        #expect(funds.sourceIds?.contains("canada-proof-funds") == true)
        #expect(funds.sources?.contains(proofFunds) == true)
        #expect(funds.citations.first { $0.id == "canada-proof-funds" }?.tag == "[P]")
        // Every id written in a table names a record, so the ids, the records and the addresses line up.
        for p in [rules.funds.provenance, rules.fees.provenance, rules.deadlines.provenance] + rules.deadlines.items.map(\.provenance) {
            #expect(p.citations.map(\.id) == p.sourceIds ?? [])
            #expect(p.sources == p.citations.map(\.cited))
        }
    }

    @Test("a checklist item lists the addresses of its sources (documents.json cites ids too)")
    func checklistShowsAddresses() {
        let items = DocumentCatalogue.shared.items
        #expect(items.allSatisfy { ($0.provenance.sources ?? []).allSatisfy { $0.hasPrefix("http") } })
        // The proof-of-funds document is sourced from the same canada.ca page as the funds table (§7, §10.2).
        let funds = items.first { ($0.provenance.sourceIds ?? []).contains("canada-proof-funds") }
        #expect(funds?.provenance.sources?.contains { $0.hasSuffix("/documents/proof-funds.html") } == true)
    }

    @Test("written back, a provenance keeps the ids, not the addresses")
    func encodesIds() throws {
        let p = rules.fees.biometrics.provenance
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(p)) as! [String: Any]
        // §8.3 sources: the IRCC fee PDI (canada.ca) and migratevision.com.
        #expect(json["sources"] as? [String] == ["canada-biometric", "migratevision-fingerprints-photo-biometrics"])
    }

    @Test("an edited sources.json is the list the tables resolve against")
    func editedListIsUsed() throws {
        var list = T.table("sources.json")
        var recs = Self.sourceRecords()
        let i = recs.firstIndex { $0["id"] as? String == "canada-proof-funds" }!
        recs[i]["url"] = "https://example.org/proof-funds"
        list["sources"] = recs
        let b = Self.bytes(list)
        let loaded = try RuleData.load { $0 == "sources.json" ? b : EmbeddedResources.bytes(named: $0) }
        #expect(loaded.funds.provenance.sources?.contains("https://example.org/proof-funds") == true)
        #expect(loaded.sourceList.source("canada-proof-funds")?.url == "https://example.org/proof-funds")
    }

    // MARK: - Bad edits

    @Test("an unknown source id fails, naming the file, the entry and the position")
    func unknownId() {
        let found = T.problems("funds.json") { t in
            T.rows(&t, "tables") { rows in
                let i = rows.firstIndex { $0["id"] as? String == "funds2024" }!
                var s = rows[i]["sources"] as! [String]
                s[1] = "maplenewswire-p6848"
                rows[i]["sources"] = s
            }
        }
        #expect(found.map(\.description) == [
            "funds.json: funds2024 (2024-05-28 to 2025-07-06): sources[1] \"maplenewswire-p6848\" is not in sources.json; add a record for it there, or cite one of its ids",
        ])
    }

    @Test("an address typed where an id belongs fails, saying to add a record")
    func addressInsteadOfId() {
        let found = T.problems("fees.json") { t in
            var b = t["biometrics"] as! [String: Any]
            b["sources"] = ["https://www.canada.ca/biometrics.html", "canada-biometric", "migratevision-fingerprints-photo-biometrics"]
            t["biometrics"] = b
        }
        #expect(found.count == 1)
        let p = try! #require(found.first)
        #expect(p.file == "fees.json" && p.entry == "biometrics (no end date)")
        #expect(p.problem.hasPrefix("sources[0] \"https://www.canada.ca/biometrics.html\" is an address, not a source id"))
    }

    @Test("the same id twice in one list fails")
    func repeatedCitation() {
        let found = T.problems("cec.json") { t in
            var s = t["sources"] as! [String]
            s.append(s[0])
            t["sources"] = s
        }
        #expect(found.count == 1 && found.first?.file == "cec.json" && found.first?.entry == "(table)")
        #expect(found.first?.problem.contains("twice") == true)
    }

    @Test("a record no table cites is reported in sources.json, by its id")
    func unusedRecord() {
        var list = T.table("sources.json")
        var recs = Self.sourceRecords()
        recs.append(["id": "nobody-cites-me", "url": "https://example.org/", "publisher": "example.org", "tag": "[S1]"])
        list["sources"] = recs
        let found = RulesCheck.problems(replacing: ["sources.json": Self.bytes(list)])
        #expect(found.map(\.description) == [
            "sources.json: nobody-cites-me: is cited by no table and not by documents.json; cite it where it is used, or remove it",
        ])
    }

    @Test("removing a table's only citation of a source leaves that source unused")
    func lastCitationRemoved() {
        // tech_noc.json alone cites the StatCan NOC 21211 page (RULES.md §1.6).
        let found = T.problems("tech_noc.json") { t in
            t["sources"] = (t["sources"] as! [String]).filter { $0 != "statcan-noc-21211" }
        }
        #expect(found.map(\.description) == [
            "sources.json: statcan-noc-21211: is cited by no table and not by documents.json; cite it where it is used, or remove it",
        ])
    }

    @Test("a repeated id or a record with neither address nor title fails in sources.json")
    func badRecords() {
        var list = T.table("sources.json")
        var recs = Self.sourceRecords()
        recs.append(recs[0])
        let i = recs.firstIndex { $0["id"] as? String == "canada-biometric" }!
        recs[i]["url"] = NSNull()
        list["sources"] = recs
        let found = RulesCheck.problems(replacing: ["sources.json": Self.bytes(list)])
        let first = recs[0]["id"] as! String
        #expect(found.contains(RulesProblem(file: "sources.json", entry: first, problem: "appears twice; each source needs its own id")))
        #expect(found.contains(RulesProblem(file: "sources.json", entry: "canada-biometric", problem: "has neither url nor title; give its address, or say in title what it is")))
        #expect(found.count == 2)
    }

    @Test("entries without an id are named by the nearest id and the path")
    func entryNames() {
        // rounds.json keeps its sources in named sets; documents.json cites sources on each item.
        let rounds = T.problems("rounds.json") { t in
            var sets = t["sourceSets"] as! [String: Any]
            let key = sets.keys.sorted()[0]
            var set = sets[key] as! [String: Any]
            set["sources"] = ["no-such-round-source"] + (set["sources"] as! [String])
            sets[key] = set
            t["sourceSets"] = sets
            #expect(key == "irccMirror2026-08")
        }
        #expect(rounds.map(\.description) == [
            "rounds.json: sourceSets.irccMirror2026-08: sources[0] \"no-such-round-source\" is not in sources.json; add a record for it there, or cite one of its ids",
        ])
        let docs = T.problems("documents.json") { t in
            T.rows(&t, "items") { rows in rows[0]["sources"] = ["no-such-document-source"] + (rows[0]["sources"] as! [String]) }
        }
        let id = (T.table("documents.json")["items"] as! [[String: Any]])[0]["id"] as! String
        #expect(docs.count == 1 && docs.first?.file == "documents.json" && docs.first?.entry.hasPrefix(id) == true)
    }

    @Test("the citation walk names nested rows without an id by their owner and path")
    func nestedNames() {
        let json: [String: Any] = ["id": "t", "sources": ["a"], "streams": [["id": "fw", "statusPeriods": [["effectiveFrom": "2020-01-01", "effectiveTo": NSNull(), "sources": ["b"]]]]]]
        let c = RulesCheck.citations(in: json)
        #expect(c.map(\.entry) == ["(table)", "fw statusPeriods[0] (from 2020-01-01)"])
        #expect(c.map(\.ids) == [["a"], ["b"]])
    }
}
