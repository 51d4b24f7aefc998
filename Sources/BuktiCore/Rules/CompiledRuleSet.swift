import Foundation

/// A validated rule set ready to use: every regular expression compiled once (case-insensitive),
/// document types looked up by id, and where the rules came from (for reports).
public struct CompiledRuleSet: Sendable {
    /// The rules as written.
    public let rules: RuleSet
    /// The document types in file order, each with its compiled signals and checks.
    public let documentTypes: [CompiledDocumentType]
    /// `built-in iid-2024` or the path the rule file was loaded from.
    public let source: String
    /// The SHA-256 (lowercase hex) of the rule text, when the loader was given a hasher; else empty.
    public let sha256: String
    /// The rule file's text, exactly as read.
    public let text: String

    private let indexByID: [String: Int]

    init(rules: RuleSet, documentTypes: [CompiledDocumentType], source: String, sha256: String, text: String) {
        self.rules = rules
        self.documentTypes = documentTypes
        self.source = source
        self.sha256 = sha256
        self.text = text
        var index: [String: Int] = [:]
        for (i, type) in documentTypes.enumerated() where index[type.id] == nil { index[type.id] = i }
        indexByID = index
    }

    /// The document type with this id (`sk`), nil when the rules declare none.
    public func documentType(_ id: String) -> CompiledDocumentType? { indexByID[id].map { documentTypes[$0] } }

    /// The indicators in their official order.
    public var indicators: [Indicator] { rules.indicators }
}

/// A document type with its signals and checks compiled.
public struct CompiledDocumentType: Sendable {
    public let type: DocumentType
    /// Same order as `type.signals`.
    public let signals: [CompiledSignal]
    /// Same order as `type.checks`.
    public let checks: [CompiledCheck]

    public var id: String { type.id }
}

/// What a signal looks at.
public enum SignalTarget: String, Codable, Sendable, Equatable {
    /// The file name.
    case name
    /// The folders between the innovation folder and the file.
    case folder
    /// Title, subject and keywords.
    case metadata
    /// The text of the first page.
    case text
    /// A fact about the file (camera, screenshot...).
    case fact
}

/// One signal, ready to test: its target and, for regex targets, the compiled pattern.
public struct CompiledSignal: Sendable {
    public let signal: Signal
    public let target: SignalTarget
    /// The pattern's source text (empty for `fact` signals).
    public let pattern: String
    /// The compiled pattern (case-insensitive); nil only for `fact` signals.
    public let regex: NSRegularExpression?
    /// The fact tested, for `fact` signals.
    public let fact: FileFactSignal?

    public var weight: Double { signal.weight }
    /// For `text`: the match must start within this many characters of the start of the text.
    public var within: Int? { signal.within }
}

/// One document check, with its `textMustMatch` pattern compiled when it has one.
public struct CompiledCheck: Sendable {
    public let check: DocumentCheck
    public let regex: NSRegularExpression?
}

extension CompiledSignal {
    /// The target and pattern of a signal that has exactly one of them (validation guarantees it).
    static func target(of signal: Signal) -> (SignalTarget, String)? {
        let candidates: [(SignalTarget, String?)] = [
            (.name, signal.name), (.folder, signal.folder), (.metadata, signal.metadata), (.text, signal.text),
            (.fact, signal.fact?.rawValue),
        ]
        let set = candidates.compactMap { target, value in value.map { (target, $0) } }
        return set.count == 1 ? set[0] : nil
    }
}
