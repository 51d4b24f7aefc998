import BuktiCore
import BuktiReports

/// `text`: a block per file for people at a terminal: the path, aligned `key: value` lines for the
/// fields that are known, problems marked, and a summary line at the end.
struct TextRenderer: RecordRenderer {
    let style: TerminalStyle
    let words: Words

    init(color: Bool, words: Words) {
        style = TerminalStyle(enabled: color)
        self.words = words
    }

    /// Width of the widest label in the reader's language (`application:` in English), plus its colon.
    var labelWidth: Int { Catalogue.inspectLabels.map { words.label($0.en).count }.max().map { $0 + 1 } ?? 12 }

    mutating func begin(_ out: OutputBuffer) throws(OutputError) {}

    mutating func record(_ facts: FileFacts, _ out: OutputBuffer) throws(OutputError) {
        var block = style.bold(TerminalText.sanitized(facts.path.display)) + "\n"
        let fields = Self.fields(of: facts, words)
        // One width for every record, so the values line up down the whole listing.
        let width = labelWidth
        for field in fields {
            let label = (field.label + ":").padding(toLength: width, withPad: " ", startingAt: 0)
            block += "  " + style.dim(label) + " " + TerminalText.sanitized(field.value) + "\n"
        }
        for problem in facts.problems {
            let code = "! " + problem.code.rawValue
            let marked = problem.code.severity == .unreadable ? style.red(code) : style.yellow(code)
            block += "  " + marked + ": " + TerminalText.sanitized(problem.message) + "\n"
        }
        try out.write(block + "\n")
    }

    mutating func end(_ tally: RunTally, _ out: OutputBuffer) throws(OutputError) {
        var line = words.count("inspect.files", tally.records) + ", " + words.format("inspect.withProblems", tally.withProblems)
        if tally.walk.totalSkipped > 0 { line += "; " + words.format("inspect.skipped", tally.skippedDescription(words)) }
        try out.write(style.bold(line) + "\n")
    }

    /// The known fields of a record, in reading order, as label and text.
    static func fields(of facts: FileFacts, _ words: Words) -> [(label: String, value: String)] {
        var rows: [(label: String, value: String)] = [(words.label("kind"), facts.kind.rawValue)]
        func add(_ label: String, _ value: String?) {
            if let value, !value.isEmpty { rows.append((words.label(label), value)) }
        }
        add("size", facts.bytes.map { TerminalText.size($0, words) })
        add("sha256", facts.sha256)
        add("pages", facts.pages.map(String.init))
        add("pdf", pdfSummary(facts, words))
        add("title", facts.title)
        add("author", facts.author)
        add("subject", facts.subject)
        add("keywords", facts.keywords)
        add("creator", facts.creator)
        add("producer", facts.producer)
        add("application", facts.application)
        add("modified by", facts.lastModifiedBy)
        add("created", facts.created)
        add("modified", facts.modified)
        add("taken", facts.taken)
        if let width = facts.width, let height = facts.height { add("dimensions", "\(width) × \(height)") }
        add("camera", facts.camera)
        add("software", facts.software)
        add("gps", facts.gps.map { gps in "\(gps.lat), \(gps.lon)" + (gps.alt.map { ", \($0) m" } ?? "") })
        add("screenshot", facts.screenshot == true ? words["inspect.yes"] : nil)
        add("duration", facts.duration.map { "\((($0 * 10).rounded() / 10)) s" })
        add("sheets", facts.sheets.map { $0.joined(separator: ", ") })
        add("words", facts.words.map(String.init))
        add("text", facts.text.map { TerminalText.preview($0) })
        return rows
    }

    /// "1.7, encrypted, scanned": the PDF version and flags that are set.
    static func pdfSummary(_ facts: FileFacts, _ words: Words) -> String? {
        var parts: [String] = facts.pdfVersion.map { [$0] } ?? []
        if facts.encrypted == true { parts.append(words["inspect.encrypted"]) }
        if facts.linearized == true { parts.append(words["inspect.linearized"]) }
        if facts.scanned == true { parts.append(words["inspect.scanned"]) }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
