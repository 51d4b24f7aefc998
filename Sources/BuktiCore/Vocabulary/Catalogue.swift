/// Every user-visible word of bukti, in Indonesian and English: one catalogue type, built from blocks.
/// Each module adds its blocks to the one below it, so the library never needs the CLI's words:
/// `Catalogue.core` (the audit's and the rule files' messages), `Catalogue.reports` (core + reports),
/// and the CLI's `Catalogue.cli` (everything). Read it through `Words`, which fixes the language.
public struct Catalogue: Sendable {
    /// The blocks, in the order given; an earlier block's key wins (a test forbids repeats).
    public let blocks: [CatalogueBlock]
    private let tables: [Language: [MessageKey: String]]

    public init(_ blocks: [CatalogueBlock]) {
        self.blocks = blocks
        var tables: [Language: [MessageKey: String]] = [:]
        for language in Language.allCases {
            var table: [MessageKey: String] = [:]
            for block in blocks { table.merge(block.entries(language)) { first, _ in first } }
            tables[language] = table
        }
        self.tables = tables
    }

    /// This catalogue with `more` blocks after its own.
    public func adding(_ more: [CatalogueBlock]) -> Catalogue { Catalogue(blocks + more) }

    /// The text of `key` in `language`, nil when no block defines it.
    public func text(_ key: MessageKey, in language: Language) -> String? { tables[language]?[key] }

    /// The library's own words: audit findings and rule-file diagnostics.
    public static let core = Catalogue([auditBlock, json5Block, ruleFileBlock, waiversBlock])
}
