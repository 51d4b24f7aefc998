/// "Did you mean" suggestions by edit distance (like git and swift-argument-parser), shared by the
/// rule-file diagnostics and the command line: the closest name, when close enough to be a likely typo.
public enum NameSuggestion {
    public static func closest(to input: String, among candidates: [String]) -> String? {
        let limit = max(2, input.count / 3)
        let scored = candidates.map { ($0, distance(input.lowercased(), $0.lowercased())) }.filter { $0.1 <= limit }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// " (did you mean 'x'?)" in the reader's language, or nothing.
    static func hint(_ input: String, among candidates: [String]) -> any CustomStringConvertible {
        closest(to: input, among: candidates).map { Message(.ruleDidYouMean, $0) } ?? ""
    }

    /// Levenshtein distance by characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
