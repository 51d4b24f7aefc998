import BuktiCore
import BuktiReports

/// The framing words of `--help` (section headings, the default marker, the root pointer).
extension MessageKey {
    static let helpOverview: MessageKey = "help.overview"
    static let helpUsage: MessageKey = "help.usage"
    static let helpArguments: MessageKey = "help.arguments"
    static let helpOptions: MessageKey = "help.options"
    static let helpSubcommands: MessageKey = "help.subcommands"
    static let helpSubcommandPlaceholder: MessageKey = "help.subcommandPlaceholder"
    static let helpSeeCommand: MessageKey = "help.seeCommand"
    static let helpDefault: MessageKey = "help.default"
}

extension Catalogue {
    /// Help framing; the layout follows swift-argument-parser.
    static let helpBlock = CatalogueBlock(
        id: [
            .helpOverview: "RINGKASAN",
            .helpUsage: "PEMAKAIAN",
            .helpArguments: "ARGUMEN",
            .helpOptions: "OPSI",
            .helpSubcommands: "SUBPERINTAH",
            .helpSubcommandPlaceholder: "subperintah",
            .helpSeeCommand: "Lihat 'bukti help <subperintah>' untuk bantuan lengkap.",
            .helpDefault: "(bawaan: {1})",
        ],
        en: [
            .helpOverview: "OVERVIEW",
            .helpUsage: "USAGE",
            .helpArguments: "ARGUMENTS",
            .helpOptions: "OPTIONS",
            .helpSubcommands: "SUBCOMMANDS",
            .helpSubcommandPlaceholder: "subcommand",
            .helpSeeCommand: "See 'bukti help <subcommand>' for detailed help.",
            .helpDefault: "(default: {1})",
        ])
}
