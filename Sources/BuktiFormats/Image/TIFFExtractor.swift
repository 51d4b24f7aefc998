import BuktiCore

/// TIFF and TIFF-based camera raw (DNG, NEF, CR2, ARW, ORF, RW2): size from IFD0 and the EXIF fields,
/// read straight from the file by ranges (a raw file can be tens of megabytes).
struct TIFFExtractor: Extractor {
    var kinds: Set<FileKind> { [.tiff] }

    func extract(_ source: any ByteSource, into facts: inout FileFacts, options: ExtractionOptions) throws {
        let exif = try EXIFReader.read(SourceWindow(source), options: options)
        exif.apply(to: &facts)
        if let size = exif.dimensions {
            facts.width = size.width
            facts.height = size.height
        }
        // The IFDs may sit before the pixels, so a cut file reads cleanly unless the strips are checked.
        if let end = exif.imageDataEnd, end > UInt64(source.size) {
            facts.add(.truncated, "TIFF image data runs to offset \(end) but the file has \(source.size) bytes")
        }
    }
}
