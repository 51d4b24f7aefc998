/// Spots a file whose extension names one kind while its bytes are another (a JPEG saved as `SK.pdf`).
///
/// Only extensions bukti knows (`FileKind.usualExtensions`) are compared: no extension, or one that
/// means nothing here (`.bak`, `.db`), is never a mismatch.
public enum ExtensionCheck {
    /// Kinds that share a structure, so either extension is an honest label for the other.
    static let interchangeable: [Set<FileKind>] = [[.mp4, .mov]]

    /// The `extension-mismatch` problem for `path` holding `kind`, or nil when the name fits.
    /// - Parameter unprobedContainer: the container when no probe has looked inside it, so any of its
    ///   possible kinds' extensions is accepted.
    public static func problem(path: FilePath, kind: FileKind, unprobedContainer: Container? = nil) -> Problem? {
        guard let ext = path.pathExtension, let claimed = claimedKind(ext) else { return nil }
        switch kind {
        case .lockfile, .empty, .directory: return nil
        default: break
        }
        if kind.usualExtensions.contains(ext) { return nil }
        if let container = unprobedContainer, container.possibleKinds.contains(claimed) { return nil }
        if interchangeable.contains(where: { $0.contains(kind) && $0.contains(claimed) }) { return nil }
        // Text in a legacy 8-bit encoding is not recognised as text; calling it mislabelled would be wrong.
        if kind == .unknown && claimed == .text { return nil }
        let content: String
        if kind == .unknown, let container = unprobedContainer {
            content = container.contentDescription
        } else {
            content = kind.contentDescription
        }
        return Problem(.extensionMismatch, "named .\(ext) but the content is \(content)")
    }

    /// The kind an extension claims, if bukti knows it.
    static func claimedKind(_ ext: String) -> FileKind? { claims[ext] }

    private static let claims: [String: FileKind] = {
        var table: [String: FileKind] = [:]
        for kind in FileKind.allCases {
            for ext in kind.usualExtensions { table[ext] = kind }
        }
        return table
    }()
}
