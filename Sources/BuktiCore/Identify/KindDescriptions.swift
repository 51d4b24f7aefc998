/// How each kind is named in messages written for people ("the content is a JPEG image").
extension FileKind {
    /// A short noun phrase with its article.
    public var contentDescription: String { Self.descriptions[self] ?? rawValue }

    static let descriptions: [FileKind: String] = [
        .pdf: "a PDF document",
        .docx: "a Word document (DOCX)", .xlsx: "an Excel workbook (XLSX)",
        .pptx: "a PowerPoint presentation (PPTX)",
        .odt: "an OpenDocument text", .ods: "an OpenDocument spreadsheet", .odp: "an OpenDocument presentation",
        .doc: "a Word 97-2003 document", .xls: "an Excel 97-2003 workbook",
        .ppt: "a PowerPoint 97-2003 presentation",
        .jpeg: "a JPEG image", .png: "a PNG image", .tiff: "a TIFF image", .heic: "a HEIF image",
        .webp: "a WebP image", .gif: "a GIF image", .bmp: "a BMP image",
        .mp4: "an MP4 video", .mov: "a QuickTime video",
        .zip: "a ZIP archive", .text: "plain text", .lockfile: "an office lock file", .empty: "empty",
        .directory: "a folder", .unknown: "in no format bukti recognises",
    ]
}

extension Container {
    /// The document kinds this container can hold, and so the extensions that are plausible for it
    /// while no probe has looked inside.
    public var possibleKinds: Set<FileKind> {
        switch self {
        case .zip: [.docx, .xlsx, .pptx, .odt, .ods, .odp, .zip]
        case .ole2: [.doc, .xls, .ppt]
        }
    }

    /// A short noun phrase with its article.
    public var contentDescription: String {
        switch self {
        case .zip: "a ZIP archive"
        case .ole2: "an OLE2 compound file (a legacy Office document or similar)"
        }
    }
}
