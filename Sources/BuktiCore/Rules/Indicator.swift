/// One per-innovation IID indicator: its weight (bobot), levels and the evidence each level needs.
public struct Indicator: Codable, Sendable, Equatable {
    /// Stable identifier (`regulasi`, `anggaran`...).
    public var id: String
    /// The official number (1–20).
    public var number: Int
    public var name: LocalizedText
    /// Bobot: score = weight × level.
    public var weight: Double
    /// Mandatory ("wajib") indicators are listed when they have no evidence.
    public var mandatory: Bool
    /// File kinds accepted for upload for this indicator; other kinds get a problem.
    public var uploadKinds: [FileKind]
    /// Overrides the rule set's size limits for this indicator.
    public var limits: SizeLimits?
    /// Levels 1–3; the supported level is the highest whose requirements are all met.
    public var levels: [IndicatorLevel]
}

/// What one level of an indicator needs.
public struct IndicatorLevel: Codable, Sendable, Equatable {
    /// 1, 2 or 3.
    public var level: Int
    public var label: LocalizedText
    /// Every requirement must be met.
    public var requires: [Requirement]
    /// When set, documents can show the evidence exists but not the level itself (a count of
    /// people or beneficiaries inside the document): bukti reports this level as "to verify"
    /// and the estimated score does not count it.
    public var verify: LocalizedText?
}

/// A requirement: documents of one of `types`, enough of them, dated in the right years.
public struct Requirement: Codable, Sendable, Equatable {
    /// Any of these document types satisfies the requirement.
    public var types: [String]
    /// How many distinct documents are needed (default 1).
    public var count: Int?
    /// The documents must be dated in this window (overrides the document type's window).
    public var window: YearWindow?
    /// At least this many distinct years within `window` must be covered (budget for T-0, T-1
    /// and T-2: `window: "T-2..T-0", distinctYears: 3`).
    public var distinctYears: Int?
}
