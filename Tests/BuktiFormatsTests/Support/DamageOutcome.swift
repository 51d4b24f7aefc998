import BuktiCore

/// What a damaged file must come out as, for the damage loops (flipped and overwritten bytes): facts a
/// report can use, or problems that name what went wrong; never a trap, never an error the reader did
/// not turn into a problem, never a number the JSON record cannot hold.
enum DamageOutcome {
    /// How the fixture helpers mark an error that was not an `ExtractionFailure` (a reader that threw
    /// something it should have named).
    static let unexpected = "unexpected error: "

    /// What is wrong with `facts` as the result of reading a damaged file; empty when all is well.
    static func violations(_ facts: FileFacts) -> [String] {
        var found: [String] = []
        for problem in facts.problems {
            if problem.message.trimmingCharacters(in: .whitespaces).isEmpty { found.append("\(problem.code.rawValue) without a message") }
            if problem.message.hasPrefix(unexpected) { found.append("an error not named as a problem: \(problem.message)") }
        }
        if let pages = facts.pages, pages < 0 { found.append("negative page count \(pages)") }
        if let words = facts.words, words < 0 { found.append("negative word count \(words)") }
        if let duration = facts.duration, !(duration.isFinite && duration >= 0) { found.append("duration \(duration)") }
        if (try? OrderedJSONEncoder(.record(pretty: false)).encode(facts)) == nil {
            found.append("the facts cannot be written as an inspect record")
        }
        return found
    }
}
