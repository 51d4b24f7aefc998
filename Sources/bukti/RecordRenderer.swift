import BuktiCore

/// The output formats of `inspect`; raw values are the `--format` spellings.
enum OutputFormat: String, CaseIterable {
    case text, json, jsonl

    func renderer(console: Console, words: Words) -> any RecordRenderer {
        switch self {
        case .text: TextRenderer(color: console.usesColor, words: words)
        case .json: JSONDocumentRenderer()
        case .jsonl: JSONLinesRenderer()
        }
    }
}

/// Writes records as they arrive (siegfried's head / file / tail writer), so output streams.
protocol RecordRenderer {
    mutating func begin(_ out: OutputBuffer) throws(OutputError)
    mutating func record(_ facts: FileFacts, _ out: OutputBuffer) throws(OutputError)
    mutating func end(_ tally: RunTally, _ out: OutputBuffer) throws(OutputError)
}

/// Counts for the closing summary.
struct RunTally {
    var records = 0
    var withProblems = 0
    var walk = WalkSummary()

    mutating func count(_ facts: FileFacts) {
        records += 1
        if !facts.problems.isEmpty { withProblems += 1 }
    }

    /// "2 symlinks, 1 fifo": the non-zero skip counts in table order.
    func skippedDescription(_ words: Words) -> String {
        SkipReason.allCases.compactMap { reason in
            guard let count = walk.skipped[reason], count > 0 else { return nil }
            return words.count(.inspectSkip(reason.rawValue), count)
        }.joined(separator: ", ")
    }
}
