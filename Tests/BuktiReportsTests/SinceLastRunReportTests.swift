import Foundation
import Testing
import BuktiCore
import BuktiFormats
@testable import BuktiReports

/// The `--compare last` section in every report format: the golden audit with a small diff set in
/// code (a critical document newly missing, one newly present, a score and level change, files
/// added, removed and changed, one with a hostile name).
@Suite struct SinceLastRunReportTests {
    static let hostileFile = "=SUM(1+1) <script>alert(1)</script> & \"q\".pdf"
    static let addedFile = "Inovasi/baru.pdf"
    static let removedFile = "Inovasi/lama.pdf"
    static let changedFile = "Inovasi/ubah.pdf"

    /// The diff's facts, chosen from the golden audit and the rules so labels can be looked up.
    struct Facts {
        let innovation: String
        let criticalType: DocumentType
        let otherType: DocumentType
        let indicator: Indicator
    }

    static func facts(_ input: ReportInput) throws -> Facts {
        let critical = try #require(input.rules.documentTypes.first { $0.critical })
        let other = try #require(input.rules.documentTypes.first { !$0.critical })
        let indicator = try #require(input.rules.indicators.first)
        let first = try #require(input.audit.innovations.first)
        return Facts(innovation: first.name, criticalType: critical,
                     otherType: other, indicator: indicator)
    }

    /// The golden input with `sinceLastRun` decoded from JSON written here (AuditDiff has no public
    /// memberwise initialiser; its JSON is the documented `sinceLastRun` key).
    static func input(_ language: Language) throws -> (ReportInput, Facts) {
        var input = try GoldenAudit.input(language)
        let f = try facts(input)
        let diff: [String: Any] = [
            "from": ["id": "20261121T010000Z", "time": "2026-11-21T01:00:00Z", "rules": "iid-2024 abc"],
            "to": ["id": "20261122T010000Z", "time": "2026-11-22T01:00:00Z", "rules": "iid-2024 abc"],
            "filesAdded": [addedFile, hostileFile], "filesRemoved": [removedFile],
            "filesChanged": [["path": changedFile, "changed": ["size", "sha256"]]],
            "innovationsAdded": [], "innovationsRemoved": [],
            "documents": [
                ["innovation": f.innovation, "type": f.criticalType.id, "from": "present", "to": "missing",
                 "change": "newly-missing", "critical": true],
                ["innovation": f.innovation, "type": f.otherType.id, "from": "missing", "to": "present",
                 "change": "newly-present", "critical": false],
            ],
            "scores": [["innovation": f.innovation, "from": 12.5, "to": 9,
                        "indicators": [["indicator": f.indicator.id, "from": 3, "to": 1]]]],
            "newlyMissingCritical": [
                ["innovation": f.innovation, "type": f.criticalType.id, "from": "present", "to": "missing",
                 "change": "newly-missing", "critical": true],
            ],
        ]
        let data = try JSONSerialization.data(withJSONObject: diff)
        input.audit.sinceLastRun = try JSONDecoder().decode(AuditDiff.self, from: data)
        return (input, f)
    }

