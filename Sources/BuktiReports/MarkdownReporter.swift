import BuktiCore

/// `md`: for pasting into a memo or a chat. A summary table (one row per innovation; with a merge,
/// first one row per region), then per innovation its missing documents and its to-do list sorted
/// by estimated score gain. Names from files and folders are escaped.
public struct MarkdownReporter: AuditReporter {
    public static let identifier = "md"
    public static let fileExtension = "md"

    public init() {}

    public func render(_ input: ReportInput) throws -> [UInt8] {
        let text = Words(input.language, .reports)
        let audit = input.audit
        let language = input.language
        let esc = MarkdownText.escape
        var out = "# \(text[.title])\n\n"
        out += esc(text.format(.auditHeading, audit.rules.name, audit.assessmentYear)) + "\n\n"
        if input.regions.isEmpty { out += "\(text[.path]): `\(Self.code(audit.root))`\n\n" }
        out += "## \(text[.summary])\n\n"
        if !input.regions.isEmpty {
            out += MarkdownText.row([text[.region], text[.innovations], Self.capitalised(text[.complete]),
                                     Self.capitalised(text[.incomplete]), text[.score]])
            out += "|---|--:|--:|--:|--:|\n"
            for region in input.regions {
                let score = region.audit.innovations.reduce(0) { $0 + $1.score }
                let max = region.audit.innovations.reduce(0) { $0 + $1.maxScore }
                out += MarkdownText.row([esc(region.name), String(region.audit.summary.innovations),
                                         String(region.audit.summary.complete), String(region.audit.summary.incomplete),
                                         "\(text.number(score)) / \(text.number(max))"])
            }
            out += "\n"
        }
        let labels = Dictionary(input.rules.documentTypes.map { ($0.id, $0.label.text(language)) }, uniquingKeysWith: { a, _ in a })
        let merged = !input.regions.isEmpty
        // The agency column only when the manifest (or a folder level) gave agencies.
        let withOpd = audit.innovations.contains { $0.opd != nil }
        out += MarkdownText.row((merged ? [text[.region]] : []) + [text[.innovation]] + (withOpd ? [text[.opd]] : [])
                                + [text[.status], text[.score], text[.completeness], text[.missingCritical]])
        out += (merged ? "|---" : "") + (withOpd ? "|---" : "") + "|---|---|--:|--:|---|\n"
        for (index, innovation) in audit.innovations.enumerated() {
            let missing = innovation.missing.map { esc(labels[$0] ?? $0) }.joined(separator: ", ")
            out += MarkdownText.row((merged ? [esc(input.region(ofInnovationAt: index)?.name ?? "")] : [])
                + [esc(innovation.name)] + (withOpd ? [esc(innovation.opd ?? "")] : []) + [
                text[innovation.complete ? .complete : .incomplete],
                "\(text.number(innovation.score)) / \(text.number(innovation.maxScore))",
                "\(Int((innovation.completeness * 100).rounded())) %", missing.isEmpty ? "—" : missing,
            ])
        }
        out += "\n"
        let summary = audit.summary
        out += "\(text[.innovations]): \(summary.innovations) — \(text[.complete]) \(summary.complete), "
            + "\(text[.incomplete]) \(summary.incomplete). \(text[.files]): \(summary.files), "
            + "\(text[.filesWithProblems].lowercased()): \(summary.filesWithProblems).\n\n"
        // Rule-file order: a decoded audit's keyed list does not keep the order it was written in.
        let critical = input.rules.documentTypes.compactMap { type in
            summary.missingCritical[type.id].flatMap { $0 > 0 ? (type.id, $0) : nil }
        }
        if !critical.isEmpty {
            out += "\(text[.missingCritical]): "
                + critical.map { "\(esc(labels[$0.0] ?? $0.0)) (\($0.1))" }.joined(separator: ", ") + "\n\n"
        }
        if let diff = audit.sinceLastRun { out += sinceLastRun(diff, input, text) }
        for (index, innovation) in audit.innovations.enumerated() {
            out += innovationSection(innovation, region: merged ? input.region(ofInnovationAt: index) : nil, input, text)
        }
        return Array(out.utf8)
    }

