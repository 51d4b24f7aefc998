import Foundation
import Testing
import BuktiCore
@testable import BuktiReports

@Suite struct CSVReporterTests {
    @Test(arguments: Language.allCases)
    func matchesGolden(_ language: Language) throws {
        let actual = try CSVReporter().render(try GoldenAudit.input(language))
        #expect(actual == (try GoldenAudit.expected("samples-iid-2024-\(language.rawValue).csv", actual: actual)))
    }

    @Test func oneRowPerInnovationTimesRequirement() throws {
        let input = try GoldenAudit.input(.id)
        let text = String(decoding: try CSVReporter().render(input), as: UTF8.self)
        let records = CSVRecords.parse(text)
        let perInnovation = input.rules.indicators.count + input.rules.documentTypes.filter(\.critical).count
        #expect(records.count == 1 + input.audit.innovations.count * perInnovation)
        #expect(records.allSatisfy { $0.count == 12 })
        #expect(!text.hasPrefix("\u{FEFF}"))
        #expect(text.hasSuffix("\r\n"))
    }

    @Test func byteOrderMarkOnlyForExcel() throws {
        let bytes = try CSVReporter().render(try GoldenAudit.input(.id, options: ReportOptions(excelBOM: true)))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func namesFromFoldersCannotBecomeFormulas() throws {
        var input = try GoldenAudit.input(.en)
        input.audit.innovations[0].name = "=HYPERLINK(\"http://evil\",\"klik\")"
        input.audit.innovations[0].opd = "+62 Dinas"
        input.audit.innovations[0].path = "@Samples/-x"
        let records = CSVRecords.parse(String(decoding: try CSVReporter().render(input), as: UTF8.self))
        let row = try #require(records.dropFirst().first)
        #expect(row[0] == "'+62 Dinas")
        #expect(row[1] == "'=HYPERLINK(\"http://evil\",\"klik\")")
        #expect(row[2] == "'@Samples/-x")
        for record in records { for cell in record { #expect(!"=+-@\t\r".contains(cell.first ?? "x")) } }
    }
}

/// A small RFC 4180 reader for checking our own output cell by cell.
enum CSVRecords {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], cell = ""
        var quoted = false, index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if quoted {
                if c == "\"" {
                    let next = text.index(after: index)
                    if next < text.endIndex, text[next] == "\"" { cell.append("\""); index = next } else { quoted = false }
                } else { cell.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { record.append(cell); cell = "" }
            else if c == "\r\n" || c == "\n" { record.append(cell); records.append(record); record = []; cell = "" }
            else { cell.append(c) }
            index = text.index(after: index)
        }
        if !cell.isEmpty || !record.isEmpty { record.append(cell); records.append(record) }
        return records
    }
}
