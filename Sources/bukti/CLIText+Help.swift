import BuktiReports

/// The framing words of `--help` (section headings, the default marker, the root pointer).
extension ReportKey {
    static let helpOverview: ReportKey = "help.overview"
    static let helpUsage: ReportKey = "help.usage"
    static let helpArguments: ReportKey = "help.arguments"
    static let helpOptions: ReportKey = "help.options"
    static let helpSubcommands: ReportKey = "help.subcommands"
    static let helpSubcommandPlaceholder: ReportKey = "help.subcommandPlaceholder"
    static let helpSeeCommand: ReportKey = "help.seeCommand"
    static let helpDefault: ReportKey = "help.default"
}

extension CLIText {
    /// Help framing; the layout follows swift-argument-parser.
    static let helpCatalogue = ReportCatalogue(
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
