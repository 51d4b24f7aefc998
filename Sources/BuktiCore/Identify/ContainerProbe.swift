/// A container format whose bytes alone do not say which document it holds.
public enum Container: String, Sendable, CaseIterable {
    /// A ZIP archive: OOXML (DOCX/XLSX/PPTX), OpenDocument, or a plain archive.
    case zip
    /// An OLE2 compound file: legacy .doc/.xls/.ppt, an encrypted OOXML package, or Thumbs.db.
    case ole2
}

/// Looks inside a container to tell which document kind it holds (registered by BuktiFormats).
public protocol ContainerProbe: Sendable {
    /// The container this probe understands.
    var container: Container { get }
    /// The kind inside `source`, with any problems met while looking (e.g. `password-required`
    /// for an encrypted OOXML package, `corrupt` for a damaged central directory). The file's
    /// extension (lower-case, no dot) may break a tie the damaged bytes leave open.
    func probe(_ source: any ByteSource, options: ExtractionOptions, pathExtension: String?) -> ProbeResult
}

extension ContainerProbe {
    /// Probes without a file name to fall back on.
    public func probe(_ source: any ByteSource, options: ExtractionOptions) -> ProbeResult {
        probe(source, options: options, pathExtension: nil)
    }
}

/// What a container probe found.
public struct ProbeResult: Sendable, Equatable {
    public var kind: FileKind
    public var problems: [Problem]

    public init(kind: FileKind, problems: [Problem] = []) {
        self.kind = kind
        self.problems = problems
    }
}
