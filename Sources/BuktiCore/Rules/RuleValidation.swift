import Foundation

/// The checks a decoded rule set must pass beyond its JSON shape: supported schema, compilable
/// regexes, one target per signal, known document type ids, sane numbers. Every failure is recorded
/// (not only the first) at the line and column of the offending value; regexes are compiled here once
/// and kept for the `CompiledRuleSet`.
struct RuleValidation {
    private(set) var diagnostics: RuleDiagnostics
    let rules: RuleSet

    init(rules: RuleSet, diagnostics: RuleDiagnostics) {
        self.rules = rules
        self.diagnostics = diagnostics
    }

    /// Validates everything and returns the compiled document types (complete only when no error was recorded).
    mutating func run() -> [CompiledDocumentType] {
        if rules.schema != RuleSet.supportedSchema {
            diagnostics.error("schema", "unsupported schema \(rules.schema); this bukti reads schema \(RuleSet.supportedSchema) only; write schema: \(RuleSet.supportedSchema) (or use the bukti release made for this rule file)",
                              id: "skema \(rules.schema) tidak didukung; bukti ini hanya membaca skema \(RuleSet.supportedSchema); tulis schema: \(RuleSet.supportedSchema) (atau pakai rilis bukti yang dibuat untuk berkas aturan ini)")
        }
        checkLimits(rules.limits, at: "limits")
        if rules.layout.depth < 1 {
            diagnostics.error("layout.depth", "layout depth must be 1 or more (1 = ROOT/Innovation, 2 = ROOT/OPD/Innovation); write 1 or 2 instead",
                              id: "kedalaman layout harus 1 atau lebih (1 = ROOT/Inovasi, 2 = ROOT/OPD/Inovasi); tulis 1 atau 2")
        }
        for (i, predicate) in rules.predicates.enumerated() where !predicate.min.isFinite {
            diagnostics.error("predicates[\(i)].min", "must be a finite number; write a score such as 60",
                              id: "harus berupa bilangan hingga; tulis skor seperti 60")
        }
        checkUnique(rules.documentTypes.map(\.id), at: { "documentTypes[\($0)].id" }, what: "document type")
        checkUnique(rules.indicators.map(\.id), at: { "indicators[\($0)].id" }, what: "indicator")
        let compiled = rules.documentTypes.enumerated().map { compile($1, at: "documentTypes[\($0)]") }
        for (i, indicator) in rules.indicators.enumerated() { check(indicator, at: "indicators[\(i)]") }
        return compiled
    }

    private var typeIDs: [String] { rules.documentTypes.map(\.id) }

    private mutating func compile(_ type: DocumentType, at path: String) -> CompiledDocumentType {
        if !type.threshold.isFinite || type.threshold <= 0 {
            diagnostics.error(path + ".threshold", "threshold must be a number above 0; write the summed signal weight a file needs, such as 5",
                              id: "threshold harus berupa bilangan di atas 0; tulis jumlah bobot sinyal yang dibutuhkan sebuah berkas, seperti 5")
        }
        if let weak = type.weakEvidenceFor {
            checkTypeReference(weak, at: path + ".weakEvidenceFor")
            if weak == type.id {
                diagnostics.error(path + ".weakEvidenceFor", "a document type cannot be weak evidence for itself; name another type or remove the key",
                                  id: "jenis dokumen tidak bisa menjadi bukti lemah bagi dirinya sendiri; sebut jenis lain atau hapus kuncinya")
            }
        }
        var signals: [CompiledSignal] = []
        for (j, signal) in type.signals.enumerated() {
            if let one = compile(signal, at: "\(path).signals[\(j)]") { signals.append(one) }
        }
        var checks: [CompiledCheck] = []
        for (j, check) in type.checks.enumerated() {
            let checkPath = "\(path).checks[\(j)]"
            let set = [check.textMustMatch != nil, check.namesInnovation != nil, check.maxDurationSeconds != nil].filter { $0 }
            if set.count != 1 {
                diagnostics.error(checkPath, "a check needs exactly one of textMustMatch, namesInnovation or maxDurationSeconds; found \(set.count); split it into separate checks",
                                  id: "sebuah check membutuhkan tepat satu dari textMustMatch, namesInnovation, atau maxDurationSeconds; ditemukan \(set.count); pecah menjadi beberapa check")
            }
            if let seconds = check.maxDurationSeconds, !seconds.isFinite || seconds <= 0 {
                diagnostics.error(checkPath + ".maxDurationSeconds", "must be a number of seconds above 0; write 300 for five minutes",
                                  id: "harus berupa jumlah detik di atas 0; tulis 300 untuk lima menit")
            }
            let regex = check.textMustMatch.flatMap { compileRegex($0, at: checkPath + ".textMustMatch") }
            checks.append(CompiledCheck(check: check, regex: regex))
        }
        return CompiledDocumentType(type: type, signals: signals, checks: checks)
    }

