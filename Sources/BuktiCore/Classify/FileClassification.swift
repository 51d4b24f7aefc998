/// How one file was classified: each document type it reached the threshold for, and the
/// near misses, with the signals behind every score (what `bukti explain` prints).
public struct FileClassification: Codable, Sendable, Equatable {
    /// Types whose score reached their threshold, best first (ties broken by rule-file order).
    public var matches: [TypeMatch]
    /// Types with some positive evidence that stayed below their threshold, best first.
    public var nearMisses: [TypeMatch]

    public init(matches: [TypeMatch] = [], nearMisses: [TypeMatch] = []) {
        self.matches = matches
        self.nearMisses = nearMisses
    }
}

/// One document type's score for a file.
public struct TypeMatch: Codable, Sendable, Equatable {
    /// The document type's id.
    public var type: String
    public var score: Double
    public var threshold: Double
    /// Every signal that fired, in rule-file order.
    public var signals: [SignalHit]
    /// The document's date as this type reads it, when one was found.
    public var date: DocumentDate?

    public init(type: String, score: Double, threshold: Double, signals: [SignalHit], date: DocumentDate?) {
        self.type = type
        self.score = score
        self.threshold = threshold
        self.signals = signals
        self.date = date
    }
}

/// A signal that fired.
public struct SignalHit: Codable, Sendable, Equatable {
    /// What the signal looked at.
    public var on: SignalTarget
    /// The pattern (or fact name) from the rule file.
    public var pattern: String
    /// What matched, trimmed to a readable length.
    public var matched: String
    public var weight: Double
    /// For text signals: where the match starts in the text (characters).
    public var offset: Int?

    public init(on: SignalTarget, pattern: String, matched: String, weight: Double, offset: Int? = nil) {
        self.on = on
        self.pattern = pattern
        self.matched = matched
        self.weight = weight
        self.offset = offset
    }
}

extension SignalHit {
    /// True when the file's name or folders point at the type (a positive name or folder signal):
    /// what lets a scan without text, or an unreadable file, still say which document it was meant to be.
    public var pointsByName: Bool { (on == .name || on == .folder) && weight > 0 }
}

/// The date a document carries, and where it was read.
public struct DocumentDate: Codable, Sendable, Equatable {
    public var year: Int
    /// The full date (`2024-01-12`) when the source gives one.
    public var date: String?
    public var source: DateSource
    /// The text the date was read from (`pada tanggal 12 Januari 2024`).
    public var evidence: String

    public init(year: Int, date: String? = nil, source: DateSource, evidence: String) {
        self.year = year
        self.date = date
        self.source = source
        self.evidence = evidence
    }
}
