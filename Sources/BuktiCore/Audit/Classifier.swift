import Foundation

/// Decides which document types a file is (SK, SOP, DPA, photo...) by summing the weights of the
/// rule file's signals that fire on it, and reads each matched type's date.
///
/// Pure and thread-safe: every pattern is compiled once when the classifier is made, and
/// `classify` only reads. Text signals search the first page with text after its whitespace is
/// collapsed (see `FirstPage`), at most `textSearchLimit` characters of it; a signal with `within`
/// searches at most `within + withinSlack` characters, and fires only when its earliest match starts
/// at or before `within`. Because line breaks are collapsed too, `^` in a text pattern means the
/// start of the page, not of a line: write `within` for "near the top" instead.
/// Regular expressions run on the original case (they are case-insensitive), so a hit quotes the
/// document as written (`KEPUTUSAN BUPATI CONTOH`).
public struct Classifier: Sendable {
    /// Characters of the first page any text signal searches: a first page rarely holds more, and
    /// the cap keeps a spreadsheet's or a long page's text from costing more than a letter's.
    public static let textSearchLimit = 4000
    /// How far past `within` a match that starts in time may run (a long heading).
    public static let withinSlack = 400

    /// One document type ready to evaluate.
    struct CompiledType: Sendable {
        let type: DocumentType
        let kinds: Set<FileKind>
        let matchers: [SignalMatcher]
    }

    public let rules: RuleSet
    let types: [CompiledType]
    public let dates: DateReader

    /// A classifier for a loaded rule set, reusing the regular expressions the loader compiled.
    public init(rules: CompiledRuleSet) {
        self.rules = rules.rules
        types = rules.documentTypes.map { compiled in
            CompiledType(type: compiled.type, kinds: Set(compiled.type.kinds), matchers: compiled.signals.map(SignalMatcher.init))
        }
        dates = DateReader(assessmentYear: rules.rules.assessmentYear)
    }

    /// A classifier for a rule set decoded without the loader, compiling its patterns here
    /// (case-insensitive, once); throws the first pattern that is not a valid regular expression.
    public init(rules: RuleSet) throws {
        self.rules = rules
        types = try rules.documentTypes.map { type in
            CompiledType(type: type, kinds: Set(type.kinds), matchers: try type.signals.map { signal in
                let regex = try SignalMatcher.pattern(of: signal).map {
                    try NSRegularExpression(pattern: $0, options: [.caseInsensitive])
                }
                return SignalMatcher(signal, regex: regex)
            })
        }
        dates = DateReader(assessmentYear: rules.assessmentYear)
    }

    /// Classifies one file; `folders` is the path between the innovation folder and the file.
    public func classify(_ facts: FileFacts, folders: String) -> FileClassification {
        let input = ClassifierInput(facts, folders: folders, pageLimit: DateReader.pageLimit)
        var texts = DateReader.Texts(facts, page: input.page)
        var scored: [TypeMatch] = []
        for compiled in types where compiled.kinds.contains(facts.kind) {
            let hits = compiled.matchers.compactMap { $0.evaluate(input) }
            let score = hits.reduce(0) { $0 + $1.weight }
            guard score > 0 else { continue }
            var match = TypeMatch(type: compiled.type.id, score: score, threshold: compiled.type.threshold,
                                  signals: hits, date: nil)
            match.date = dates.read(compiled.type.dateSources, from: facts, texts: &texts)
            scored.append(match)
        }
        // A stable sort keeps rule-file order among equal scores.
        let ordered = scored.enumerated().sorted { a, b in
            a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
        }.map(\.element)
        return FileClassification(matches: ordered.filter { $0.score >= $0.threshold },
                                  nearMisses: ordered.filter { $0.score < $0.threshold })
    }
}

extension SignalMatcher {
    /// The matcher for a rule-file signal and its compiled expression.
    init(_ signal: Signal, regex: NSRegularExpression?) {
        let target: Target
        let pattern: String
        if let name = signal.name {
            (target, pattern) = (.name, name)
        } else if let folder = signal.folder {
            (target, pattern) = (.folder, folder)
        } else if let metadata = signal.metadata {
            (target, pattern) = (.metadata, metadata)
        } else if let text = signal.text {
            (target, pattern) = (.text(within: signal.within), text)
        } else {
            (target, pattern) = (.fact(signal.fact), signal.fact?.rawValue ?? "")
        }
        self.init(target: target, pattern: pattern, regex: regex, weight: signal.weight)
    }

    /// The regex text of a signal (nil for a fact signal).
    static func pattern(of signal: Signal) -> String? {
        signal.name ?? signal.folder ?? signal.metadata ?? signal.text
    }

    /// The matcher for a loaded signal.
    init(_ compiled: CompiledSignal) {
        let target: Target = switch compiled.target {
        case .name: .name
        case .folder: .folder
        case .metadata: .metadata
        case .text: .text(within: compiled.within)
        // The loader guarantees a fact signal names its fact; one that does not never fires.
        case .fact: compiled.fact.map(Target.fact) ?? .fact(nil)
        }
        let pattern = compiled.target == .fact ? compiled.fact?.rawValue ?? "" : compiled.pattern
        self.init(target: target, pattern: pattern, regex: compiled.regex, weight: compiled.weight)
    }
}
