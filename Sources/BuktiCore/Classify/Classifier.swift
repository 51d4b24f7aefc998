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
///
/// Regular expressions are most of an audit's cost, so two shortcuts keep their number down without
/// changing any result: a search several types share (the same target, pattern and `within`) runs
/// once per file, and a type's negative signals run only once one of its positive signals fired (a
/// type without positive evidence scores at most 0 and is dropped whatever its negatives say).
public struct Classifier: Sendable {
    /// Characters of the first page any text signal searches: a first page rarely holds more, and
    /// the cap keeps a spreadsheet's or a long page's text from costing more than a letter's.
    public static let textSearchLimit = 4000
    /// How far past `within` a match that starts in time may run (a long heading).
    public static let withinSlack = 400
    /// Bump whenever a change here, in `SignalMatcher`, `FirstPage` or `DateReader` can change a
    /// classification: cached classifications (`ClassificationCache`) are keyed by it.
    public static let logicVersion = 1

    /// A type's use of a shared search: which one, and the weight this type gives it.
    struct WeightedSignal: Sendable {
        let search: Int
        let weight: Double
    }

    /// One document type ready to evaluate.
    struct CompiledType: Sendable {
        let type: DocumentType
        let kinds: Set<FileKind>
        /// In rule-file order (the order hits are reported in).
        let signals: [WeightedSignal]
    }

    public let rules: RuleSet
    let types: [CompiledType]
    /// Every distinct search of the rule file, each once.
    let searches: [SignalMatcher]
    /// Where the rule file's text searches stop (the page is cut there once per file).
    let searchEnds: Set<Int>
    public let dates: DateReader

    /// A classifier for a loaded rule set, reusing the regular expressions the loader compiled.
    public init(rules: CompiledRuleSet) {
        self.rules = rules.rules
        var searches: [SignalMatcher] = []
        var index: [SignalMatcher.Key: Int] = [:]
        types = rules.documentTypes.map { compiled in
            let signals = compiled.signals.map { signal in
                let matcher = SignalMatcher(signal)
                let search = index[matcher.key] ?? {
                    searches.append(matcher)
                    index[matcher.key] = searches.count - 1
                    return searches.count - 1
                }()
                return WeightedSignal(search: search, weight: signal.weight)
            }
            return CompiledType(type: compiled.type, kinds: Set(compiled.type.kinds), signals: signals)
        }
        self.searches = searches
        searchEnds = Set(searches.compactMap { search in
            if case .text(let within) = search.target { return SignalMatcher.searchEnd(within: within) }
            return nil
        })
        dates = DateReader(assessmentYear: rules.rules.assessmentYear)
    }

    /// Classifies one file; `folders` is the path between the innovation folder and the file.
    public func classify(_ facts: FileFacts, folders: String) -> FileClassification {
        let input = ClassifierInput(facts, folders: folders, pageLimit: DateReader.pageLimit, searchEnds: searchEnds)
        var texts = DateReader.Texts(facts, page: input.page)
        var results = SearchResults(searches, input: input)
        var scored: [TypeMatch] = []
        for compiled in types where compiled.kinds.contains(facts.kind) {
            let evidence = compiled.signals.reduce(0.0) { sum, signal in
                signal.weight > 0 && results.hit(signal.search) != nil ? sum + signal.weight : sum
            }
            guard evidence > 0 else { continue }
            let hits = compiled.signals.compactMap { signal in
                results.hit(signal.search).map { hit in
                    var weighted = hit
                    weighted.weight = signal.weight
                    return weighted
                }
            }
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

/// One file's answers to the rule file's searches, each run at most once and only when asked.
struct SearchResults {
    private let searches: [SignalMatcher]
    private let input: ClassifierInput
    /// nil = not run yet; .some(nil) = ran and did not fire.
    private var answers: [SignalHit??]

    init(_ searches: [SignalMatcher], input: ClassifierInput) {
        self.searches = searches
        self.input = input
        answers = Array(repeating: nil, count: searches.count)
    }

    /// The hit of search `index` (weight 0), running it the first time it is asked for.
    mutating func hit(_ index: Int) -> SignalHit? {
        if let answer = answers[index] { return answer }
        let answer = searches[index].evaluate(input)
        answers[index] = .some(answer)
        return answer
    }
}

extension SignalMatcher {
    /// The search of a loaded signal (its weight stays with the type).
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
        self.init(target: target, pattern: pattern, regex: compiled.regex)
    }
}