    private mutating func compile(_ signal: Signal, at path: String) -> CompiledSignal? {
        if !signal.weight.isFinite {
            diagnostics.error(path + ".weight", "weight must be a finite number; write a weight such as 3 (negative for counter-evidence)",
                              id: "weight harus berupa bilangan hingga; tulis bobot seperti 3 (negatif untuk bukti tandingan)")
        }
        let targets = ["name": signal.name, "folder": signal.folder, "metadata": signal.metadata, "text": signal.text, "fact": signal.fact?.rawValue]
            .filter { $0.value != nil }.map(\.key).sorted()
        if let within = signal.within {
            if signal.text == nil {
                diagnostics.error(path + ".within", "'within' applies only to a text signal; remove it or use text: instead of \(targets.first ?? "this signal's target")",
                                  id: "'within' hanya berlaku untuk sinyal text; hapus atau pakai text: sebagai ganti \(targets.first ?? "sasaran sinyal ini")", at: .key)
            } else if within < 1 {
                diagnostics.error(path + ".within", "within must be 1 or more characters; write 300 to look at the top of the first page",
                                  id: "within harus 1 karakter atau lebih; tulis 300 untuk melihat bagian atas halaman pertama")
            }
        }
        guard let (target, pattern) = CompiledSignal.target(of: signal) else {
            let found = targets.isEmpty ? "none" : targets.map { "'\($0)'" }.joined(separator: " and ")
            let fix = targets.isEmpty ? "add one, such as text: \"KEPUTUSAN\"" : "split it into one signal per target"
            let foundID = targets.isEmpty ? "tidak ada" : targets.map { "'\($0)'" }.joined(separator: " dan ")
            let fixID = targets.isEmpty ? "tambahkan satu, seperti text: \"KEPUTUSAN\"" : "pecah menjadi satu sinyal per sasaran"
            diagnostics.error(path, "a signal needs exactly one of name, folder, metadata, text or fact; found \(found); \(fix)",
                              id: "sebuah sinyal membutuhkan tepat satu dari name, folder, metadata, text, atau fact; ditemukan \(foundID); \(fixID)")
            return nil
        }
        guard target != .fact else {
            return CompiledSignal(signal: signal, target: target, pattern: "", regex: nil, fact: signal.fact)
        }
        guard let regex = compileRegex(pattern, at: "\(path).\(target.rawValue)") else { return nil }
        return CompiledSignal(signal: signal, target: target, pattern: pattern, regex: regex, fact: nil)
    }

    /// Compiles `pattern` case-insensitively, recording an error when it does not compile.
    private mutating func compileRegex(_ pattern: String, at path: String) -> NSRegularExpression? {
        // JSON5 reads "\b" as a backspace and "\f" as a form feed: the author meant the regex escapes.
        let madeByJSON5: [(Unicode.Scalar, String)] = [("\u{8}", "b"), ("\u{C}", "f")]
        for (scalar, escape) in madeByJSON5 where pattern.unicodeScalars.contains(scalar) {
            diagnostics.error(path, "the pattern contains a control character that JSON5 made from '\\\(escape)'; write '\\\\\(escape)' (two backslashes) for the regex escape",
                              id: "pola memuat karakter kendali yang dibuat JSON5 dari '\\\(escape)'; tulis '\\\\\(escape)' (dua garis miring terbalik) untuk escape regex")
            return nil
        }
        do {
            return try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        } catch {
            diagnostics.error(path, "the regular expression '\(pattern)' does not compile (\(Self.regexHint(pattern))); fix the pattern (in JSON5 a backslash is written \\\\, as in \"\\\\d\")",
                              id: "regular expression '\(pattern)' tidak dapat dikompilasi (\(Self.regexHint(pattern))); perbaiki polanya (di JSON5 garis miring terbalik ditulis \\\\, seperti \"\\\\d\")")
            return nil
        }
    }

    /// Foundation on Linux says only "the value is invalid"; name the usual culprits.
    static func regexHint(_ pattern: String) -> String {
        var depth = 0, escaped = false, inClass = false
        for c in pattern {
            if escaped { escaped = false; continue }
            switch c {
            case "\\": escaped = true
            case "[" where !inClass: inClass = true
            case "]" where inClass: inClass = false
            case "(" where !inClass: depth += 1
            case ")" where !inClass:
                depth -= 1
                if depth < 0 { return "a ')' has no matching '('" }
            default: break
            }
        }
        if escaped { return "it ends with a lone backslash" }
        if inClass { return "a '[' is never closed" }
        if depth > 0 { return "a '(' is never closed" }
        return "invalid syntax"
    }

