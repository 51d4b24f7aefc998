/// Collects diagnostics for one rule file, placing each at the line and column the locator found for
/// its key path.
struct RuleDiagnostics {
    let file: String
    let locator: JSON5Locator
    private(set) var list: [RuleDiagnostic] = []

    init(file: String, locator: JSON5Locator) {
        self.file = file
        self.locator = locator
    }

    /// Whether a diagnostic points at a value's key (`threshold:`) or at the value itself.
    enum Anchor { case key, value }

    var hasErrors: Bool { list.contains { $0.severity == .error } }

    /// Records an error about the value at `path`.
    mutating func error(_ path: String, _ message: Message, at anchor: Anchor = .value) {
        list.append(RuleDiagnostic(.error, file: file, position: position(path, anchor), keyPath: path, message: message))
    }

    /// Records an error about `path` at an explicit position (a syntax error's offending character).
    mutating func error(_ path: String, _ message: Message, position: SourcePosition?) {
        list.append(RuleDiagnostic(.error, file: file, position: position, keyPath: path, message: message))
    }

    /// Records a diagnostic whose message names its own place (no key path prefix).
    mutating func add(_ severity: RuleDiagnostic.Severity, _ position: SourcePosition?, _ message: Message) {
        list.append(RuleDiagnostic(severity, file: file, position: position, keyPath: "", message: message))
    }

    /// The diagnostics in source order (errors first among equals), stable otherwise.
    var sorted: [RuleDiagnostic] {
        list.enumerated().sorted { a, b in
            let pa = a.element.position ?? SourcePosition(line: 0, column: 0)
            let pb = b.element.position ?? SourcePosition(line: 0, column: 0)
            return pa != pb ? pa < pb : a.offset < b.offset
        }.map(\.element)
    }

    /// Where `path` starts; a path the locator does not know (a default value) falls back to its
    /// nearest enclosing value.
    func position(_ path: String, _ anchor: Anchor = .value) -> SourcePosition? {
        var current = path
        while true {
            if let entry = locator.entries[current] {
                return anchor == .key && current == path ? entry.keyPosition ?? entry.valuePosition : entry.valuePosition
            }
            if current.isEmpty { return nil }
            current = Self.parent(current)
        }
    }

    /// `a.b[2].c` -> `a.b[2]` -> `a.b` -> `a` -> "".
    static func parent(_ path: String) -> String {
        guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return "" }
        return String(path[..<cut])
    }
}
