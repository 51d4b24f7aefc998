import BuktiCore

/// `bukti audit --format text`: one block per innovation, worst first (most missing critical
/// documents, then lowest estimated score), each missing critical document spelled out, the
/// indicator table and the problems; a summary at the end. Colour only when asked (a TTY without
/// NO_COLOR); every file-derived string is made safe for the terminal.
struct AuditTextRenderer {
    let rules: RuleSet
    let language: Language
    let style: TerminalStyle
    let words: Words

    init(rules: RuleSet, language: Language, color: Bool) {
        self.rules = rules
        self.language = language
        style = TerminalStyle(enabled: color)
        words = Words(language, .reports)
    }

    /// Innovations in the order the text shows them: worst first.
    static func worstFirst(_ innovations: [InnovationReport]) -> [InnovationReport] {
        innovations.sorted { a, b in
            if a.missing.count != b.missing.count { return a.missing.count > b.missing.count }
            if a.score != b.score { return a.score < b.score }
            return a.path < b.path
        }
    }

    func render(_ report: AuditReport) -> String {
        let heading = words.format(.textHeading, report.rules.name, report.rules.source, report.assessmentYear)
        var out = style.bold(safe(heading)) + "\n"
        out += words[.textRoot] + ": " + safe(report.root) + "\n\n"
        for innovation in Self.worstFirst(report.innovations) { out += block(innovation) + "\n" }
        out += summary(report)
        return out
    }

    func block(_ innovation: InnovationReport) -> String {
        let mark = innovation.complete
            ? style.bold("✓ " + words[.textComplete]) : style.red(style.bold("✗ " + words[.textIncomplete]))
        var out = mark + "  " + style.bold(safe(innovation.name)) + "\n"
        out += "  " + style.dim(words[.textRoot] + ": " + safe(innovation.path)) + "\n"
        let opd = innovation.opd.map { words[.textOpd] + ": " + $0 }
        let stage = innovation.tahapan.map { words[.tahapan] + ": " + $0 }
        let place = [opd, stage].compactMap { $0 }
        if !place.isEmpty { out += "  " + safe(place.joined(separator: " · ")) + "\n" }
        let percent = Int((innovation.completeness * 100).rounded())
        out += "  \(words[.textScore]) \(TerminalText.number(innovation.score))/\(TerminalText.number(innovation.maxScore))"
            + " · \(words[.textCompleteness]) \(percent)%\n"
        let attention = attentionLines(innovation)
        if !innovation.missing.isEmpty || !attention.isEmpty {
            out += "  " + style.red(words[.textMissingCritical]) + "\n"
            for id in innovation.missing { out += "    " + style.red("✗") + " " + safe(missingLine(id, innovation)) + "\n" }
            for line in attention { out += "    " + style.yellow("~") + " " + safe(line) + "\n" }
        }
        if innovation.files.isEmpty { out += "  " + style.dim(words[.textNoFiles]) + "\n" }
        out += "  " + words[.textIndicators] + "\n" + table(innovation.indicators)
        let problems = problemLines(innovation)
        if !problems.isEmpty {
            out += "  " + words[.textProblems] + "\n"
            for line in problems { out += "    " + style.yellow("!") + " " + safe(line) + "\n" }
        }
        return out
    }

    /// `SK (Surat Keputusan) tidak ditemukan`, or which files could not be read.
    func missingLine(_ id: String, _ innovation: InnovationReport) -> String {
        let label = rules.documentTypes.first { $0.id == id }?.label.text(language) ?? id
        guard let document = innovation.documents[id], document.status == .unreadable else {
            return words.missingDocument(label)
        }
        return words.unreadableDocument(label, document.evidence)
    }

    /// Critical documents that are there but stale or only weakly evidenced.
    func attentionLines(_ innovation: InnovationReport) -> [String] {
        rules.documentTypes.filter(\.critical).compactMap { type in
            let label = type.label.text(language)
            switch innovation.documents[type.id]?.status {
            case .stale: return words.staleDocument(label, type.window, rules.assessmentYear)
            case .weak: return words.weakDocument(label)
            default: return nil
            }
        }
    }

