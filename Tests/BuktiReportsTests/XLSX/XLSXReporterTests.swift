import BuktiCore
import BuktiFormats
import Testing

@testable import BuktiReports

/// The report workbook's structure, read back with bukti's own zip, XML and OOXML readers.
@Suite struct XLSXReporterTests {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    private func render(_ language: Language = .id) throws -> [UInt8] {
        try XLSXReporter().render(try Hostile.input(language))
    }

    @Test func registeredAsXLSX() {
        #expect(Reporters.reporter(for: "xlsx") == XLSXReporter.self)
        #expect(XLSXReporter.fileExtension == "xlsx")
    }

    @Test func renderingIsDeterministic() throws {
        #expect(try render() == (try render()))
    }

    @Test func everyPartIsWellFormedAndStringsAreCounted() throws {
        let archive = try ZipArchive(MemorySource(try render()))
        let names = archive.entries().map(\.name)
        #expect(names.filter { $0.hasPrefix("xl/worksheets/") }.count == 5)
        var documents: [String: XMLDocument] = [:]
        for name in names { documents[name] = try XMLDocument(bytes: try archive.read(name, limit: 16 << 20)) }
        let table = try #require(documents["xl/sharedStrings.xml"]?.root)
        let unique = table.children.count
        let references = names.filter { $0.hasPrefix("xl/worksheets/") }.flatMap { name in
            documents[name]?.root?.descendants(XMLName(Self.main, "c")).filter { $0.attribute("t") == "s" } ?? []
        }
        #expect(table.attribute("count") == "\(references.count)")
        #expect(table.attribute("uniqueCount") == "\(unique)")
        #expect(references.allSatisfy { Int($0.text).map { (0..<unique).contains($0) } == true })
        #expect(Set(table.children.map(\.text)).count == unique)
    }

    @Test func numbersAreNumbersAndLevelsAreColouredByStatus() throws {
        let input = try GoldenAudit.input(.id)
        let workbook = XLSXReporter().workbook(input)
        let summary = workbook.sheets[0].rows
        for (row, innovation) in zip(summary.dropFirst(), input.audit.innovations) {
            #expect(row[3] == .number(innovation.score))
            #expect(row[5] == .number(innovation.completeness, style: .percent))
            #expect(row[2].value == .bool(innovation.complete))
        }
        let matrix = workbook.sheets[1].rows
        let indicators = input.rules.indicators
        let colours: [IndicatorStatus: XLSXCellStyle] = [
            .met: .good, .partial: .fair, .toVerify: .attention, .missing: .bad,
        ]
        for (row, innovation) in zip(matrix.dropFirst(), input.audit.innovations) {
            for (offset, indicator) in indicators.enumerated() {
                let report = try #require(innovation.indicators.first { $0.id == indicator.id })
                #expect(row[2 + offset] == .number(Double(report.level), style: colours[report.status] ?? .plain))
            }
        }
        #expect(workbook.sheets.allSatisfy { $0.freezesHeaderRow && $0.autoFilter && !$0.columnWidths.isEmpty })
        #expect(workbook.sheets.allSatisfy { $0.rows.first?.allSatisfy { $0.style == .header } == true })
    }

    @Test(arguments: [
        (Language.id, ["Ringkasan", "Indikator", "Dokumen", "Masalah", "Yang perlu dilakukan"]),
        (Language.en, ["Summary", "Indicators", "Documents", "Problems", "To do"]),
    ])
    func ourOOXMLReaderReadsTheReport(language: Language, sheets: [String]) throws {
        var facts = FileFacts(path: FilePath("laporan.xlsx"), kind: .xlsx)
        var options = ExtractionOptions()
        options.textCharacters = 1 << 20
        try OOXMLExtractor().extract(MemorySource(try render(language)), into: &facts, options: options)
        #expect(facts.problems.isEmpty)
        #expect(facts.sheets == sheets)
        let text = facts.text ?? ""
        let audit = try Hostile.input(language).audit
        for innovation in audit.innovations {
            #expect(text.contains(innovation.name))
            // The hostile file name is checked through LibreOffice: our OOXML reader shows the
            // `_x005F_` escape that protects its literal `_x0041_` as stored, undecoded.
            guard innovation.name != Hostile.name else { continue }
            for file in innovation.files { #expect(text.contains(file.path)) }
        }
        #expect(text.contains(Hostile.message))
    }

    @Test func mergedReportsLeadWithTheRegion() throws {
        var input = try GoldenAudit.input(.id)
        let single = input.audit
        input.regions = [ReportRegion(name: "Kabupaten A", audit: single), ReportRegion(name: "Kota B", audit: single)]
        input.audit.innovations = single.innovations + single.innovations
        let workbook = XLSXReporter().workbook(input)
        #expect(workbook.sheets.allSatisfy { $0.rows.first?.first == .string("Daerah", style: .header) })
        let regions = workbook.sheets[0].rows.dropFirst().map(\.first)
        let count = single.innovations.count
        #expect(
            regions == Array(repeating: .string("Kabupaten A"), count: count)
                + Array(repeating: .string("Kota B"), count: count))
        #expect(workbook.sheets.allSatisfy { $0.columnWidths.count == $0.columnCount })
    }
}
