#if canImport(Glibc)
import Glibc
#endif
import BuktiCore
import BuktiFormats

/// `bukti explain`: inspect files and show, signal by signal, which document types each one is.
struct ExplainCommand {
    static let spec = CommandSpec(
        name: "explain",
        abstract: "Show, signal by signal, which document types each file is and why.",
        discussion: """
            Each file is inspected as `bukti inspect` does and classified with the rule file: for every
            document type that reached its threshold, the score, the date read and where it came from,
            and every signal that fired; then the near misses. Folder signals see the folders between a
            folder named on the command line and the file (for a file named directly, the folders written
            before its name). The exit status is 0 when the run completes, 2 for a mistake on the command
            line or in the rule file.
            """,
        options: [
            OptionSpec("rules", value: "rules", default: RuleFileLoader.defaultBuiltin,
                       "Rule file: a built-in name (\(RuleFileLoader.builtinNames.joined(separator: ", "))) or a path."),
            OptionSpec("lang", value: "lang", default: "id", "Language of labels and reasons: id or en."),
        ],
        argument: ArgumentSpec(name: "file", help: "Files (or folders) to explain.", repeating: true))

    let rulesName: String
    let language: Language
    let paths: [FilePath]

    /// Validates the command line before any work starts.
    init(_ parsed: ParsedArguments) throws(UsageError) {
        let name = Self.spec.name
        rulesName = parsed.values["rules"] ?? RuleFileLoader.defaultBuiltin
        language = try Language.option(parsed, default: .fromEnvironment(), command: name)
        guard !parsed.positionals.isEmpty else {
            throw .missingArgument("<file> (give at least one file)", command: name)
        }
        paths = parsed.positionals.map(FilePath.init(bytes:))
        for path in paths {
            if case .failure(let error) = WalkFileSystem.posix.statusFollowingLinks(path),
               [ENOENT, ENOTDIR].contains(error.code) {
                throw .pathNotFound(path.display, reason: "no such file or folder", command: name)
            }
        }
    }

    /// Loads the rules, then inspects, classifies and explains each file in walk order.
    func run(console: Console) -> Int32 {
        guard let rules = RuleLoading.load(rulesName, console: console, language: language) else { return ExitStatus.usage }
        let classifier = Classifier(rules: rules)
        let renderer = ExplainRenderer(rules: rules.rules, language: language)
        let inspector = Inspector(
            probes: Formats.probes, extractor: { kind in Formats.extractor(for: kind) }, hasher: nil,
            options: InspectOptions())
        do {
            for root in paths {
                _ = try inspector.run([root]) { facts in
                    let classification = classifier.classify(facts, folders: Self.folders(of: facts.path, under: root))
                    try console.out.write(renderer.render(facts, classification))
                }
            }
            try console.out.flush()
        } catch let failure as OutputError {
            return console.report(failure)
        } catch {
            console.error("bukti: \(error)")
            return ExitStatus.incomplete
        }
        return ExitStatus.success
    }

    /// The folders between `root` and the file: for a walked folder, the path below it; for a file
    /// named directly, the folders written before its name.
    static func folders(of path: FilePath, under root: FilePath) -> String {
        let file = path.display, top = root.display
        let relative = file == top ? file : (file.hasPrefix(top + "/") ? String(file.dropFirst(top.count + 1)) : file)
        guard let slash = relative.lastIndex(of: "/") else { return "" }
        return String(relative[..<slash])
    }
}
