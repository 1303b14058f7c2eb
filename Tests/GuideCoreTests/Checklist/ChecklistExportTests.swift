import Foundation
import Testing
@testable import GuideCore

@Suite("Checklist export")
struct ChecklistExportTests {
    let today = CK.date("2026-01-15")

    func familyWithITA() -> Profile {
        var p = CK.family()
        p.languageTests = [CK.ielts(result: "2024-02-29")]
        p.filing.receivedITA = true
        p.filing.itaDate = CK.date("2025-12-30")
        Checklist.apply([.status(.have), .note("Renewed in 2025")], to: "pr.passport#you", in: &p)
        Checklist.setStatus(.notApplicable, for: "pr.eca#spouse", in: &p)
        return p
    }

    @Test("Markdown: checkboxes, grouped by step then person, deadline, flags, notes, as-of, UNVERIFIED")
    func markdownLines() {
        let report = Checklist.report(familyWithITA(), today: today, title: "Priya")
        let md = Checklist.markdown(report)
        let lines = md.components(separatedBy: "\n")
        #expect(lines.first == "# Document checklist: Priya")
        #expect(lines.contains { $0.hasPrefix("As of 2026-01-15. \(report.counts.all) items: ") })
        #expect(lines.contains("## Step 4: PR application"))
        // HCP is open on 2026-01-15: the OINP step comes first, its deadline not known without an NOI date.
        #expect(lines.contains("## Step 3: OINP e-filing"))
        #expect(lines.contains("Deadline: not known yet (45 calendar days from the Notification of Interest)."))
        #expect(lines.firstIndex(of: "## Step 3: OINP e-filing")! < lines.firstIndex(of: "## Step 4: PR application")!)
        #expect(lines.contains("Deadline: Submit your PR application (e-APR) by (60 calendar days from the ITA) 2026-02-28 — 44 days left."))
        #expect(lines.contains("- [x] Passport or travel document — have it"))
        #expect(lines.contains("  - Note: Renewed in 2025"))
        #expect(lines.contains("- [x] Educational Credential Assessment (ECA) report — not applicable"))
        #expect(lines.contains("- [ ] Language test results (test 1: IELTS General Training, result 2024-02-29) — needed — **EXPIRES**"))
        #expect(lines.contains("  - **Expires 2026-02-28, before the step deadline 2026-02-28: 44 days left.**"))
        #expect(lines.contains("- [ ] Proof of funds (CAD 28,362 for 4) — needed"))
        #expect(lines.contains { $0.hasPrefix("Document rules as of: ") })
        #expect(lines.contains("## Not derived from your answers"))
        // Person headings in order under the step.
        let headings = lines.filter { $0.hasPrefix("### ") }
        #expect(headings == ["### You", "### Spouse", "### Child 1", "### Child 2", "### You", "### Spouse", "### Child 1", "### Child 2"])
        // A document the sources leave UNVERIFIED carries the mark (common-law form number).
        var cl = CK.single()
        cl.maritalStatus = .commonLaw
        cl.spouse = Spouse(accompanying: false, canadianCitizenOrPR: false)
        let md2 = Checklist.markdown(Checklist.report(cl, today: today))
        #expect(md2.contains("- [ ] Proof of common-law union — needed — UNVERIFIED"))
        #expect(md2.contains("Deadline: not known yet (60 calendar days from the Invitation to Apply)."))
    }

    @Test("JSON: sorted keys and a lossless round trip")
    func jsonRoundTrip() throws {
        let report = Checklist.report(familyWithITA(), today: today, title: "Priya")
        let text = try Checklist.json(report)
        let back = try Checklist.decodeReport(text)
        #expect(back == report)
        #expect(try Checklist.json(back) == text)
        // Sorted keys: top-level "asOf" comes before "counts", "items" before "notDerived".
        let asOf = try #require(text.range(of: "\"asOf\" : \"2026-01-15\""))
        let counts = try #require(text.range(of: "\"counts\""))
        #expect(asOf.lowerBound < counts.lowerBound)
        #expect(text.contains("\"key\" : \"pr.passport#you\""))
        #expect(text.contains("\"status\" : \"notApplicable\""))
    }
}

