import Foundation
import BuktiCore
@testable import BuktiReports

/// The committed golden audit of Samples/ and the built-in rules, shared by the HTML tests.
enum HTMLTestSupport {
    /// The repository's root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// `Tests/BuktiCLITests/Golden/audit-samples-iid-2024.json`, decoded.
    static func goldenAudit() throws -> AuditReport {
        let url = URL(fileURLWithPath: repositoryRoot + "/Tests/BuktiCLITests/Golden/audit-samples-iid-2024.json")
        return try JSONDecoder().decode(AuditReport.self, from: Data(contentsOf: url))
    }

    static func rules() throws -> RuleSet { try RuleFileLoader.load(builtin: "iid-2024").0.rules }

    /// An input whose report is saved in `outputDirectory` (default: a folder next to Samples/).
    static func input(
        _ audit: AuditReport, language: Language = .id, outputDirectory: String? = repositoryRoot + "/.build/laporan"
    ) throws -> ReportInput {
        ReportInput(audit: audit, rules: try rules(), language: language, outputDirectory: outputDirectory,
            auditRootDirectory: repositoryRoot + "/Samples")
    }

    static func render(_ input: ReportInput) throws -> String {
        String(decoding: try HTMLReporter().render(input), as: UTF8.self)
    }

    /// Every value of `attribute="..."` in `html`.
    static func attributeValues(_ attribute: String, in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "\\s" + attribute + "=\"([^\"]*)\"")
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).compactMap { Range($0.range(at: 1), in: html).map { String(html[$0]) } }
    }

    /// The text of each `<section class="innovation"...>...</section>` in order.
    static func innovationSections(_ html: String) -> [Substring] {
        html.components(separatedBy: "<section ").dropFirst().filter { $0.contains("class=\"innovation\"") }
            .map { Substring($0.components(separatedBy: "</section>")[0]) }
    }
}
