import BuktiCore
import BuktiReports
import BuktiFormats

/// Loads the rule set named by `--rules` or `bukti rules NAME|FILE` for any command: warnings go to
/// stderr and the run goes on; errors go to stderr as compiler-style diagnostics and the caller exits 2.
enum RuleLoading {
    /// SHA-256 of the rule text for reports (`rules.sha256` in the audit JSON).
    static let hasher = SHA256Hasher()

    /// The compiled rules (diagnostics in `language`), or nil after printing why they cannot be used (exit with `ExitStatus.usage`).
    static func load(_ nameOrPath: String?, console: Console, language: Language) -> CompiledRuleSet? {
        do {
            let (rules, warnings) = try RuleFileLoader.load(nameOrPath: nameOrPath ?? RuleFileLoader.defaultBuiltin, hasher: hasher)
            for warning in warnings { console.error(TerminalText.sanitized(warning.description(language: language))) }
            return rules
        } catch {
            for diagnostic in error.diagnostics { console.error(TerminalText.sanitized(diagnostic.description(language: language))) }
            return nil
        }
    }
}
