import BuktiCore

/// `text`: the report for people at a terminal (`bukti audit` prints it by default): one block per
/// innovation, worst first, then the summary and, with `--compare`, what changed since the last run.
/// Colour only when `ReportOptions.color` says so (stdout on a terminal without NO_COLOR).
public struct TextReporter: AuditReporter {
    public static let identifier = "text"
    public static let fileExtension = "txt"

    public init() {}

    public func render(_ input: ReportInput) throws -> [UInt8] {
        var text = AuditTextRenderer(rules: input.rules, language: input.language, color: input.options.color)
            .render(input.audit)
        if let diff = input.audit.sinceLastRun {
            text += SinceLastRunRenderer(
                language: input.language, labels: SinceLastRunRenderer.labels(input.rules, language: input.language)
            ).render(diff)
        }
        return Array(text.utf8)
    }
}
