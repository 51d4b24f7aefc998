/// One finding about a rule file, printed like a compiler diagnostic:
/// `Rules/x.json5:12:7: error: documentTypes[2].threshold: expected a number, found a string; write 5 instead`.
public struct RuleDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// An error stops the rule file from loading; a warning is reported and the rule file is used.
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var severity: Severity
    /// The file as the user named it, or `built-in iid-2024`.
    public var file: String
    /// Where the offending key or value starts; nil when the whole file is concerned (unreadable).
    public var position: SourcePosition?
    /// `documentTypes[3].signals[0].text`; empty for the document itself.
    public var keyPath: String
    /// What is wrong and what to write instead (lowercase, no trailing period), in either language.
    public var message: Message

    public init(_ severity: Severity, file: String, position: SourcePosition?, keyPath: String, message: Message) {
        self.severity = severity
        self.file = file
        self.position = position
        self.keyPath = keyPath
        self.message = message
    }

    /// The English line, compiler style.
    public var description: String { description(language: .en) }

    /// The line in `language`; in Indonesian the severity reads `kesalahan`/`peringatan`.
    public func description(language: Language) -> String {
        let location = position.map { "\(file):\($0.line):\($0.column)" } ?? file
        let words = Words(language, .core)
        let word = words[severity == .error ? .diagnosticError : .diagnosticWarning]
        return "\(location): \(word): " + (keyPath.isEmpty ? "" : keyPath + ": ") + words.text(of: message)
    }
}

/// A warning about a rule file that still loads (an unknown key, which is ignored).
public typealias RuleFileWarning = RuleDiagnostic

/// A rule file that cannot be used: every error found, in source order (a syntax error comes alone,
/// since nothing after it can be trusted).
public struct RuleFileError: Error, Sendable, CustomStringConvertible {
    /// The errors, then the warnings found before loading stopped.
    public var diagnostics: [RuleDiagnostic]

    public init(_ diagnostics: [RuleDiagnostic]) { self.diagnostics = diagnostics }

    /// Only the errors.
    public var errors: [RuleDiagnostic] { diagnostics.filter { $0.severity == .error } }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension MessageKey {
    static let diagnosticError: MessageKey = "diagnostic.error"
    static let diagnosticWarning: MessageKey = "diagnostic.warning"
}
