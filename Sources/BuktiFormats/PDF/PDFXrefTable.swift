import BuktiCore

/// A classic `xref` table (ISO 32000-1 §7.5.4), read leniently: any white space between fields,
/// 19 or 20-byte entries, the off-by-one first subsection some writers produce.
enum PDFXrefTable {
    /// True when the bytes at `offset` begin with `xref` (after white space).
    static func starts(at offset: Int, in file: PDFFile) -> Bool {
        var cursor = PDFByteCursor(file: file, offset: offset)
        cursor.skipWhitespace()
        return cursor.take("xref")
    }

    /// The table at `offset` and the trailer dictionary after it.
    static func read(at offset: Int, in file: PDFFile) throws(PDFXrefDamage) -> PDFXrefSection {
        var cursor = PDFByteCursor(file: file, offset: offset)
        cursor.skipWhitespace()
        guard cursor.take("xref") else { throw PDFXrefDamage(offset: offset, reason: "no 'xref' keyword") }
        var section = PDFXrefSection()
        var sawTrailer = false
        while !sawTrailer {
            if file.options.deadline.hasPassed { throw PDFXrefDamage(offset: offset, reason: "time ran out") }
            cursor.skipWhitespace()
            if cursor.take("trailer") { break }
            guard var start = cursor.readUnsigned() else {
                throw PDFXrefDamage(offset: cursor.offset, reason: "no subsection header or trailer")
            }
            cursor.skipWhitespace()
            guard let count = cursor.readUnsigned(), start <= PDFXref.maxObjectNumber,
                count <= PDFXref.maxObjectNumber - start
            else { throw PDFXrefDamage(offset: cursor.offset, reason: "bad subsection header") }
            for index in 0..<count {
                if index & 0xFFF == 0, file.options.deadline.hasPassed {
                    throw PDFXrefDamage(offset: offset, reason: "time ran out")
                }
                cursor.skipWhitespace()
                // A subsection that promises more entries than it has: the trailer ends it (as poppler).
                if cursor.take("trailer") {
                    sawTrailer = true
                    break
                }
                guard let field1 = cursor.readUnsigned() else {
                    throw PDFXrefDamage(offset: cursor.offset, reason: "entry \(start + index) is damaged")
                }
                cursor.skipWhitespace()
                guard let generation = cursor.readUnsigned() else {
                    throw PDFXrefDamage(offset: cursor.offset, reason: "entry \(start + index) is damaged")
                }
                cursor.skipWhitespace()
                let type = cursor.peek()
                guard type == 0x6E || type == 0x66 else {  // n or f
                    throw PDFXrefDamage(offset: cursor.offset, reason: "entry \(start + index) has no type")
                }
                cursor.advance()
                // Some writers number the first subsection from 1 although it starts with object 0's
                // free-list head; poppler and pdf.js shift it back.
                if index == 0, start == 1, type == 0x66, field1 == 0, generation == 65535 { start = 0 }
                let number = start + index
                guard section.entries[number] == nil else { continue }  // the first mention in a section wins
                section.entries[number] = type == 0x6E ? .inFile(offset: field1, generation: generation) : .free
            }
        }
        do {
            guard case .dictionary(let trailer) = try file.object(at: cursor.offset) else {
                throw PDFXrefDamage(offset: cursor.offset, reason: "trailer is not a dictionary")
            }
            section.trailer = trailer
        } catch let error as PDFXrefDamage {
            throw error
        } catch {
            throw PDFXrefDamage(offset: cursor.offset, reason: "trailer dictionary is damaged")
        }
        return section
    }
}
