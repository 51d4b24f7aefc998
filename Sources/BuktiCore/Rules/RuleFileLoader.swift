import Foundation

/// Loads a rule file (a path, a built-in name or text) into a validated `CompiledRuleSet`, or fails with
/// a `RuleFileError` listing every problem as `FILE:LINE:COL: error: KEYPATH: message`.
///
/// Values are decoded by Foundation's JSON5 decoder; `JSON5Locator` supplies the positions it lacks.
public enum RuleFileLoader {
    /// The built-in rule set used when none is named.
    public static let defaultBuiltin = "iid-2024"

    /// The names of the built-in rule sets, sorted.
    public static var builtinNames: [String] { BuiltinRules.texts.keys.sorted() }

    /// Loads a built-in rule set by name (`iid-2024`).
    public static func load(builtin name: String, hasher: (any ContentHasher)? = nil) throws(RuleFileError) -> (CompiledRuleSet, [RuleFileWarning]) {
        guard let text = BuiltinRules.texts[name] else {
            let hint = NameSuggestion.hint(name, among: builtinNames)
            throw RuleFileError([RuleDiagnostic(.error, file: name, position: nil, keyPath: "",
                message: Message(.ruleNoBuiltin, name, hint, builtinNames.joined(separator: ", ")))])
        }
        return try load(text: text, sourceName: "built-in \(name)", hasher: hasher)
    }

    /// Loads the rule file at `path` (UTF-8 JSON5).
    public static func load(path: String, hasher: (any ContentHasher)? = nil) throws(RuleFileError) -> (CompiledRuleSet, [RuleFileWarning]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw RuleFileError([RuleDiagnostic(.error, file: path, position: nil, keyPath: "",
                                                message: Message(exists ? .ruleCannotRead : .ruleDoesNotExist))])
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw RuleFileError([RuleDiagnostic(.error, file: path, position: nil, keyPath: "", message: Message(.ruleNotUTF8))])
        }
        return try load(text: text, sourceName: path, hasher: hasher)
    }

    /// Loads a built-in name when one matches, otherwise a path: what `--rules` and `bukti rules` accept.
    public static func load(nameOrPath: String, hasher: (any ContentHasher)? = nil) throws(RuleFileError) -> (CompiledRuleSet, [RuleFileWarning]) {
        if BuiltinRules.texts[nameOrPath] != nil { return try load(builtin: nameOrPath, hasher: hasher) }
        if !FileManager.default.fileExists(atPath: nameOrPath), !nameOrPath.contains("/"), !nameOrPath.hasSuffix(".json5") {
            _ = try load(builtin: nameOrPath, hasher: hasher)  // names the built-in sets and suggests one
        }
        return try load(path: nameOrPath, hasher: hasher)
    }

    /// Loads rule text; `sourceName` is used in diagnostics and as the rule set's `source`.
    public static func load(text: String, sourceName: String, hasher: (any ContentHasher)? = nil) throws(RuleFileError) -> (CompiledRuleSet, [RuleFileWarning]) {
        let locator = JSON5Locator(text: text)
        var diagnostics = RuleDiagnostics(file: sourceName, locator: locator)
        if let syntax = locator.syntaxError {
            diagnostics.error(syntax.keyPath, syntax.message, position: syntax.position)
            throw RuleFileError(diagnostics.list)
        }
        RuleShapeCheck.run(&diagnostics)
        DecodingDiagnosis.checkWholeNumbers(&diagnostics)
        if diagnostics.hasErrors { throw RuleFileError(diagnostics.sorted) }
        let rules: RuleSet
        do {
            let decoder = JSONDecoder()
            decoder.allowsJSON5 = true
            rules = try decoder.decode(RuleSet.self, from: Data(text.utf8))
        } catch let error as DecodingError {
            DecodingDiagnosis.diagnose(error, &diagnostics)
            throw RuleFileError(diagnostics.sorted)
        } catch {
            diagnostics.error("", Message(.ruleUnreadable, "\(error)"))
            throw RuleFileError(diagnostics.sorted)
        }
        var validation = RuleValidation(rules: rules, diagnostics: diagnostics)
        let types = validation.run()
        diagnostics = validation.diagnostics
        if diagnostics.hasErrors { throw RuleFileError(diagnostics.sorted) }
        let compiled = CompiledRuleSet(
            rules: rules, documentTypes: types, source: sourceName, sha256: hasher?.digest(of: Array(text.utf8)) ?? "", text: text)
        return (compiled, diagnostics.sorted)
    }
}
