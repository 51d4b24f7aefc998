import BuktiCore

/// The registry of format readers: one entry per reader, looked up by kind.
public enum Formats {
    /// Version of what the readers produce. Bump it BY HAND in the same commit as any change to a
    /// reader, probe or the identifier that changes the facts recorded for some file (a new field, a
    /// fixed date, a different problem): the facts cache drops every record made by another version,
    /// so the next run reads every file again instead of serving stale facts.
    public static let extractorVersion = 2

    /// Every extractor bukti has, in no particular order (each kind belongs to exactly one).
    public static let extractors: [any Extractor] = [
        PDFExtractor(),
        OOXMLExtractor(),
        ODFExtractor(),
        OLE2Extractor(),
        BMPExtractor(),
        GIFExtractor(),
        HEIFExtractor(),
        JPEGExtractor(),
        MovieExtractor(),
        PNGExtractor(),
        TIFFExtractor(),
        WebPExtractor(),
    ]

    /// Probes that look inside containers to tell DOCX/XLSX/ODT/... from a plain ZIP and .doc/.xls/.ppt
    /// from other OLE2 files; at most one per container (the inspector asks the first that matches).
    public static let probes: [any ContainerProbe] = [
        ZipProbe(),
        OLE2Probe(),
    ]

    /// The extractor for `kind`, or nil when bukti does not read inside that kind.
    public static func extractor(for kind: FileKind) -> (any Extractor)? {
        extractors.first { $0.kinds.contains(kind) }
    }
}
