#if canImport(Glibc)
import Glibc
#endif
import Foundation
import BuktiCore
import BuktiFormats
import BuktiReports

/// `bukti audit`: checks every innovation folder under ROOT for the documents its IID indicators
/// need, estimates the score, and says what is missing, worst first.
struct AuditCommand {
    static let spec = CommandSpec(
        name: "audit",
        abstract: "Check every innovation folder for the documents its IID indicators need.",
        discussion: """
            Each folder directly under ROOT (or --depth levels down) is one innovation. Every file is
            identified, read and classified (SK, SOP, DPA, photo...), then each innovation gets a status per
            document type (present, weak, stale, unreadable, missing), the level its evidence supports per
            indicator, and an estimated score. Nothing under ROOT is ever written. Exit status: 0 when every
            innovation has its critical documents, 1 when some do not, 2 for a mistake on the command line or
            in the rule file, 3 when the run could not complete (or was interrupted), 75 when another run holds the
            cache's lock.
            """,
        options: [
            OptionSpec("rules", value: "file|name", default: RuleFileLoader.defaultBuiltin,
                       "Rule file (JSON5) or built-in rule set: \(RuleFileLoader.builtinNames.joined(separator: ", "))."),
            OptionSpec("year", value: "yyyy", "Assessment year (T-0) that document windows count from; default from the rules."),
            OptionSpec("depth", value: "n", "Folder depth of innovation folders (2 for ROOT/OPD/Innovation); default from the rules."),
            OptionSpec("manifest", value: "file", "Official list of innovations (CSV or XLSX: nama inovasi, folder, opd, tahapan)."),
            OptionSpec("format", value: "format", default: "text",
                       "One report on stdout: text (for people), json, md or csv (any --report format)."),
            OptionSpec("output", value: "file", "Write the --format report to this file (atomically) instead of stdout; never inside ROOT."),
            OptionSpec("report", value: "format:path",
                       "Write a report (\(Reporters.all.map { $0.identifier }.joined(separator: ", "))) to PATH, - for stdout; repeatable. Never inside ROOT."),
            OptionSpec("excel", "Start CSV reports with a byte order mark so Excel reads Indonesian names right."),
            OptionSpec("split-by", value: "opd",
                       "Write one report per agency (OPD) from the manifest, or from the first folder level with --depth 2; files get -<opd> before the extension."),
            OptionSpec("lang", value: "id|en", default: "id", "Language of the report: id (Indonesian) or en (English)."),
            OptionSpec("hash-all", "Add the SHA-256 of every file (by default only files of equal size are hashed)."),
        ] + CacheOptions.specs  // --cache, --no-cache, --wait, --max-file-bytes, --file-timeout, --quiet, --log-format
            + NightlyOptions.specs,  // --keep-history, --no-history, --compare, --fail-on, --waivers, --provenance
        argument: ArgumentSpec(name: "root", help: "The folder holding the innovation folders.", repeating: false))

    let root: FilePath
    let rulesName: String
    let year: Int?
    let depth: Int?
    let manifestPath: String?
    /// Every report of the run, validated (formats, stdout, places) before any work.
    let requests: [ReportRequest]
    let language: Language
    let hashAll: Bool
    let excel: Bool
    /// `--split-by opd`.
    let splitByOPD: Bool
    let nightly: NightlyOptions
    let runOptions: CacheOptions

    /// Validates the command line (values, root, output place) before any work starts.
    init(_ parsed: ParsedArguments) throws(UsageError) {
        let name = Self.spec.name
        guard parsed.positionals.count == 1, let rootBytes = parsed.positionals.first else {
            throw parsed.positionals.isEmpty
                ? .missingArgument("<root> (the folder holding the innovation folders)", command: name)
                : .invalidValue(ArgumentParser.text(parsed.positionals[1]), option: "<root>", expected: "one folder", command: name)
        }
        root = FilePath(bytes: rootBytes)
        switch WalkFileSystem.posix.statusFollowingLinks(root) {
        case .failure(let error): throw .pathNotFound(root.display, reason: error.message, command: name)
        case .success(let status) where status.type != .directory:
            throw .pathNotFound(root.display, reason: "not a folder", command: name)
        default: break
        }
        runOptions = try CacheOptions(parsed, roots: [root], command: name)
        rulesName = parsed.values["rules"] ?? RuleFileLoader.defaultBuiltin
        year = try Self.number(parsed, "year", in: 2000...2100, expected: "a year between 2000 and 2100")
        depth = try Self.number(parsed, "depth", in: 1...8, expected: "a depth from 1 to 8")
        manifestPath = parsed.values["manifest"]
        // Reports are Indonesian unless --lang says otherwise (BUKTI_LANG sets only the CLI's own words).
        language = try Language.option(parsed, default: .id, command: name)
        hashAll = parsed.flags.contains("hash-all")
        nightly = try NightlyOptions(parsed, root: root, command: name)
        excel = parsed.flags.contains("excel")
        if let split = parsed.values["split-by"], split != "opd" {
            throw .invalidValue(split, option: "--split-by", expected: "opd", command: name)
        }
        splitByOPD = parsed.values["split-by"] != nil
        requests = try ReportRequest.parse(
            reports: parsed.lists["report"] ?? [], format: parsed.values["format"], output: parsed.values["output"],
            root: root, splitting: splitByOPD, command: name)
    }

