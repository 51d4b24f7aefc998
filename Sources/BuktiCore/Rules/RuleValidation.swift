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
            diagnostics.error("schema", Message(.ruleSchema, rules.schema, RuleSet.supportedSchema))
        }
        checkLimits(rules.limits, at: "limits")
        if rules.layout.depth < 1 {
            diagnostics.error("layout.depth", Message(.ruleDepth))
        }
        for (i, predicate) in rules.predicates.enumerated() where !predicate.min.isFinite {
            diagnostics.error("predicates[\(i)].min", Message(.rulePredicateMin))
        }
        checkUnique(rules.documentTypes.map(\.id), at: { "documentTypes[\($0)].id" }, what: .ruleWhatDocumentType)
        checkUnique(rules.indicators.map(\.id), at: { "indicators[\($0)].id" }, what: .ruleWhatIndicator)
        let compiled = rules.documentTypes.enumerated().map { compile($1, at: "documentTypes[\($0)]") }
        for (i, indicator) in rules.indicators.enumerated() { check(indicator, at: "indicators[\(i)]") }
        return compiled
    }

    private var typeIDs: [String] { rules.documentTypes.map(\.id) }

    private mutating func compile(_ type: DocumentType, at path: String) -> CompiledDocumentType {
        if !type.threshold.isFinite || type.threshold <= 0 {
            diagnostics.error(path + ".threshold", Message(.ruleThreshold))
        }
        if let weak = type.weakEvidenceFor {
            checkTypeReference(weak, at: path + ".weakEvidenceFor")
            if weak == type.id {
                diagnostics.error(path + ".weakEvidenceFor", Message(.ruleWeakForItself))
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
                diagnostics.error(checkPath, Message(.ruleCheckTargets, set.count))
            }
            if let seconds = check.maxDurationSeconds, !seconds.isFinite || seconds <= 0 {
                diagnostics.error(checkPath + ".maxDurationSeconds", Message(.ruleCheckDuration))
            }
            let regex = check.textMustMatch.flatMap { compileRegex($0, at: checkPath + ".textMustMatch") }
            checks.append(CompiledCheck(check: check, regex: regex))
        }
        return CompiledDocumentType(type: type, signals: signals, checks: checks)
    }

    private mutating func compile(_ signal: Signal, at path: String) -> CompiledSignal? {
        if !signal.weight.isFinite {
            diagnostics.error(path + ".weight", Message(.ruleSignalWeight))
        }
        let targets = ["name": signal.name, "folder": signal.folder, "metadata": signal.metadata, "text": signal.text, "fact": signal.fact?.rawValue]
            .filter { $0.value != nil }.map(\.key).sorted()
        if let within = signal.within {
            if signal.text == nil {
                let target: any CustomStringConvertible = targets.first ?? Message(.ruleThisTarget)
                diagnostics.error(path + ".within", Message(.ruleWithinTarget, target), at: .key)
            } else if within < 1 {
                diagnostics.error(path + ".within", Message(.ruleWithinZero))
            }
        }
        guard let (target, pattern) = CompiledSignal.target(of: signal) else {
            let quoted = targets.map { "'\($0)'" as any CustomStringConvertible }
            let found = quoted.dropFirst().reduce(quoted.first ?? Message(.ruleNone)) { Message(.ruleAnd, $0, $1) }
            let fix = targets.isEmpty ? Message(.ruleAddTarget) : Message(.ruleSplitTargets)
            diagnostics.error(path, Message(.ruleSignalTargets, found, fix))
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
            diagnostics.error(path, Message(.ruleControlInPattern, escape))
            return nil
        }
        do {
            return try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        } catch {
            diagnostics.error(path, Message(.ruleRegex, pattern, Self.regexHint(pattern)))
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
            diagnostics.error(path + ".weight", Message(.ruleIndicatorWeight))
        }
        if let limits = indicator.limits { checkLimits(limits, at: path + ".limits") }
        var seen: [Int: Int] = [:]
        for (j, level) in indicator.levels.enumerated() {
            let levelPath = "\(path).levels[\(j)]"
            if !(1...3).contains(level.level) {
                diagnostics.error(levelPath + ".level", Message(.ruleLevel, level.level))
            } else if let first = seen[level.level] {
                diagnostics.error(levelPath + ".level", Message(.ruleLevelRepeated, level.level, first))
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
            diagnostics.error(path + ".types", Message(.ruleRequirementTypes))
        }
        for (t, id) in requirement.types.enumerated() { checkTypeReference(id, at: "\(path).types[\(t)]") }
        if let count = requirement.count, count < 1 {
            diagnostics.error(path + ".count", Message(.ruleCount))
        }
        if let years = requirement.distinctYears {
            let span = requirement.window.map { $0.to - $0.from + 1 }
            if years < 1 {
                diagnostics.error(path + ".distinctYears", Message(.ruleDistinctYears))
            } else if let span, years > span {
                diagnostics.error(path + ".distinctYears",
                                  Message(.ruleDistinctYearsSpan, years, requirement.window?.description ?? "", span))
            }
        }
    }

    /// A document type id used by a requirement or `weakEvidenceFor` must be declared.
    private mutating func checkTypeReference(_ id: String, at path: String) {
        guard !typeIDs.contains(id) else { return }
        let fix = NameSuggestion.closest(to: id, among: typeIDs).map { Message(.ruleWriteInstead, $0) }
            ?? Message(.ruleDeclareType, typeIDs.joined(separator: ", "))
        diagnostics.error(path, Message(.ruleUnknownType, id, fix))
    }

    private mutating func checkLimits(_ limits: SizeLimits, at path: String) {
        if limits.warnBytes < 0 || limits.maxBytes < 1 {
            diagnostics.error(path, Message(.ruleLimitsPositive))
        } else if limits.warnBytes > limits.maxBytes {
            diagnostics.error(path + ".warnBytes", Message(.ruleWarnAboveMax, limits.warnBytes, limits.maxBytes))
        }
    }

    private mutating func checkUnique(_ ids: [String], at path: (Int) -> String, what: MessageKey) {
        var first: [String: Int] = [:]
        for (i, id) in ids.enumerated() {
            if let earlier = first[id] {
                let at: any CustomStringConvertible = diagnostics.position(path(earlier)).map { Message(.ruleAt, $0) } ?? ""
                diagnostics.error(path(i), Message(.ruleDuplicateID, Message(what), id, at))
            } else {
                first[id] = i
            }
        }
    }
}
