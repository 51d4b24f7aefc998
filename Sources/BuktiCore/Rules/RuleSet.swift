/// One assessment described as data (a `Rules/*.json5` file): the document types bukti recognises,
/// the IID indicators and what evidence each level needs, and how the evidence tree is laid out.
public struct RuleSet: Codable, Sendable, Equatable {
    /// The rule-file format version; bukti refuses versions it does not know.
    public static let supportedSchema = 1

    /// Must equal `supportedSchema`.
    public var schema: Int
    /// A short name shown in reports ("IID 2024").
    public var name: String
    /// The assessment year (T-0) that windows count from; `--year` overrides it.
    public var assessmentYear: Int
    /// Upload size limits applied to every evidence file unless an indicator overrides them.
    public var limits: SizeLimits
    /// Which folders are innovations and what to ignore.
    public var layout: Layout
    /// Region-level predicate bands, highest first (used by reports).
    public var predicates: [Predicate]
    /// The kinds of document bukti classifies files into.
    public var documentTypes: [DocumentType]
    /// The per-innovation indicators, in their official order.
    public var indicators: [Indicator]
}

/// Text in Indonesian and English; labels of documents and indicators come from the rule file.
public struct LocalizedText: Codable, Sendable, Equatable, Hashable {
    public var id: String
    public var en: String

    public init(id: String, en: String) {
        self.id = id
        self.en = en
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .id: id
        case .en: en
        }
    }
}

/// Upload size limits in bytes: above `warnBytes` a warning, above `maxBytes` an error.
public struct SizeLimits: Codable, Sendable, Equatable {
    public var warnBytes: Int
    public var maxBytes: Int
}

/// How the evidence tree is organised.
public struct Layout: Codable, Sendable, Equatable {
    /// Folder depth of innovation folders below the root: 1 = `ROOT/Innovation`, 2 = `ROOT/OPD/Innovation`.
    public var depth: Int
    /// Glob patterns (`*`, `?`) on file or folder names that bukti skips entirely.
    public var ignore: [String]
}

/// A region-level predicate band: scores at or above `min` earn `label`.
public struct Predicate: Codable, Sendable, Equatable {
    public var min: Double
    public var label: LocalizedText
}
