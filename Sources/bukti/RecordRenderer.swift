import BuktiCore

/// The output formats of `inspect`; raw values are the `--format` spellings.
enum OutputFormat: String, CaseIterable {
    case text, json, jsonl

    func renderer(console: Console) -> any RecordRenderer {
        switch self {
        case .text: TextRenderer(color: console.usesColor)
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
    var skippedDescription: String {
        SkipReason.allCases.compactMap { reason in
            guard let count = walk.skipped[reason], count > 0 else { return nil }
            return "\(count) \(reason.noun(count))"
        }.joined(separator: ", ")
    }
}

extension SkipReason {
    /// The entry type as a noun for people, singular or plural.
    func noun(_ count: Int) -> String {
        let singular: String = switch self {
        case .symlink: "symlink"
        case .fifo: "fifo"
        case .socket: "socket"
        case .blockDevice: "block device"
        case .characterDevice: "character device"
        case .other: "special file"
        case .revisited: "folder already walked"
        }
        guard count != 1 else { return singular }
        return self == .revisited ? "folders already walked" : singular + "s"
    }
}
