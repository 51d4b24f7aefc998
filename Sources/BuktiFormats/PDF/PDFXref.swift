import BuktiCore

/// Where one object lives, as a cross-reference section states it.
enum PDFXrefEntry: Sendable, Equatable {
    case free
    /// At a byte offset in the file (type 1).
    case inFile(offset: Int, generation: Int)
    /// The `index`-th object of object stream `stream` (type 2).
    case inStream(stream: Int, index: Int)
}

/// One cross-reference section: a classic table or an xref stream, with its trailer.
struct PDFXrefSection: Sendable {
    var entries: [Int: PDFXrefEntry] = [:]
    var trailer = PDFDictionary()
}

/// The cross-reference data of a whole document, merged across incremental updates.
struct PDFXref: Sendable {
    var entries: [Int: PDFXrefEntry] = [:]
    /// Trailer keys, the newest section's value winning.
    var trailer = PDFDictionary()

    /// Highest object numbers accepted (ISO 32000-1 Annex C gives 8,388,607).
    static let maxObjectNumber = 8_388_607

    /// Adds a section older than those merged so far: it fills gaps only, since newer entries win.
    mutating func mergeOlder(_ section: PDFXrefSection) {
        entries.merge(section.entries) { newer, _ in newer }
        trailer.entries.merge(section.trailer.entries) { newer, _ in newer }
    }
}

/// Why a cross-reference section could not be read (the document then rebuilds its xref by scanning).
struct PDFXrefDamage: Error, Sendable {
    var offset: Int
    var reason: String
}
