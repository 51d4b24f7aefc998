import BuktiCore

/// Words of the command line around reports (`--report`, `--split-by`, `bukti merge`).
extension MessageKey {
    public static let cliCannotWrite: MessageKey = "cli.cannotWrite"
    public static let cliCannotRender: MessageKey = "cli.cannotRender"
    public static let cliWrote: MessageKey = "cli.wrote"
    public static let cliNotWritten: MessageKey = "cli.notWritten"
    public static let cliMergeUnreadable: MessageKey = "cli.merge.unreadable"
    public static let cliMergeSchema: MessageKey = "cli.merge.schema"
    public static let cliMergeRules: MessageKey = "cli.merge.rules"
    public static let cliMergeNeedsRules: MessageKey = "cli.merge.needsRules"
    public static let cliMergeRulesDiffer: MessageKey = "cli.merge.rulesDiffer"
    public static let cliNoOpd: MessageKey = "cli.split.noOpd"
    public static let cliSplitNeedsOPD: MessageKey = "cli.split.needsOpd"
    public static let cliCannotUseManifest: MessageKey = "cli.manifest.unusable"
    public static let cliMergeYears: MessageKey = "cli.merge.years"
}

extension Catalogue {
    /// The CLI's messages about reports; `{n}` are file names and details.
    static let cliReportBlock = CatalogueBlock(
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
            .cliSplitNeedsOPD: "bukti: --split-by opd perlu --manifest dengan kolom OPD, atau --depth 2 (folder ROOT/OPD/Inovasi)",
            .cliCannotUseManifest: "bukti: daftar inovasi '{1}' tidak dapat dipakai: {2}",
            .cliMergeYears: "bukti: '{1}' (tahun penilaian {2}) dan '{3}' (tahun penilaian {4}) berbeda tahun penilaian; tidak dapat digabung",
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
            .cliSplitNeedsOPD: "bukti: --split-by opd needs --manifest with an OPD column, or --depth 2 (ROOT/OPD/Innovation folders)",
            .cliCannotUseManifest: "bukti: cannot use manifest '{1}': {2}",
            .cliMergeYears: "bukti: '{1}' (assessment year {2}) and '{3}' (assessment year {4}) have different assessment years; cannot merge",
        ])
}
