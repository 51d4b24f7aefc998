import Foundation

/// One rule-file search ready to run: its target and its regular expression compiled once per run,
/// so classifying a file never builds a regex. Weights live with the types that use a search
/// (`Classifier.WeightedSignal`): the same search in several types runs once per file.
struct SignalMatcher: Sendable {
    /// What makes two signals the same search: target, `within` and pattern.
    struct Key: Hashable {
        let on: SignalTarget
        let within: Int?
        let pattern: String
    }

    /// What a signal looks at.
    enum Target: Sendable {
        case name, folder, metadata
        /// The first page; `within` limits where a match may start.
        case text(within: Int?)
        /// A fact of the file; nil never fires.
        case fact(FileFactSignal?)
    }

    let target: Target
    /// The pattern as written in the rule file (or the fact's name), reported in `SignalHit.pattern`.
    let pattern: String
    /// Case-insensitive; nil for fact signals.
    let regex: NSRegularExpression?
    /// Words the pattern cannot match without; checked before the regex runs (nil: always run it).
    let literals: RequiredLiterals?

    init(target: Target, pattern: String, regex: NSRegularExpression?) {
        self.target = target
        self.pattern = pattern
        self.regex = regex
        literals = regex == nil ? nil : RequiredLiterals(pattern: pattern)
    }

    /// The identity of this search, for sharing it between document types.
    var key: Key {
        if case .text(let within) = target { return Key(on: on, within: within, pattern: pattern) }
        return Key(on: on, within: nil, pattern: pattern)
    }

    /// The `on` value of hits.
    var on: SignalTarget {
        switch target {
        case .name: .name
        case .folder: .folder
        case .metadata: .metadata
        case .text: .text
        case .fact: .fact
        }
    }

    /// How far into the first page a text search with `within` looks (UTF-16 units).
    static func searchEnd(within: Int?) -> Int {
        within.map { min(Classifier.textSearchLimit, $0 + Classifier.withinSlack) } ?? Classifier.textSearchLimit
    }

    /// Characters a reported match is trimmed to.
    static let matchedLength = 80

    /// Runs the search on one file's prepared inputs; nil when it does not fire. The hit's weight is
    /// 0: the caller sets the weight of the type it scores.
    func evaluate(_ input: ClassifierInput) -> SignalHit? {
        switch target {
        case .name: return search(input.name, limit: input.name.length)
        case .folder: return search(input.folders, limit: input.folders.length)
        case .metadata: return search(input.metadata, limit: input.metadata.length)
        case .text(let within):
            let page = input.page
            if let literals, !literals.admits(input.foldedPage) { return nil }
            // A match starting at `within` may run on for a heading's length past it; a leftmost
            // search over that range finds the earliest match, so a later one is never needed.
            let end = Self.searchEnd(within: within)
            // The page cut at `end` (when the classifier prepared it): regexes copy their whole subject
            // to UTF-16 on every call, and a cut string searches the same as a range (bounds are opaque).
            let cut = input.pagePrefixes[end]
            let subject = ClassifierInput.Subject(text: cut?.text ?? page.text, length: cut?.length ?? page.length,
                                                  folded: input.foldedPage)
            guard let hit = search(subject, limit: min(subject.length, end), offset: true) else { return nil }
            if let within, let offset = hit.offset, offset > within { return nil }
            return hit
        case .fact(let fact):
            guard let fact, input.facts(fact) else { return nil }
            return SignalHit(on: on, pattern: pattern, matched: fact.rawValue, weight: 0)
        }
    }

    private func search(_ subject: ClassifierInput.Subject, limit: Int, offset: Bool = false) -> SignalHit? {
        if !offset, let literals, !literals.admits(subject.folded) { return nil }
        guard let regex, limit > 0,
              let match = regex.firstMatch(in: subject.text, options: [], range: NSRange(location: 0, length: limit)),
              let range = Range(match.range, in: subject.text)
        else { return nil }
        return SignalHit(on: on, pattern: pattern, matched: Self.trimmed(String(subject.text[range])),
                         weight: 0, offset: offset ? match.range.location : nil)
    }

    /// The matched text on one line, cut to `matchedLength` characters with an ellipsis.
    static func trimmed(_ text: String) -> String {
        let line = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return line.count <= matchedLength ? line : String(line.prefix(matchedLength - 1)) + "…"
    }
}