    func innovationSection(_ innovation: InnovationReport, region: ReportRegion?, _ input: ReportInput, _ text: Words) -> String {
        let esc = MarkdownText.escape
        let language = input.language
        var out = "## " + (region.map { esc($0.name) + " — " } ?? "") + esc(innovation.name) + "\n\n"
        var facts = ["\(text[.path]): `\(Self.code(innovation.path))`"]
        if let opd = innovation.opd { facts.append("\(text[.opd]): \(esc(opd))") }
        facts.append("\(text[.score]): \(text.number(innovation.score)) / \(text.number(innovation.maxScore))")
        facts.append(text[innovation.complete ? .complete : .incomplete])
        out += facts.joined(separator: " · ") + "\n\n"
        // Critical types that are not present, then other types whose files are there but do not
        // count (weak, wrong year, unreadable); other absent types appear in the to-do list.
        let types = input.rules.documentTypes.filter(\.critical) + input.rules.documentTypes.filter { !$0.critical }
        let lacking = types.compactMap { type -> String? in
            let status = innovation.documents[type.id]?.status ?? .missing
            guard status != .present, type.critical || status != .missing else { return nil }
            return "- " + (type.critical ? "**\(esc(type.label.text(language)))**" : esc(type.label.text(language)))
                + " — \(text.status(status))"
        }
        out += "### \(text[.missingDocuments])\n\n" + (lacking.isEmpty ? "—" : lacking.joined(separator: "\n")) + "\n\n"
        if !innovation.mandatoryWithoutEvidence.isEmpty {
            let names = innovation.mandatoryWithoutEvidence.map { id in
                esc(input.rules.indicators.first { $0.id == id }?.name.text(language) ?? id)
            }
            out += "\(text[.mandatoryWithoutEvidence]): \(names.joined(separator: ", "))\n\n"
        }
        let actions = TodoList(rules: input.rules, assessmentYear: input.audit.assessmentYear, language: input.language)
            .actions(for: innovation)
        out += "### \(text[.todo])\n\n"
        out += actions.isEmpty ? text[.nothingToDo] + "\n"
            : actions.enumerated().map { "\($0.offset + 1). \(esc($0.element.text))" }.joined(separator: "\n") + "\n"
        return out + "\n"
    }

    /// The `--compare last` section: a heading, the run compared with, then one bullet list per
    /// kind of change (newly missing critical documents first).
    func sinceLastRun(_ diff: AuditDiff, _ input: ReportInput, _ text: Words) -> String {
        let esc = MarkdownText.escape
        var out = "## \(text[.sinceHeading])\n\n" + esc(SinceLastRunRows.comparedWith(diff, text: text)) + "\n\n"
        let rows = SinceLastRunRows.rows(diff, rules: input.rules, text: text)
        guard !rows.isEmpty else { return out + text[.sinceNothingChanged] + "\n\n" }
        for (kind, count) in SinceLastRunRows.counts(rows) {
            out += "### \(text[kind.key]) (\(count))\n\n"
            for row in rows where row.kind == kind {
                var line = row.innovation.isEmpty ? "" : "**\(esc(row.innovation))**"
                if !row.subject.isEmpty {
                    let subject = row.innovation.isEmpty ? "`\(Self.code(row.subject))`" : esc(row.subject)
                    line += (line.isEmpty ? "" : ": ") + subject
                }
                if !row.from.isEmpty { line += " — \(esc(row.from)) → \(esc(row.to))" }
                else if !row.to.isEmpty { line += " (\(esc(row.to)))" }
                out += "- " + line + "\n"
            }
            out += "\n"
        }
        return out
    }

    /// `lengkap` → `Lengkap` for a column heading.
    static func capitalised(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

    /// Text for an inline code span: backticks cannot be escaped inside one, so they become `'`.
    static func code(_ text: String) -> String {
        String(text.map { $0 == "`" || $0.isNewline ? "'" : $0 })
    }
}
