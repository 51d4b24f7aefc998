import Foundation
import BuktiCore
import BuktiReports

/// `bukti merge`: combines the audit JSON of several regions (one per kabupaten/kota, as a province
/// or the ministry collects them) into one report with a row per region and the same drill-down.
/// Model: each audit becomes a `ReportRegion` (named after its root folder, or `FILE=NAME`); the
/// reporters receive the concatenation as `ReportInput.audit` plus the regions in `ReportInput.regions`.
struct MergeCommand {
    static let spec = CommandSpec(
        name: "merge",
        abstract: "Combine the audit JSON of several regions into one report.",
        discussion: """
            Each AUDIT is the output of 'bukti audit --format json' (or --report json:FILE) for one region; write
            FILE=NAME to name the region (default: the audited root folder's name). Audits made with different
            rule files (name and SHA-256), schema versions or assessment years are refused. Labels come from the
            rules the audits name when they are built in; otherwise give the same rule file with --rules.
            Exit status: 0 when the report is written, 2 for a mistake on the command line or a refused mix,
            3 when a report could not be written.
            """,
        options: [
            OptionSpec("rules", value: "file|name", "The rule file the audits were made with (needed when it is not built in)."),
            OptionSpec("format", value: "format", default: "text",
                       "One report on stdout: text, json, md or csv (any --report format)."),
            OptionSpec("output", value: "file", "Write the --format report to this file (atomically) instead of stdout."),
            OptionSpec("report", value: "format:path",
                       "Write a report (\(Reporters.all.map { $0.identifier }.joined(separator: ", "))) to PATH, - for stdout; repeatable."),
            OptionSpec("excel", "Start CSV reports with a byte order mark so Excel reads Indonesian names right."),
            OptionSpec("lang", value: "id|en", default: "id", "Language of the report: id (Indonesian) or en (English)."),
        ],
        argument: ArgumentSpec(name: "audit", help: "Audit JSON files, each optionally FILE=NAME.", repeating: true))

    /// One audit file and the region name given for it.
    struct Source {
        let path: String
        let name: String?
    }

    let sources: [Source]
    let rulesName: String?
    let requests: [ReportRequest]
    let language: Language
    let excel: Bool

    init(_ parsed: ParsedArguments) throws(UsageError) {
        let name = Self.spec.name
        guard !parsed.positionals.isEmpty else {
            throw .missingArgument("<audit> (audit JSON files from 'bukti audit --format json')", command: name)
        }
        var sources: [Source] = []
        for bytes in parsed.positionals {
            let text = ArgumentParser.text(bytes)
            // `FILE=NAME`, unless the whole argument is a file (paths may contain `=`).
            if !FileManager.default.fileExists(atPath: text), let equals = text.lastIndex(of: "=") {
                let path = String(text[..<equals]), region = String(text[text.index(after: equals)...])
                guard !region.isEmpty else {
                    throw .invalidValue(text, option: "<audit>", expected: "FILE or FILE=NAME", command: name)
                }
                sources.append(Source(path: path, name: region))
            } else {
                sources.append(Source(path: text, name: nil))
            }
        }
        for source in sources where !FileManager.default.fileExists(atPath: source.path) {
            throw .pathNotFound(source.path, reason: "no such file", command: name)
        }
        self.sources = sources
        rulesName = parsed.values["rules"]
        language = try Language.option(parsed, default: .id, command: name)
        excel = parsed.flags.contains("excel")
        requests = try ReportRequest.parse(
            reports: parsed.lists["report"] ?? [], format: parsed.values["format"], output: parsed.values["output"],
            root: nil, splitting: false, command: name)
    }

    func run(console: Console) -> Int32 {
        let words = Words.cli(language)
        var audits: [(source: Source, audit: AuditReport)] = []
        for source in sources {
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: source.path))
                let version = try JSONDecoder().decode(SchemaProbe.self, from: data).schemaVersion
                if let first = audits.first, version != first.audit.schemaVersion {
                    console.error(words.format(.cliMergeSchema, safe(first.source.path), first.audit.schemaVersion,
                                               safe(source.path), version))
                    return ExitStatus.usage
                }
                guard version == AuditReport.schemaVersion else {
                    console.error(words.format(.cliMergeUnreadable, safe(source.path),
                                               "schemaVersion \(version) (bukti \(Bukti.version) reads \(AuditReport.schemaVersion))"))
                    return ExitStatus.usage
                }
                audits.append((source, try JSONDecoder().decode(AuditReport.self, from: data)))
            } catch {
                console.error(words.format(.cliMergeUnreadable, safe(source.path), Self.describe(error)))
                return ExitStatus.usage
            }
        }
        guard let first = audits.first else { return ExitStatus.usage }
        for other in audits.dropFirst() {
            let a = first.audit.rules, b = other.audit.rules
            if a.name != b.name || a.sha256 != b.sha256 {
                console.error(words.format(.cliMergeRules, safe(first.source.path), safe(a.name), a.sha256,
                                           safe(other.source.path), safe(b.name), b.sha256))
                return ExitStatus.usage
            }
            if first.audit.assessmentYear != other.audit.assessmentYear {
                console.error(words.format(.cliMergeYears, safe(first.source.path), first.audit.assessmentYear,
                                           safe(other.source.path), other.audit.assessmentYear))
                return ExitStatus.usage
            }
        }
        guard let rules = loadRules(first.audit.rules, console: console, words: words) else { return ExitStatus.usage }
        let regions = audits.map {
            ReportRegion(name: $0.source.name ?? Self.regionName($0.audit.root), audit: $0.audit.inRuleOrder(rules))
        }
        guard let combined = AuditSubset.merged(regions, rules: rules) else { return ExitStatus.usage }
        var input = ReportInput(audit: combined, rules: rules, language: language)
        input.regions = regions
        return ReportWriter.write(requests, input: input, excel: excel, split: nil, console: console)
    }

    /// The rules named by the audits: built in by name, or `--rules` when its SHA-256 matches.
    func loadRules(_ used: RulesUsed, console: Console, words: Words) -> RuleSet? {
        let builtin = "built-in "
        let name = rulesName ?? (used.source.hasPrefix(builtin) ? String(used.source.dropFirst(builtin.count)) : nil)
        guard let name else {
            console.error(words.format(.cliMergeNeedsRules, safe(used.source)))
            return nil
        }
        guard let compiled = RuleLoading.load(name, console: console, language: language) else { return nil }
        guard compiled.sha256 == used.sha256 else {
            console.error(words.format(.cliMergeRulesDiffer, safe(name), compiled.sha256, used.sha256))
            return nil
        }
        return compiled.overriding(assessmentYear: nil, depth: nil).rules
    }

    /// The last component of an audited root (`/data/Kab Contoh/` → `Kab Contoh`).
    static func regionName(_ root: String) -> String {
        root.split(separator: "/").last.map(String.init) ?? root
    }

    /// A decoding failure as one line naming the field (`missing "rules" at `, `... at innovations.0.score`).
    static func describe(_ error: any Error) -> String {
        func at(_ context: DecodingError.Context) -> String {
            context.codingPath.isEmpty ? "" : " at " + context.codingPath.map(\.stringValue).joined(separator: ".")
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing \"\(key.stringValue)\"" + at(context)
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
            DecodingError.dataCorrupted(let context):
            return context.debugDescription + at(context)
        default: return error.localizedDescription
        }
    }

    private func safe(_ text: String) -> String { TerminalText.sanitized(text) }

    /// Only the schema version, read first so a newer audit is refused by version, not by a field.
    struct SchemaProbe: Decodable { var schemaVersion: Int }
}
