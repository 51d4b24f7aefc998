/// Words of the command line around reports (`--report`, `--split-by`, `bukti merge`).
extension ReportKey {
    public static let cliCannotWrite: ReportKey = "cli.cannotWrite"
    public static let cliCannotRender: ReportKey = "cli.cannotRender"
    public static let cliWrote: ReportKey = "cli.wrote"
    public static let cliNotWritten: ReportKey = "cli.notWritten"
    public static let cliMergeUnreadable: ReportKey = "cli.merge.unreadable"
    public static let cliMergeSchema: ReportKey = "cli.merge.schema"
    public static let cliMergeRules: ReportKey = "cli.merge.rules"
    public static let cliMergeNeedsRules: ReportKey = "cli.merge.needsRules"
    public static let cliMergeRulesDiffer: ReportKey = "cli.merge.rulesDiffer"
    public static let cliNoOpd: ReportKey = "cli.split.noOpd"
}

extension ReportText {
    /// The CLI's messages about reports; `{n}` are file names and details.
    static let cliCatalogue = ReportCatalogue(
        id: [
            .cliCannotWrite: "bukti: tidak dapat menulis '{1}': {2}",
            .cliCannotRender: "bukti: laporan {1} tidak dapat dibuat: {2}",
            .cliWrote: "bukti: laporan ditulis ke {1}",
            .cliNotWritten: "bukti: audit tidak selesai; laporan tidak ditulis",
            .cliMergeUnreadable: "bukti: '{1}' bukan hasil audit JSON yang dapat dibaca: {2}",
            .cliMergeSchema: "bukti: '{1}' (schemaVersion {2}) dan '{3}' (schemaVersion {4}) memakai versi skema berbeda; tidak dapat digabung",
            .cliMergeRules: "bukti: '{1}' ({2}, sha256 {3}) dan '{4}' ({5}, sha256 {6}) memakai berkas aturan berbeda; tidak dapat digabung",
            .cliMergeNeedsRules: "bukti: aturan '{1}' bukan aturan bawaan; berikan berkasnya dengan --rules",
            .cliMergeRulesDiffer: "bukti: berkas aturan '{1}' (sha256 {2}) bukan aturan yang dipakai audit (sha256 {3})",
            .cliNoOpd: "(tanpa-opd)",
        ],
        en: [
            .cliCannotWrite: "bukti: cannot write '{1}': {2}",
            .cliCannotRender: "bukti: the {1} report could not be made: {2}",
            .cliWrote: "bukti: report written to {1}",
            .cliNotWritten: "bukti: the audit did not complete; no report written",
            .cliMergeUnreadable: "bukti: '{1}' is not a readable audit JSON: {2}",
            .cliMergeSchema: "bukti: '{1}' (schemaVersion {2}) and '{3}' (schemaVersion {4}) use different schema versions; cannot merge",
            .cliMergeRules: "bukti: '{1}' ({2}, sha256 {3}) and '{4}' ({5}, sha256 {6}) were made with different rule files; cannot merge",
            .cliMergeNeedsRules: "bukti: the rules '{1}' are not built in; give the rule file with --rules",
            .cliMergeRulesDiffer: "bukti: the rule file '{1}' (sha256 {2}) is not the one the audits used (sha256 {3})",
            .cliNoOpd: "(no-agency)",
        ])
}
