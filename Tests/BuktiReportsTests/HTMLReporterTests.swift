import Foundation
import Testing
import BuktiCore
@testable import BuktiReports

@Suite struct HTMLReporterTests {
    @Test func registeredAsHTML() {
        #expect(Reporters.reporter(for: "html") == HTMLReporter.self)
        #expect(HTMLReporter.fileExtension == "html")
    }

    @Test func everyInnovationHasASectionWithTwentyIndicatorRows() throws {
        let audit = try HTMLTestSupport.goldenAudit()
        let rules = try HTMLTestSupport.rules()
        #expect(rules.indicators.count == 20)
        let html = try HTMLTestSupport.render(HTMLTestSupport.input(audit))
        let sections = HTMLTestSupport.innovationSections(html)
        #expect(sections.count == audit.innovations.count)
        for (section, innovation) in zip(sections, audit.innovations) {
            #expect(section.contains(HTMLEscaping.escape(innovation.name)))
            #expect(section.components(separatedBy: "<tr class=\"indicator\"").count - 1 == rules.indicators.count)
        }
    }

    @Test func summaryCountsMatchTheAudit() throws {
        let audit = try HTMLTestSupport.goldenAudit()
        let html = try HTMLTestSupport.render(HTMLTestSupport.input(audit))
        func count(_ key: String) -> Int? {
            guard let range = html.range(of: "data-count=\"\(key)\">") else { return nil }
            return Int(html[range.upperBound...].prefix { $0.isNumber })
        }
        #expect(count("innovations") == audit.innovations.count)
        #expect(count("complete") == audit.innovations.filter(\.complete).count)
        #expect(count("incomplete") == audit.innovations.filter { !$0.complete }.count)
        #expect(count("files") == audit.summary.files)
        #expect(count("files-with-problems") == audit.summary.filesWithProblems)
        // One score-table row per innovation, and every critical type with its count.
        #expect(html.components(separatedBy: "<tr data-opd=").count - 1 == audit.innovations.count)
        for (type, missing) in audit.summary.missingCritical.entries {
            let expected = audit.innovations.filter { $0.missing.contains(type) }.count
            #expect(missing == expected)
            #expect(html.contains("<tr data-type=\"\(type)\">"))
        }
    }

    @Test func evidenceLinksAreRelativeAndOpenTheRealFiles() throws {
        let audit = try HTMLTestSupport.goldenAudit()
        let output = HTMLTestSupport.repositoryRoot + "/.build/laporan/bulan-ini"
        let html = try HTMLTestSupport.render(HTMLTestSupport.input(audit, outputDirectory: output))
        let links = HTMLTestSupport.attributeValues("href", in: html).filter { !$0.hasPrefix("#") }
        let evidence = Set(audit.innovations.flatMap { $0.files.map(\.path) })
        #expect(links.count >= evidence.count)
        for link in links {
            #expect(!link.hasPrefix("/"))
            #expect(link.hasPrefix("../../../Samples/"), "\(link)")
            let decoded = try #require(link.removingPercentEncoding)
            let target = URL(fileURLWithPath: output + "/" + decoded).standardized.path
            #expect(FileManager.default.fileExists(atPath: target), "\(link) -> \(target)")
        }
        // The visible text keeps the name as on disk.
        #expect(html.contains(">SK Bupati Kampung KB Digital (scan).pdf</a>"))
        #expect(html.contains("SK%20Bupati%20Kampung%20KB%20Digital%20%28scan%29.pdf\""))
    }

    @Test func withoutDirectoriesLinksAreTheAuditPaths() throws {
        let audit = try HTMLTestSupport.goldenAudit()
        let input = ReportInput(audit: audit, rules: try HTMLTestSupport.rules(), language: .id)
        let html = try HTMLTestSupport.render(input)
        #expect(html.contains("href=\"Samples/Kampung%20KB%20Digital/SOP%20Layanan%20Kampung%20KB%20Digital.pdf\""))
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        let input = try HTMLTestSupport.input(HTMLTestSupport.goldenAudit())
        #expect(try HTMLReporter().render(input) == HTMLReporter().render(input))
        #expect(!(try HTMLTestSupport.render(input)).contains("Dibuat"))
        var stamped = input
        stamped.generatedAt = "2024-03-12T09:00:00+07:00"
        #expect(try HTMLTestSupport.render(stamped).contains("<dd>12 Maret 2024"))
        stamped.language = .en
        #expect(try HTMLTestSupport.render(stamped).contains("<dd>12 March 2024"))
    }

    @Test func keyOrderOfDecodedObjectsDoesNotChangeTheReport() throws {
        let audit = try HTMLTestSupport.goldenAudit()
        var reversed = audit
        reversed.summary.missingCritical.entries.reverse()
        for index in reversed.innovations.indices { reversed.innovations[index].documents.entries.reverse() }
        let a = try HTMLTestSupport.render(HTMLTestSupport.input(audit))
        #expect(a == (try HTMLTestSupport.render(HTMLTestSupport.input(reversed))))
        // Rule-file order: the first critical type of the rules comes first in the summary table.
        let first = try #require(try HTMLTestSupport.rules().documentTypes.first { $0.critical })
        let table = try #require(a.components(separatedBy: "id=\"tabel-dokumen-kurang\"").last)
        let firstRow = try #require(HTMLTestSupport.attributeValues("data-type", in: table).first)
        #expect(firstRow == first.id)
    }

