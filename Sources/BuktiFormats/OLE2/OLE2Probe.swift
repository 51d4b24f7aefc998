import BuktiCore

/// Tells .doc/.xls/.ppt, password-protected OOXML and Thumbs.db apart inside an OLE2 compound
/// file, and flags documents that need a password.
public struct OLE2Probe: ContainerProbe {
    /// The problem message for an encrypted OOXML package.
    public static let encryptedPackageMessage = "password-protected Office document"

    /// Per legacy kind: how its own encryption shows (nil when unreadable), and the problem message.
    static let passwordChecks: [FileKind: (needsPassword: @Sendable (CompoundFile) -> Bool?, message: String)] = [
        .doc: (WordDocumentReader.isEncrypted, WordDocumentReader.encryptedMessage),
        .xls: (ExcelWorkbookReader.needsPassword, ExcelWorkbookReader.encryptedMessage),
        .ppt: (PowerPointReader.isEncrypted, PowerPointReader.encryptedMessage),
    ]

    public init() {}

    public var container: Container { .ole2 }

    /// Probes `source`; `pathExtension` (e.g. "xlsx") picks the kind of an encrypted OOXML package,
    /// which its bytes do not reveal (DOCX when there is none), and of a file too damaged to read.
    public func probe(_ source: any ByteSource, options: ExtractionOptions, pathExtension: String?) -> ProbeResult {
        let file: CompoundFile
        do {
            file = try CompoundFile(source, options: options)
        } catch {
            // Too damaged to list its streams: the extension, when it names a legacy Office kind,
            // is the best guess left (the extractor then reports what it can).
            return ProbeResult(kind: OLE2Contents.legacyKind(pathExtension: pathExtension) ?? .unknown,
                               problems: [error.problem])
        }
        var result = ProbeResult(kind: .unknown, problems: file.problems)
        switch OLE2Contents(rootNames: file.rootNames) {
        case .encryptedPackage:
            result.kind = OLE2Contents.packageKind(pathExtension: pathExtension)
            result.problems.append(Problem(.passwordRequired, Self.encryptedPackageMessage))
        case .document(let kind):
            result.kind = kind
            if let check = Self.passwordChecks[kind], check.needsPassword(file) == true {
                result.problems.append(Problem(.passwordRequired, check.message))
            }
        case .thumbnailCache, .other:
            break
        }
        return result
    }
}