    /// The indicator table: number, name, level, score/max, status.
    func table(_ indicators: [IndicatorReport]) -> String {
        let c = (number: words[.textColumnNumber], name: words[.indicator], level: words[.level],
                 score: words[.score], status: words[.status])
        let nameWidth = min(40, max(c.name.count, indicators.map(\.name.count).max() ?? 0))
        func row(_ number: String, _ name: String, _ level: String, _ score: String, _ status: String) -> String {
            "    " + pad(number, 3, right: true) + "  " + pad(name, nameWidth) + "  " + pad(level, 5) + "  "
                + pad(score, 9) + "  " + status
        }
        var out = style.dim(row(c.number, c.name, c.level, c.score, c.status)) + "\n"
        for indicator in indicators {
            let top = maxLevel(of: indicator.id)
            var status = words.status(indicator.status)
            if let pending = indicator.toVerifyLevel { status += " (" + words.format(.textToVerify, pending) + ")" }
            let coloured = switch indicator.status {
            case .met, .waived: status
            case .partial, .toVerify: style.yellow(status)
            case .missing: style.red(status)
            }
            let name = indicator.name.count > nameWidth ? String(indicator.name.prefix(nameWidth - 1)) + "…" : indicator.name
            out += row(String(indicator.number), safe(name), "\(indicator.level)/\(top)",
                       "\(TerminalText.number(indicator.score))/\(TerminalText.number(indicator.maxScore))", coloured) + "\n"
        }
        return out
    }

    func maxLevel(of id: String) -> Int { rules.indicators.first { $0.id == id }?.levels.map(\.level).max() ?? 0 }

    /// Innovation problems other than the missing critical documents already listed, then each
    /// indicator's problems marked with its number.
    func problemLines(_ innovation: InnovationReport) -> [String] {
        var lines: [String] = []
        var seen: Set<String> = []
        for problem in innovation.problems {
            let critical = innovation.missing.contains { problem.message == missingLine($0, innovation) }
                || attentionLines(innovation).contains(problem.message)
            if !critical, seen.insert(problem.message).inserted { lines.append(problem.message) }
        }
        for indicator in innovation.indicators {
            for problem in indicator.problems where !problem.is(.missingEvidence) {
                if seen.insert(problem.message).inserted { lines.append("[\(indicator.number)] \(problem.message)") }
            }
        }
        return lines
    }

    func summary(_ report: AuditReport) -> String {
        let s = report.summary
        let line = words.format(
            .textSummary, s.innovations, s.complete, s.incomplete, s.files, s.filesWithProblems,
            words.count(.textInnovationWord, s.innovations), words.count(.textFileWord, s.files))
        var out = style.bold(line) + "\n"
        let missing = s.missingCritical.entries.filter { $0.value > 0 }.map { entry in
            (rules.documentTypes.first { $0.id == entry.key }?.label.text(language) ?? entry.key) + " \(entry.value)"
        }
        if !missing.isEmpty { out += words[.textSummaryMissing] + " " + safe(missing.joined(separator: ", ")) + "\n" }
        if !report.unassigned.isEmpty { out += words.count(.unassigned, report.unassigned.count) + "\n" }
        if !report.shared.isEmpty { out += words.count(.textShared, report.shared.count) + "\n" }
        if let manifest = report.manifest {
            if !manifest.withoutFolder.isEmpty {
                out += words[.textWithoutFolder] + " " + safe(manifest.withoutFolder.joined(separator: "; ")) + "\n"
            }
            if !manifest.foldersNotInManifest.isEmpty {
                out += words[.textNotInManifest] + " " + safe(manifest.foldersNotInManifest.joined(separator: "; ")) + "\n"
            }
        }
        return out
    }


    func safe(_ text: String) -> String { TerminalText.sanitized(text) }

    func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }
}