    private mutating func check(_ indicator: Indicator, at path: String) {
        if !indicator.weight.isFinite || indicator.weight < 0 {
            diagnostics.error(path + ".weight", "weight (bobot) must be a finite number, 0 or more; write the official bobot such as 3",
                              id: "weight (bobot) harus berupa bilangan hingga, 0 atau lebih; tulis bobot resmi seperti 3")
        }
        if let limits = indicator.limits { checkLimits(limits, at: path + ".limits") }
        var seen: [Int: Int] = [:]
        for (j, level) in indicator.levels.enumerated() {
            let levelPath = "\(path).levels[\(j)]"
            if !(1...3).contains(level.level) {
                diagnostics.error(levelPath + ".level", "level must be 1, 2 or 3, found \(level.level); write 1, 2 or 3 instead",
                                  id: "level harus 1, 2, atau 3, ditemukan \(level.level); tulis 1, 2, atau 3")
            } else if let first = seen[level.level] {
                diagnostics.error(levelPath + ".level", "level \(level.level) is already described by levels[\(first)]; give each level 1, 2 and 3 once",
                                  id: "level \(level.level) sudah dijelaskan oleh levels[\(first)]; jelaskan setiap level 1, 2, dan 3 sekali saja")
            } else {
                seen[level.level] = j
            }
            for (k, requirement) in level.requires.enumerated() {
                check(requirement, at: "\(levelPath).requires[\(k)]")
            }
        }
    }

    private mutating func check(_ requirement: Requirement, at path: String) {
        if requirement.types.isEmpty {
            diagnostics.error(path + ".types", "a requirement needs at least one document type; write types: [\"sk\"]",
                              id: "sebuah requirement membutuhkan sedikitnya satu jenis dokumen; tulis types: [\"sk\"]")
        }
        for (t, id) in requirement.types.enumerated() { checkTypeReference(id, at: "\(path).types[\(t)]") }
        if let count = requirement.count, count < 1 {
            diagnostics.error(path + ".count", "count must be 1 or more; write 1 instead", id: "count harus 1 atau lebih; tulis 1")
        }
        if let years = requirement.distinctYears {
            let span = requirement.window.map { $0.to - $0.from + 1 }
            if years < 1 {
                diagnostics.error(path + ".distinctYears", "distinctYears must be 1 or more; write 1 instead",
                                  id: "distinctYears harus 1 atau lebih; tulis 1")
            } else if let span, years > span {
                diagnostics.error(path + ".distinctYears", "\(years) distinct years cannot fit in the window \(requirement.window?.description ?? "") of \(span) year(s); write \(span) or widen the window",
                                  id: "\(years) tahun berbeda tidak muat dalam rentang \(requirement.window?.description ?? "") yang \(span) tahun; tulis \(span) atau perlebar rentangnya")
            }
        }
    }

    /// A document type id used by a requirement or `weakEvidenceFor` must be declared.
    private mutating func checkTypeReference(_ id: String, at path: String) {
        guard !typeIDs.contains(id) else { return }
        let suggestion = NameSuggestion.closest(to: id, among: typeIDs)
        let fix = suggestion.map { "write '\($0)' instead" }
            ?? "declare it in documentTypes or use one of \(typeIDs.joined(separator: ", "))"
        let fixID = suggestion.map { "tulis '\($0)'" }
            ?? "deklarasikan di documentTypes atau pakai salah satu dari \(typeIDs.joined(separator: ", "))"
        diagnostics.error(path, "unknown document type '\(id)'; \(fix)", id: "jenis dokumen '\(id)' tidak dikenal; \(fixID)")
    }

    private mutating func checkLimits(_ limits: SizeLimits, at path: String) {
        if limits.warnBytes < 0 || limits.maxBytes < 1 {
            diagnostics.error(path, "size limits must be positive numbers of bytes; write warnBytes: 5000000, maxBytes: 10000000",
                              id: "batas ukuran harus berupa jumlah bita positif; tulis warnBytes: 5000000, maxBytes: 10000000")
        } else if limits.warnBytes > limits.maxBytes {
            diagnostics.error(path + ".warnBytes", "warnBytes (\(limits.warnBytes)) is above maxBytes (\(limits.maxBytes)); write a value of at most \(limits.maxBytes)",
                              id: "warnBytes (\(limits.warnBytes)) melebihi maxBytes (\(limits.maxBytes)); tulis nilai paling besar \(limits.maxBytes)")
        }
    }

    private mutating func checkUnique(_ ids: [String], at path: (Int) -> String, what: String) {
        var first: [String: Int] = [:]
        for (i, id) in ids.enumerated() {
            if let earlier = first[id] {
                let at = diagnostics.position(path(earlier)).map { " at \($0)" } ?? ""
                let atID = diagnostics.position(path(earlier)).map { " pada \($0)" } ?? ""
                let whatID = what == "indicator" ? "indikator" : "jenis dokumen"
                diagnostics.error(path(i), "duplicate \(what) id '\(id)' (first declared\(at)); give each \(what) its own id",
                                  id: "id \(whatID) '\(id)' ganda (pertama dideklarasikan\(atID)); beri setiap \(whatID) id sendiri")
            } else {
                first[id] = i
            }
        }
    }
}
