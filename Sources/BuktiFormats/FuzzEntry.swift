import BuktiCore

/// Small public doors into readers that are otherwise internal, for the libFuzzer targets in Fuzz/
/// (a separate package that must not use `@testable`); nothing in bukti itself calls them.
public enum FuzzEntry {
    /// A ZIP holding `members` as given, so a fuzzer can feed OOXML/ODF part readers mutated XML
    /// through a package whose ZIP layer is intact; nil when libzip refuses (e.g. a bad name).
    public static func zipArchive(_ members: [(name: String, bytes: [UInt8])]) -> [UInt8]? {
        try? ZipWriter.archive(members)
    }

    /// Every date and position parser of the readers applied to `text`: PDF dates, EXIF dates (with
    /// `text` also as the offset), OOXML/ODF W3CDTF dates and ISO 6709 positions. Returns the results
    /// so the calls cannot be optimised away.
    public static func parseDates(_ text: String) -> [String?] {
        [
            PDFDate.iso8601(text),
            EXIFDate.iso8601(text, offset: text),
            EXIFDate.normalizedOffset(text),
            W3CDTF.normalise(text),
            ISO6709.position(text).map { "\($0)" },
        ]
    }
}
