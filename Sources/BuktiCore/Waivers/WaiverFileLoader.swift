import Foundation

/// Loads and checks a waivers file before any work: JSON5 decoded by Foundation, positions from the
/// rule files' `JSON5Locator`, diagnostics as `FILE:LINE:COL: error: waivers[2].indicator: ...`.
public enum WaiverFileLoader {
    /// Reads `path` and checks every waiver against the rules and the innovation folders found.
    public static func load(path: String, rules: RuleSet, innovations: [String], hasher: (any ContentHasher)? = nil)
        throws(RuleFileError) -> WaiverFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason: MessageKey = FileManager.default.fileExists(atPath: path) ? .waiversCannotRead : .waiversDoesNotExist
            throw RuleFileError([RuleDiagnostic(.error, file: path, position: nil, keyPath: "", message: Message(reason))])
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw RuleFileError([RuleDiagnostic(.error, file: path, position: nil, keyPath: "", message: Message(.waiversNotUTF8))])
        }
        var file = try load(text: text, sourceName: path, rules: rules, innovations: innovations)
        file.sha256 = hasher?.digest(of: Array(text.utf8)) ?? ""
        file.source = path
        return file
    }

    /// Parses and checks waivers text; `sourceName` names it in diagnostics.
    public static func load(text: String, sourceName: String, rules: RuleSet, innovations: [String])
        throws(RuleFileError) -> WaiverFile {
        let locator = JSON5Locator(text: text)
        var diagnostics = RuleDiagnostics(file: sourceName, locator: locator)
        if let syntax = locator.syntaxError {
            diagnostics.error(syntax.keyPath, syntax.message, position: syntax.position)
            throw RuleFileError(diagnostics.list)
        }
        let file: WaiverFile
        do {
            let decoder = JSONDecoder()
            decoder.allowsJSON5 = true
            file = try decoder.decode(WaiverFile.self, from: Data(text.utf8))
        } catch let error as DecodingError {
            DecodingDiagnosis.diagnose(error, &diagnostics)
            throw RuleFileError(diagnostics.sorted)
        } catch {
            diagnostics.error("", Message(.waiversUnreadable, "\(error)"))
            throw RuleFileError(diagnostics.sorted)
        }
        check(file, rules: rules, innovations: innovations, &diagnostics)
        if diagnostics.hasErrors { throw RuleFileError(diagnostics.sorted) }
        return file
    }

    /// Every name must exist: a waiver for a misspelt folder or indicator would silently waive nothing.
    static func check(_ file: WaiverFile, rules: RuleSet, innovations: [String], _ diagnostics: inout RuleDiagnostics) {
        let indicators = rules.indicators.map(\.id), types = rules.documentTypes.map(\.id)
        for (index, waiver) in file.waivers.enumerated() {
            let path = "waivers[\(index)]"
            if !innovations.contains(waiver.innovation) {
                diagnostics.error(path + ".innovation", Message(
                    .waiverNoInnovation, waiver.innovation, NameSuggestion.hint(waiver.innovation, among: innovations)))
            }
            switch (waiver.indicator, waiver.documentType) {
            case (nil, nil), (.some, .some):
                diagnostics.error(path, Message(.waiverOneTarget))
            case (let id?, nil) where !indicators.contains(id):
                diagnostics.error(path + ".indicator", Message(.waiverUnknownIndicator, id, NameSuggestion.hint(id, among: indicators)))
            case (nil, let id?) where !types.contains(id):
                diagnostics.error(path + ".documentType", Message(.waiverUnknownType, id, NameSuggestion.hint(id, among: types)))
            default: break
            }
            if !Waiver.isDay(waiver.expires) {
                diagnostics.error(path + ".expires", Message(.waiverExpires, waiver.expires))
            }
            if waiver.justification.trimmingCharacters(in: .whitespaces).isEmpty {
                diagnostics.error(path + ".justification", Message(.waiverJustification))
            }
            if waiver.decidedBy.trimmingCharacters(in: .whitespaces).isEmpty {
                diagnostics.error(path + ".decidedBy", Message(.waiverDecidedBy))
            }
        }
    }
}
