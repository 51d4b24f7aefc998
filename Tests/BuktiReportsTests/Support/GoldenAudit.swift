import BuktiCore
import Foundation

@testable import BuktiReports

/// The committed golden audit of Samples/ (iid-2024) and the built-in rules it was made with: the
/// fixed input every reporter test renders.
enum GoldenAudit {
    /// Tests/BuktiCLITests/Golden/audit-samples-iid-2024.json, found from this file's path.
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("BuktiCLITests/Golden/audit-samples-iid-2024.json")

    static func audit() throws -> AuditReport {
        try JSONDecoder().decode(AuditReport.self, from: Data(contentsOf: url))
    }

    static func rules() throws -> RuleSet {
        try RuleFileLoader.load(builtin: "iid-2024").0.rules
    }

    static func input(_ language: ReportLanguage = .id, hostile: Bool = false) throws -> ReportInput {
        var audit = try audit()
        if hostile { audit.innovations.append(Hostile.innovation(from: audit.innovations[0])) }
        return ReportInput(audit: audit, rules: try rules(), language: language)
    }
}

/// An innovation whose names, paths and messages try to become formulas, markup or XML escapes.
enum Hostile {
    static let name = "=cmd|' /C calc'!A0"
    static let opd = "<b>Dinas & \"Kominfo\"</b>"
    /// A control character (dropped: XML 1.0 cannot carry it) and a literal `_x0041_` (kept as typed).
    static let fileName = "@SUM(1+1) <i>scan</i>\u{1}_x0041_.pdf"
    static let fileNameAsStored = "@SUM(1+1) <i>scan</i>_x0041_.pdf"
    static let message = "+1 </t></si><script>alert(1)</script>"

    static func innovation(from template: InnovationReport) -> InnovationReport {
        var innovation = template
        innovation.name = name
        innovation.path = "Samples/" + name
        innovation.opd = opd
        innovation.score = 12.5
        innovation.completeness = 0.35
        let path = innovation.path + "/" + fileName
        var file = template.files[0]
        file.path = path
        file.types = ["sk"]
        file.problems = [AuditProblem("corrupt", message)]
        innovation.files = [file]
        // Keep the template's levels but none of its evidence, so every problem here is hostile.
        innovation.documents = KeyedList()
        innovation.indicators = template.indicators.map { indicator in
            var copy = indicator
            copy.problems = []
            copy.evidence = []
            return copy
        }
        innovation.problems = [AuditProblem("-missing", message)]
        return innovation
    }
}
