import BuktiCore

@testable import BuktiReports

/// An innovation whose names, paths and messages try to become formulas, markup or XML escapes.
enum Hostile {
    static let name = "=cmd|' /C calc'!A0"
    static let opd = "<b>Dinas & \"Kominfo\"</b>"
    /// A control character (dropped: XML 1.0 cannot carry it) and a literal `_x0041_` (kept as typed).
    static let fileName = "@SUM(1+1) <i>scan</i>\u{1}_x0041_.pdf"
    static let fileNameAsStored = "@SUM(1+1) <i>scan</i>_x0041_.pdf"
    static let message = "+1 </t></si><script>alert(1)</script>"

    /// The golden audit with the hostile innovation appended.
    static func input(_ language: Language) throws -> ReportInput {
        var input = try GoldenAudit.input(language)
        input.audit.innovations.append(innovation(from: input.audit.innovations[0]))
        return input
    }

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
        file.problems = [AuditProblem(check: "corrupt", message)]
        innovation.files = [file]
        // Keep the template's levels but none of its evidence, so every problem here is hostile.
        innovation.documents = KeyedList()
        innovation.indicators = template.indicators.map { indicator in
            var copy = indicator
            copy.problems = []
            copy.evidence = []
            return copy
        }
        innovation.problems = [AuditProblem(check: "-missing", message)]
        return innovation
    }
}