    static func string(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test(arguments: Language.allCases)
    func htmlHasTheSectionAfterTheSummaryWithEverythingEscaped(_ language: Language) throws {
        let (input, f) = try Self.input(language)
        let text = Words(language, .reports)
        let html = Self.string(try HTMLReporter().render(input))
        let section = try #require(html.range(of: "<section id=\"sejak-sebelumnya\""))
        let summary = try #require(html.range(of: "<section id=\"ringkasan\""))
        #expect(summary.lowerBound < section.lowerBound)
        let body = String(html[section.lowerBound...])
        #expect(body.contains(text[.sinceHeading]))
        #expect(body.contains("20261121T010000Z"))
        // Newly missing critical first, with its count.
        let critical = try #require(body.range(of: HTMLEscaping.escape(text[.sinceNewlyMissingCritical]) + " (1)"))
        let present = try #require(body.range(of: HTMLEscaping.escape(text[.sinceNewlyPresent]) + " (1)"))
        #expect(critical.lowerBound < present.lowerBound)
        #expect(body.contains(HTMLEscaping.escape(f.criticalType.label.text(language))))
        #expect(body.contains(HTMLEscaping.escape(f.otherType.label.text(language))))
        #expect(body.contains(HTMLEscaping.escape(text[.sinceFileAdded]) + " (2)"))
        #expect(body.contains(HTMLEscaping.escape(Self.removedFile)))
        #expect(body.contains("size, sha256"))
        #expect(body.contains(text.number(12.5)) && body.contains(">9<"))
        #expect(!html.contains("<script>alert(1)"))
        #expect(body.contains(HTMLEscaping.escape(Self.hostileFile)))
    }

    @Test func htmlWithoutADiffHasNoSection() throws {
        let html = Self.string(try HTMLReporter().render(try GoldenAudit.input(.id)))
        #expect(!html.contains("sejak-sebelumnya"))
    }

    @Test(arguments: Language.allCases)
    func markdownHasAHeadingAndBulletLists(_ language: Language) throws {
        let (input, f) = try Self.input(language)
        let text = Words(language, .reports)
        let md = Self.string(try MarkdownReporter().render(input))
        let heading = try #require(md.range(of: "## \(text[.sinceHeading])\n"))
        let firstInnovation = try #require(md.range(of: "## " + MarkdownText.escape(f.innovation) + "\n"))
        #expect(heading.lowerBound < firstInnovation.lowerBound)
        let body = String(md[heading.upperBound..<firstInnovation.lowerBound])
        #expect(body.contains("### \(text[.sinceNewlyMissingCritical]) (1)\n\n- **\(MarkdownText.escape(f.innovation))**"))
        #expect(body.contains(MarkdownText.escape(f.criticalType.label.text(language))))
        #expect(body.contains("### \(text[.sinceFileRemoved]) (1)\n\n- `\(Self.removedFile)`"))
        #expect(body.contains("### \(text[.sinceFileChanged]) (1)\n\n- `\(Self.changedFile)` (size, sha256)"))
        // Paths are code spans, as elsewhere in the report: CommonMark shows their content literally.
        #expect(body.contains("- `\(Self.hostileFile)`\n"))
        #expect(!body.contains("\n<script>"))
        // Without a diff the report is the golden.
        let plain = try MarkdownReporter().render(try GoldenAudit.input(language))
        #expect(plain == (try GoldenAudit.expected("samples-iid-2024-\(language.rawValue).md", actual: plain)))
    }

    @Test(arguments: Language.allCases)
    func csvHasOneChangeRowPerChange(_ language: Language) throws {
        let (input, f) = try Self.input(language)
        let text = Words(language, .reports)
        let records = CSVRecords.parse(Self.string(try CSVReporter().render(input)))
        let changes = records.filter { $0.count > 3 && $0[3] == text[.sinceRowKind] }
        // 2 documents + 1 score + 1 level + 2 added + 1 removed + 1 changed.
        #expect(changes.count == 8)
        #expect(records.allSatisfy { $0.count == 12 })
        #expect(changes.first?[4] == text[.sinceNewlyMissingCritical])
        #expect(changes.first?[1] == f.innovation)
        #expect(changes.first?[6] == "\(text.status(DocumentStatus.present)) → \(text.status(DocumentStatus.missing))")
        let hostile = try #require(changes.first { $0[5].contains("<script>") })
        // A name that starts like a formula is neutralised, never left to run.
        #expect(hostile[5] == "'" + Self.hostileFile)
        #expect(changes.contains { $0[4] == text[.sinceFileChanged] && $0[5] == Self.changedFile && $0[6] == "size, sha256" })
    }

    @Test(arguments: [
        (Language.id, "Sejak sebelumnya"), (Language.en, "Since last run"),
    ])
    func xlsxHasASinceLastRunSheet(_ language: Language, sheet: String) throws {
        let (input, f) = try Self.input(language)
        let text = Words(language, .reports)
        var facts = FileFacts(path: FilePath("laporan.xlsx"), kind: .xlsx)
        var options = ExtractionOptions()
        options.textCharacters = 1 << 20
        try OOXMLExtractor().extract(MemorySource(try XLSXReporter().render(input)), into: &facts, options: options)
        #expect(facts.problems.isEmpty)
        #expect(facts.sheets?.last == sheet)
        #expect(facts.sheets?.count == 6)
        let all = facts.text ?? ""
        for word in [text[.sinceNewlyMissingCritical], text[.sinceFileAdded], Self.addedFile, Self.removedFile,
                     Self.changedFile, f.criticalType.label.text(language), Self.hostileFile] {
            #expect(all.contains(word), "\(word)")
        }
        let rows = XLSXReporter().workbook(input).sheets.last?.rows ?? []
        #expect(rows.count == 1 + 8)
        #expect(rows.dropFirst().first?.first?.style == .bad)
        // Without a diff there is no sixth sheet.
        #expect(XLSXReporter().workbook(try GoldenAudit.input(language)).sheets.count == 5)
    }

    @Test(arguments: Language.allCases)
    func waivedReadsAsAWordInHTMLNotAsMissing(_ language: Language) throws {
        var input = try GoldenAudit.input(language)
        let f = try Self.facts(input)
        let entries = input.audit.innovations[0].documents.entries
        let index = try #require(entries.firstIndex { $0.key == f.criticalType.id })
        input.audit.innovations[0].documents.entries[index].value.status = .waived
        let html = Self.string(try HTMLReporter().render(input))
        #expect(html.contains("<span class=\"badge waived\">\(HTMLEscaping.escape(Words(language, .reports).status(DocumentStatus.waived)))</span>"))
    }
}