    @Test func everythingVisibleWithoutJavaScript() throws {
        let html = try HTMLTestSupport.render(HTMLTestSupport.input(HTMLTestSupport.goldenAudit()))
        // Only the filter form starts hidden (the script shows it); no content is hidden in the markup.
        #expect(html.components(separatedBy: " hidden").count == 2)
        #expect(html.contains("<form id=\"filters\" hidden"))
    }

    @Test func indonesianByDefaultEnglishOnRequest() throws {
        let audit = try HTMLTestSupport.goldenAudit()
        let id = try HTMLTestSupport.render(HTMLTestSupport.input(audit))
        let en = try HTMLTestSupport.render(HTMLTestSupport.input(audit, language: .en))
        #expect(id.contains("<html lang=\"id\">") && en.contains("<html lang=\"en\">"))
        #expect(id.contains(">Ringkasan</h2>") && !id.contains(">Summary</h2>"))
        #expect(en.contains(">Summary</h2>") && !en.contains(">Ringkasan</h2>"))
        // Indicator names come from the rule file in the chosen language.
        let rules = try HTMLTestSupport.rules()
        let regulasi = try #require(rules.indicators.first)
        #expect(id.contains(HTMLEscaping.escape(regulasi.name.id)))
        #expect(en.contains(HTMLEscaping.escape(regulasi.name.en)))
        #expect(en.contains("Upload ") && id.contains("Unggah "))
    }

    @Test func everyWordHasBothLanguages() {
        for word in HTMLWord.allCases {
            for language in Language.allCases {
                #expect(Words(language, .reports).has(MessageKey("html." + word.rawValue)), "\(word) \(language)")
            }
        }
    }

    @Test func opdChartOnlyWhenTheManifestGivesOPDs() throws {
        var audit = try HTMLTestSupport.goldenAudit()
        #expect(!(try HTMLTestSupport.render(HTMLTestSupport.input(audit))).contains("<svg"))
        let offices = ["Dinas Kesehatan", "Dinas Pendidikan"]
        for index in audit.innovations.indices { audit.innovations[index].opd = offices[index % 2] }
        let html = try HTMLTestSupport.render(HTMLTestSupport.input(audit))
        #expect(html.components(separatedBy: "<svg").count == 2)
        #expect(html.components(separatedBy: "<g class=\"bar\"").count - 1 == offices.count)
        for office in offices { #expect(html.contains("<option value=\"\(office)\">\(office)</option>")) }
    }

    @Test func mergedReportShowsRegions() throws {
        let audit = try HTMLTestSupport.goldenAudit()
        var first = audit, second = audit
        first.innovations = Array(audit.innovations.prefix(3))
        second.innovations = Array(audit.innovations.dropFirst(3))
        var input = try HTMLTestSupport.input(audit)
        input.regions = [ReportRegion(name: "Kabupaten <Contoh>", audit: first), ReportRegion(name: "Kota Contoh", audit: second)]
        let html = try HTMLTestSupport.render(input)
        let table = try #require(html.components(separatedBy: "id=\"tabel-wilayah\"").last?.components(separatedBy: "</table>").first)
        #expect(table.components(separatedBy: "<th scope=\"row\">").count - 1 == 2)
        #expect(table.contains("Kabupaten &lt;Contoh&gt;"))
        let sections = HTMLTestSupport.innovationSections(html)
        #expect(sections[0].contains("Kabupaten &lt;Contoh&gt;") && sections[3].contains("Kota Contoh"))
        #expect(!(try HTMLTestSupport.render(HTMLTestSupport.input(audit))).contains("tabel-wilayah"))
    }

    @Test func todoListIsSortedByGain() throws {
        let html = try HTMLTestSupport.render(HTMLTestSupport.input(HTMLTestSupport.goldenAudit()))
        for section in HTMLTestSupport.innovationSections(html) {
            let gains = HTMLTestSupport.attributeValues("data-gain", in: String(section)).compactMap(Double.init)
            #expect(gains == gains.sorted(by: >))
        }
        #expect(html.contains("data-gain="))
    }

    /// Writes the report of an audit JSON for looking at it in a browser:
    /// `BUKTI_HTML_AUDIT=/tmp/audit.json BUKTI_HTML_OUT=/tmp/laporan.html swift test --filter writeReportWhenAsked`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["BUKTI_HTML_OUT"] != nil))
    func writeReportWhenAsked() throws {
        let environment = ProcessInfo.processInfo.environment
        let out = try #require(environment["BUKTI_HTML_OUT"])
        let auditPath = environment["BUKTI_HTML_AUDIT"]
        let audit = try auditPath.map { try JSONDecoder().decode(AuditReport.self, from: Data(contentsOf: URL(fileURLWithPath: $0))) }
            ?? HTMLTestSupport.goldenAudit()
        let language = Language(rawValue: environment["BUKTI_HTML_LANG"] ?? "id") ?? .id
        let input = try HTMLTestSupport.input(audit, language: language, outputDirectory: URL(fileURLWithPath: out).deletingLastPathComponent().path)
        try Data(HTMLReporter().render(input)).write(to: URL(fileURLWithPath: out))
    }
}
