@testable import BuktiFormats

/// Writes small synthetic PDFs with correct offsets, for unit tests of structure that real tools do not
/// produce on demand (hybrid files, cycles, hostile nesting). Real-software files are in Fixtures/pdf-core.
struct PDFTestBuilder {
    var header = "%PDF-1.4\n"
    /// Object bodies by number, written in this order.
    var objects: [(Int, [UInt8])] = []

    mutating func add(_ number: Int, _ body: String) { objects.append((number, Array(body.utf8))) }
    mutating func add(_ number: Int, bytes: [UInt8]) { objects.append((number, bytes)) }

    /// Header and objects, with each object's offset.
    func body() -> (bytes: [UInt8], offsets: [Int: Int]) {
        var out = Array(header.utf8)
        var offsets: [Int: Int] = [:]
        for (number, body) in objects {
            offsets[number] = out.count
            out += Array("\(number) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        return (out, offsets)
    }

    /// A whole file with a classic xref table listing every object and `trailer` entries.
    func build(trailer: String, freeEntries: Set<Int> = []) -> [UInt8] {
        var (out, offsets) = body()
        let size = (offsets.keys.max() ?? 0) + 1
        let xrefOffset = out.count
        var table = "xref\n0 \(size)\n0000000000 65535 f \n"
        for number in 1..<max(1, size) {
            if let offset = offsets[number], !freeEntries.contains(number) {
                table += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n"
            } else {
                table += "0000000000 00000 f \n"
            }
        }
        out += Array(table.utf8)
        out += Array("trailer\n<< /Size \(size) \(trailer) >>\nstartxref\n\(xrefOffset)\n%%EOF\n".utf8)
        return out
    }

    /// A minimal catalog (1), page tree (2) with `pages` pages (numbered from 10), Info (3) with `title`.
    static func simple(pages: Int = 2, title: String = "(Judul)") -> PDFTestBuilder {
        var b = PDFTestBuilder()
        b.add(1, "<< /Type /Catalog /Pages 2 0 R >>")
        let kids = (0..<pages).map { "\(10 + $0) 0 R" }.joined(separator: " ")
        b.add(2, "<< /Type /Pages /Kids [\(kids)] /Count \(pages) /Resources << /Font << /F1 4 0 R >> >> >>")
        b.add(3, "<< /Title \(title) >>")
        b.add(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        for i in 0..<pages { b.add(10 + i, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>") }
        return b
    }
}
