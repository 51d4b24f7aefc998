/// What a file is, decided from its bytes. The raw values are part of the `inspect` JSON contract.
public enum FileKind: String, Codable, Sendable, CaseIterable {
    case pdf
    case docx, xlsx, pptx, odt, ods, odp
    case doc, xls, ppt
    case jpeg, png, tiff, heic, webp, gif, bmp
    case mp4, mov
    case zip
    case text
    /// An Office owner file (`~$name.docx`) left behind while a document is open.
    case lockfile
    /// A zero-byte file.
    case empty
    /// A folder that could not be read (only ever reported with an `unreadable` problem).
    case directory
    case unknown

    /// Extensions that people give files of this kind; used only to spot a mislabelled file.
    public var usualExtensions: Set<String> {
        switch self {
        case .pdf: ["pdf"]
        case .docx: ["docx", "docm", "dotx", "dotm"]
        case .xlsx: ["xlsx", "xlsm", "xltx", "xltm"]
        case .pptx: ["pptx", "pptm", "ppsx", "potx"]
        case .odt: ["odt", "ott"]
        case .ods: ["ods", "ots"]
        case .odp: ["odp", "otp"]
        case .doc: ["doc", "dot"]
        case .xls: ["xls", "xlt"]
        case .ppt: ["ppt", "pps", "pot"]
        case .jpeg: ["jpg", "jpeg", "jpe", "jfif"]
        case .png: ["png"]
        case .tiff: ["tif", "tiff", "dng", "nef", "cr2", "arw", "orf", "rw2", "pef"]
        case .heic: ["heic", "heif", "hif", "avif"]
        case .webp: ["webp"]
        case .gif: ["gif"]
        case .bmp: ["bmp", "dib"]
        case .mp4: ["mp4", "m4v", "3gp", "3g2", "m4a"]
        case .mov: ["mov", "qt"]
        case .zip: ["zip"]
        case .text: ["txt", "csv", "md", "html", "htm", "xml", "json", "url", "log", "tsv", "rtf"]
        case .lockfile, .empty, .directory, .unknown: []
        }
    }
}
