/// Turns an audit path (`Samples/SIPANDU/SK.pdf`, as the audit printed it) into the relative link
/// that opens the file from where the report is saved, so the report works on the shared drive.
struct ReportLinks: Sendable {
    /// The audit root as the audit printed it (`Samples`).
    let auditRoot: String
    /// The absolute directory of the audit root, when known.
    let auditRootDirectory: String?
    /// The absolute directory the report is written to, when known.
    let outputDirectory: String?

    /// The href for `path`: relative from the report's directory when both directories are known,
    /// else the path as the audit gave it (relative to where the audit ran); percent-encoded.
    func href(_ path: String) -> String {
        HTMLEscaping.href(relativePath: relative(path))
    }

    /// The relative (unencoded) path from the report's directory to `path`.
    func relative(_ path: String) -> String {
        guard let output = outputDirectory, output.hasPrefix("/"), let absolute = absolute(path) else { return path }
        return Self.relativePath(from: output, to: absolute)
    }

    /// `path` made absolute through `auditRootDirectory`, nil when that is not possible.
    private func absolute(_ path: String) -> String? {
        if path.hasPrefix("/") { return path }
        guard let rootDirectory = auditRootDirectory, rootDirectory.hasPrefix("/") else { return nil }
        let root = Self.components(auditRoot)
        let parts = Self.components(path)
        guard parts.count >= root.count, Array(parts.prefix(root.count)) == root else { return nil }
        return rootDirectory + "/" + parts.dropFirst(root.count).joined(separator: "/")
    }

    /// Path components with `.` dropped and `..` applied lexically (no symbolic links are followed:
    /// the report may be opened on another machine).
    static func components(_ path: String) -> [String] {
        var out: [String] = []
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !out.isEmpty && out.last != ".." { out.removeLast() } else if !path.hasPrefix("/") { out.append("..") }
            default: out.append(String(part))
            }
        }
        return out
    }

    /// The relative path from directory `from` to `to`, both absolute.
    static func relativePath(from: String, to: String) -> String {
        let a = components(from), b = components(to)
        var common = 0
        while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
        let up = Array(repeating: "..", count: a.count - common)
        let parts = up + b.dropFirst(common)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