@Suite("Document catalogue and profile fields")
struct DocumentCatalogueTests {
    @Test("the catalogue loads; every item has sources, as-of and a tag; validity ids exist")
    func catalogueLoads() throws {
        let cat = try DocumentCatalogue.load()
        #expect(cat.items.count >= 40)
        for item in cat.items {
            #expect(!(item.provenance.sources ?? []).isEmpty, "\(item.id) has no sources")
            #expect(item.provenance.asOf != nil, "\(item.id) has no asOf")
            #expect(item.provenance.tag != nil, "\(item.id) has no tag")
        }
        // §9 validity periods.
        #expect(cat.body.item("pr.languageResults")?.validity == "languageResultValidity")
        #expect(cat.body.item("pr.eca")?.validity == "ecaValidity")
        #expect(cat.body.item("pr.medical")?.validity == "medicalValidity")
        #expect(cat.body.item("pr.policeCertificate")?.currentCountryMaxAgeMonths == 6)
        // Items RULES.md §10.2 marks UNVERIFIED.
        for id in ["pr.commonLawProof", "pr.nomination", "pr.representative", "pr.birthCertificate"] {
            #expect(cat.body.item(id)?.provenance.isUnverified == true, "\(id)")
        }
        #expect(cat.body.item("pr.passport")?.provenance.isUnverified == false)
    }

    @Test("a catalogue naming an unknown deadline is refused")
    func badValidity() {
        let json = #"{"items":[{"id":"x","step":"pr","title":"X","contents":"x","who":"principal","condition":"always","validity":"nope","reference":"§0"}]}"#
        #expect(throws: DocumentCatalogue.LoadError.self) {
            _ = try DocumentCatalogue.load(bytes: { _ in Array(json.utf8) })
        }
    }

    @Test("profile JSON: countriesLived and documents round trip; absent keys decode to empty lists")
    func profileFields() throws {
        var p = CK.family()
        Checklist.apply([.status(.requested), .issued(CK.date("2026-01-02")), .note("by mail")], to: "pr.policeCertificate#you/country:IN", in: &p)
        let back = try ProfileJSON.decode(Data(try ProfileJSON.encode(p).utf8))
        #expect(back == p)
        #expect(back.spouse.countriesLived.count == 2)
        let empty = try ProfileJSON.decode(Data("{}".utf8))
        #expect(empty.countriesLived.isEmpty && empty.documents.isEmpty && empty.spouse.countriesLived.isEmpty)
        let minimal = try ProfileJSON.decode(Data(#"{"documents":[{"key":"pr.photos#you"}],"countriesLived":[{"country":"IN","from":"2020-01-01"}]}"#.utf8))
        #expect(minimal.documents == [DocumentRecord(key: "pr.photos#you")])
        #expect(minimal.countriesLived == [CountryStay(country: "IN", from: CK.date("2020-01-01"), to: nil)])
    }

    @Test("an unknown status word names the allowed values")
    func badStatus() {
        do {
            _ = try ProfileJSON.decode(Data(#"{"documents":[{"key":"k","status":"done"}]}"#.utf8))
            Issue.record("expected a decoding error")
        } catch {
            #expect(error.path == "profile.documents[0].status")
            #expect(error.message.contains("needed, requested, have, notApplicable"))
        }
    }

    @Test("validation: stays ending before they start, future issue dates, duplicate keys")
    func validation() {
        var p = CK.single()
        p.countriesLived = [CountryStay(country: "IN", from: CK.date("2020-01-01"), to: CK.date("2019-01-01")),
                            CountryStay(country: " ", from: CK.date("2030-01-01"))]
        p.documents = [DocumentRecord(key: "a", issued: CK.date("2027-01-01")),
                       DocumentRecord(key: "a", issued: CK.date("2025-01-01"), expires: CK.date("2024-01-01"))]
        let paths = Set(p.validate(asOf: CK.date("2026-01-15")).map(\.path))
        #expect(paths.isSuperset(of: ["profile.countriesLived[0].to", "profile.countriesLived[1].country", "profile.countriesLived[1].from",
                                      "profile.documents[0].issued", "profile.documents[1].key", "profile.documents[1].expires"]))
        #expect(CK.single().validate(asOf: CK.date("2026-01-15")).isEmpty)
    }
}