    private static func number(_ parsed: ParsedArguments, _ option: String, in range: ClosedRange<Int>, expected: String)
        throws(UsageError) -> Int? {
        guard let text = parsed.values[option] else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw .invalidValue(text, option: "--\(option)", expected: expected, command: spec.name)
        }
        return value
    }

    /// Loads the rules and the manifest (exit 2 on either), then audits and writes the report.
    func run(console: Console) -> Int32 {
        let words = Words.cli(language)
        guard let loaded = RuleLoading.load(rulesName, console: console, language: language) else { return ExitStatus.usage }
        let compiled = loaded.overriding(assessmentYear: year, depth: depth)
        let rules = compiled.rules
        if splitByOPD && manifestPath == nil && rules.layout.depth < 2 {
            console.error(words[.cliSplitNeedsOPD])
            return ExitStatus.usage
        }
        var manifest: Manifest?
        if let manifestPath {
            do throws(ManifestError) {
                manifest = try Self.readManifest(manifestPath)
            } catch {
                console.error(words.format(.cliCannotUseManifest, TerminalText.sanitized(manifestPath),
                                           words.manifestReason(error)))
                return ExitStatus.usage
            }
        }
        let layout = InnovationLayout(root: root, depth: rules.layout.depth, ignore: rules.layout.ignore)
        guard let nightlyRun = nightly.start(rules: compiled, layout: layout, root: root, console: console)
        else { return ExitStatus.usage }  // waivers and --compare checked before any work
        let environment: RunEnvironment  // lock (exit 75), cache, signals, progress
        switch RunEnvironment.start(runOptions, inspect: InspectOptions(), hashing: hashAll) {
        case .success(let started): environment = started
        case .failure(let code): return code.status
        }
        let classifier = Classifier(rules: compiled)
        // The second night's shortcut: unchanged files keep their classification (keyed by rules and facts).
        let remembered = environment.cache.flatMap { ClassificationCache(cache: $0, rules: compiled, tool: "bukti \(Bukti.version)") }
        let classify: Auditor.Classify = { facts, folders in
            guard let remembered else { return classifier.classify(facts, folders: folders) }
            return remembered.classification(of: facts, folders: folders) { classifier.classify($0, folders: $1) }
        }
        let auditor = Auditor(
            rules: rules, language: language,
            layout: layout,
            manifest: manifest, classify: classify, hasher: environment.hasher(SHA256Hasher()),  // hasher wrapped
            waivers: nightlyRun.waiversInEffect)
        var inspector = Inspector(
            probes: Formats.probes, extractor: { kind in Formats.extractor(for: kind) }, hasher: hashAll ? SHA256Hasher() : nil)
        environment.attach(to: &inspector, root: root)
        var report = auditor.run(
            inspector: inspector, rulesUsed: RulesUsed(name: rules.name, source: compiled.source, sha256: compiled.sha256),
            tool: "bukti \(Bukti.version)")
        if let status = environment.finish() { return status }  // interrupted -> exit 3, no report
        guard nightlyRun.finish(&report, console: console) else { return ExitStatus.incomplete }  // history, --compare, provenance
        var input = ReportInput(audit: report, rules: rules, language: words.language)
        // Reports link to evidence by paths relative to where they are saved (see `writeReports`).
        input.auditRootDirectory = URL(fileURLWithPath: report.root).standardizedFileURL.path
        let status = ReportWriter.write(
            requests, input: input, excel: excel,
            split: splitByOPD ? AuditSplit.byOPD(report, rules: rules, fromFolders: manifestPath == nil,
                                                 unnamed: words[.cliNoOpd]) : nil,
            console: console)
        if status != ExitStatus.success { return status }
        return nightlyRun.exitStatus(report)  // --fail-on
    }

    /// A CSV or XLSX manifest, told apart by content through the `Identifier` (an XLSX is a ZIP
    /// container), not by extension.
    static func readManifest(_ path: String) throws(ManifestError) -> Manifest {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(FileManager.default.fileExists(atPath: path) ? "it cannot be read" : "no such file")
        }
        let bytes = [UInt8](data)
        let identified = Identifier().identify(prefix: Array(bytes.prefix(Identifier.prefixLength)), size: bytes.count)
        if identified == .container(.zip) {
            let rows: [[String]]
            do throws(ExtractionFailure) {
                rows = try ManifestSheetReader.rows(MemorySource(bytes))
            } catch {
                throw .unreadable(Catalogue.workbookPrefix + error.problem.message)
            }
            return try Manifest(rows: rows)
        }
        guard let text = String(validating: bytes, as: UTF8.self) ?? String(bytes: bytes, encoding: .windowsCP1252) else {
            throw .unreadable("it is neither a UTF-8 CSV nor an XLSX workbook")
        }
        return try Manifest(csv: text)
    }
}
