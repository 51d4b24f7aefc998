import BuktiCore

/// What an OLE2 compound file holds, judged from the names of the streams under its root.
enum OLE2Contents: Sendable, Equatable {
    /// A legacy Office document: .doc, .xls or .ppt.
    case document(FileKind)
    /// A password-protected OOXML package ([MS-OFFCRYPTO] EncryptionInfo + EncryptedPackage).
    case encryptedPackage
    /// A Windows thumbnail cache (Thumbs.db): a Catalog stream and numbered thumbnails.
    case thumbnailCache
    case other

    /// Root streams that mark each legacy document kind, checked in this order.
    static let documentStreams: [(name: String, kind: FileKind)] = [
        ("WordDocument", .doc), ("Workbook", .xls), ("Book", .xls), ("PowerPoint Document", .ppt),
    ]
    static let encryptedPackageStreams: Set<String> = ["EncryptedPackage", "EncryptionInfo"]
    static let thumbnailCatalog = "Catalog"
    /// The OOXML kinds an encrypted package can hide; its extension tells which (docx by default).
    static let packageKinds: [FileKind] = [.docx, .xlsx, .pptx]

    init(rootNames: Set<String>) {
        if rootNames.isSuperset(of: Self.encryptedPackageStreams) {
            self = .encryptedPackage
        } else if let match = Self.documentStreams.first(where: { rootNames.contains($0.name) }) {
            self = .document(match.kind)
        } else if rootNames.contains(Self.thumbnailCatalog),
                  rootNames.allSatisfy({ $0 == Self.thumbnailCatalog || $0.allSatisfy(\.isNumber) }) {
            self = .thumbnailCache
        } else {
            self = .other
        }
    }

    /// The legacy kind (.doc/.xls/.ppt) `pathExtension` names, if any.
    static func legacyKind(pathExtension: String?) -> FileKind? {
        let ext = pathExtension?.lowercased() ?? ""
        return documentStreams.map(\.kind).first { $0.usualExtensions.contains(ext) }
    }

    /// The OOXML kind an encrypted package named with `pathExtension` holds.
    static func packageKind(pathExtension: String?) -> FileKind {
        let ext = pathExtension?.lowercased() ?? ""
        return packageKinds.first { $0.usualExtensions.contains(ext) } ?? .docx
    }
}
