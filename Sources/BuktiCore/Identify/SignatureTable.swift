/// The magic numbers bukti recognises, checked in order; the first match wins.
///
/// Sources: the formats' own specifications, exiftool's `%magicNumber`, and the PRONOM signatures
/// siegfried uses. Order matters only where signatures overlap: exact offset-0 magic comes before the
/// loose PDF search, so a JPEG whose EXIF happens to contain `%PDF-` is still a JPEG.
public enum SignatureTable {
    public static let all: [Signature] = [
        Signature("PDF header", .identifies(.kind(.pdf)), [.at(0, "%PDF-")]),

        Signature("ZIP local file header", .identifies(.container(.zip)), [.at(0, [0x50, 0x4B, 0x03, 0x04])]),
        Signature("ZIP end of central directory only (empty archive)", .identifies(.container(.zip)),
                  [.at(0, [0x50, 0x4B, 0x05, 0x06])]),
        Signature("ZIP spanned-archive marker before the first header", .identifies(.container(.zip)),
                  [.at(0, [0x50, 0x4B, 0x07, 0x08]), .at(4, [0x50, 0x4B, 0x03, 0x04])]),
        Signature("ZIP single-segment marker PK00 (old PKZIP)", .identifies(.container(.zip)),
                  [.at(0, "PK00"), .at(4, [0x50, 0x4B, 0x03, 0x04])]),
        Signature("OLE2 compound file", .identifies(.container(.ole2)),
                  [.at(0, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])]),

        Signature("JPEG start of image and a marker", .identifies(.kind(.jpeg)), [.at(0, [0xFF, 0xD8, 0xFF])]),
        Signature("PNG", .identifies(.kind(.png)), [.at(0, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])]),
        Signature("TIFF little-endian", .identifies(.kind(.tiff)), [.at(0, [0x49, 0x49, 0x2A, 0x00])]),
        Signature("TIFF big-endian", .identifies(.kind(.tiff)), [.at(0, [0x4D, 0x4D, 0x00, 0x2A])]),
        Signature("BigTIFF little-endian", .identifies(.kind(.tiff)), [.at(0, [0x49, 0x49, 0x2B, 0x00])]),
        Signature("BigTIFF big-endian", .identifies(.kind(.tiff)), [.at(0, [0x4D, 0x4D, 0x00, 0x2B])]),
        Signature("Olympus ORF (TIFF variant)", .identifies(.kind(.tiff)), [.at(0, "IIRO")]),
        Signature("Olympus ORF (TIFF variant)", .identifies(.kind(.tiff)), [.at(0, "IIRS")]),
        Signature("Panasonic RW2 (TIFF variant)", .identifies(.kind(.tiff)), [.at(0, [0x49, 0x49, 0x55, 0x00])]),
        Signature("GIF 87a", .identifies(.kind(.gif)), [.at(0, "GIF87a")]),
        Signature("GIF 89a", .identifies(.kind(.gif)), [.at(0, "GIF89a")]),
        Signature("WebP in a RIFF container", .identifies(.kind(.webp)), [.at(0, "RIFF"), .at(8, "WEBP")]),
        Signature("Windows bitmap", .bitmap, [.at(0, "BM")]),

        Signature("ISO base media file type box", .isoMedia, [.at(4, "ftyp")]),
        Signature("QuickTime movie atom first", .quickTimeAtom, [.at(4, "moov")]),
        Signature("QuickTime media data atom first", .quickTimeAtom, [.at(4, "mdat")]),
        Signature("QuickTime wide atom first", .quickTimeAtom, [.at(4, "wide")]),
        Signature("QuickTime free atom first", .quickTimeAtom, [.at(4, "free")]),
        Signature("QuickTime skip atom first", .quickTimeAtom, [.at(4, "skip")]),
        Signature("QuickTime preview atom first", .quickTimeAtom, [.at(4, "pnot")]),

        // poppler and pdf.js accept a PDF whose header is preceded by junk within the first 1024 bytes.
        Signature("PDF header after leading junk", .identifies(.kind(.pdf)), [.within(0..<1024, "%PDF-")]),
    ]
}

/// The `ftyp` brands of ISO base media files, major brand first: which kind each one means.
public enum ISOBrands {
    /// Brand (four characters, space-padded) to kind; `.unknown` marks a brand that is known not to be ours
    /// (Canon CR3 lists `isom` among its compatible brands but is a raw photo).
    public static let kinds: [String: FileKind] = [
        // HEIF still images and sequences (ISO/IEC 23008-12), AVIF (AV1 in HEIF).
        "heic": .heic, "heix": .heic, "heim": .heic, "heis": .heic, "hevc": .heic, "hevx": .heic,
        "hevm": .heic, "hevs": .heic, "mif1": .heic, "mif2": .heic, "msf1": .heic, "miaf": .heic,
        "avif": .heic, "avis": .heic, "avio": .heic,
        // QuickTime.
        "qt  ": .mov,
        // MPEG-4 and its relatives (3GPP, iTunes M4V/M4A, Flash F4V, DASH, Sony XAVC).
        "isom": .mp4, "iso2": .mp4, "iso3": .mp4, "iso4": .mp4, "iso5": .mp4, "iso6": .mp4, "iso8": .mp4,
        "iso9": .mp4, "mp41": .mp4, "mp42": .mp4, "mp71": .mp4, "avc1": .mp4, "mmp4": .mp4, "dash": .mp4,
        "3gp4": .mp4, "3gp5": .mp4, "3gp6": .mp4, "3gp7": .mp4, "3gp8": .mp4, "3gp9": .mp4, "3g2a": .mp4,
        "3g2b": .mp4, "3g2c": .mp4, "3ge6": .mp4, "3ge7": .mp4, "3gg6": .mp4, "3gs6": .mp4, "3gs7": .mp4,
        "M4V ": .mp4, "M4VH": .mp4, "M4VP": .mp4, "M4A ": .mp4, "M4B ": .mp4, "M4P ": .mp4, "F4V ": .mp4,
        "f4v ": .mp4, "MSNV": .mp4, "NDAS": .mp4, "XAVC": .mp4,
        // Not ours: raw photos and still-image formats that borrow the box structure.
        "crx ": .unknown, "jp2 ": .unknown, "jpx ": .unknown, "jpm ": .unknown, "mjp2": .unknown,
    ]
}
