import Foundation
import BuktiCore

/// `jsonl`: one compact FileFacts object per line and nothing else on stdout.
struct JSONLinesRenderer: RecordRenderer {
    let encoder = OrderedJSONEncoder(.record(pretty: false))

    mutating func begin(_ out: OutputBuffer) throws(OutputError) {}

    mutating func record(_ facts: FileFacts, _ out: OutputBuffer) throws(OutputError) {
        try out.write(RecordEncoding.encode(facts, with: encoder) + "\n")
    }

    mutating func end(_ tally: RunTally, _ out: OutputBuffer) throws(OutputError) {}
}

/// `json`: one pretty-printed document, `{"schemaVersion":1,"files":[...],"skipped":{...}}`, written as
/// records arrive so memory does not grow with the number of files.
struct JSONDocumentRenderer: RecordRenderer {
    let encoder = OrderedJSONEncoder(.record(pretty: true))
    private var first = true

    mutating func begin(_ out: OutputBuffer) throws(OutputError) {
        try out.write("{\n  \"schemaVersion\" : \(FileFacts.schemaVersion),\n  \"files\" : [")
    }

    mutating func record(_ facts: FileFacts, _ out: OutputBuffer) throws(OutputError) {
        let json = RecordEncoding.encode(facts, with: encoder)
        let indented = json.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "    " + $0 }.joined(separator: "\n")
        try out.write((first ? "\n" : ",\n") + indented)
        first = false
    }

    mutating func end(_ tally: RunTally, _ out: OutputBuffer) throws(OutputError) {
        let skipped = SkipReason.allCases.map { "    \"\($0.rawValue)\" : \(tally.walk.skipped[$0] ?? 0)" }
        try out.write((first ? "" : "\n  ") + "],\n  \"skipped\" : {\n" + skipped.joined(separator: ",\n") + "\n  }\n}\n")
    }
}

/// Encodes a record; a record that cannot be encoded (a non-finite number from a damaged file) is
/// written without its metadata and with a `corrupt` problem, so the file is still reported once.
enum RecordEncoding {
    static func encode(_ facts: FileFacts, with encoder: OrderedJSONEncoder) -> String {
        if let text = try? encoder.encode(facts) { return text }
        var plain = FileFacts(path: facts.path, kind: facts.kind)
        plain.bytes = facts.bytes
        plain.sha256 = facts.sha256
        plain.problems = facts.problems
        plain.add(.corrupt, "metadata read from the file could not be written as JSON")
        return (try? encoder.encode(plain)) ?? "{}"
    }
}
