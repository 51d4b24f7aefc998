import Foundation

/// The start of a document's text as signals and dates see it: for a PDF, the first page with any
/// text (text up to a form feed, `\u{0C}`, which the PDF reader writes between pages); for other
/// kinds — docx, doc, odt, xlsx…, whose form feeds are manual page breaks, not the layout's — the
/// whole extracted start. Every run of whitespace
/// (spaces, tabs, line breaks, non-breaking spaces) collapsed to one space and leading and trailing
/// whitespace removed.
///
/// Collapsing makes `within` count characters of content, not layout: a kop surat (letterhead) of
/// three short lines before the heading costs the same whether the extractor kept its line breaks,
/// indentation or table padding. Offsets are UTF-16 code units of this normalised text (what
/// NSRegularExpression reports), which for Indonesian text are its characters.
struct FirstPage: Sendable {
    /// The normalised first page, at most `limit` UTF-16 units long.
    let text: String
    /// Length in UTF-16 units (the unit of every offset and range here).
    let length: Int

    /// Kinds whose extracted text marks real page ends with form feeds.
    static let pagedKinds: Set<FileKind> = [.pdf]

    /// Normalises the first page of `raw` (a file of `kind`), keeping at most `limit` UTF-16 units;
    /// a page that is empty (a scanned cover page) is skipped so the first page with text is taken.
    init(_ raw: String?, kind: FileKind, limit: Int) {
        self.init(normalising: raw ?? "", limit: limit, stopAtPageBreak: Self.pagedKinds.contains(kind))
    }

    /// Normalises the whole of `raw` (every page), keeping at most `limit` UTF-16 units.
    init(wholeText raw: String?, limit: Int) {
        self.init(normalising: raw ?? "", limit: limit, stopAtPageBreak: false)
    }

    private init(normalising raw: String, limit: Int, stopAtPageBreak: Bool) {
        // Works on UTF-8 bytes: ASCII (most of an Indonesian page) is copied byte by byte, and only
        // non-ASCII scalars are decoded to ask whether they are whitespace.
        var out: [UInt8] = []
        out.reserveCapacity(min(limit, raw.utf8.count))
        var length = 0
        var pendingSpace = false
        var utf8 = raw.utf8.makeIterator()
        var decoder = UTF8()
        var pending: UInt8?
        while true {
            let byte: UInt8
            if let next = pending { byte = next; pending = nil } else {
                guard let next = utf8.next() else { break }
                byte = next
            }
            if byte < 0x80 {
                if byte == 0x0C, stopAtPageBreak, length > 0 { break }
                if Self.asciiWhitespace[Int(byte)] {
                    pendingSpace = length > 0
                    continue
                }
                let width = pendingSpace ? 2 : 1
                if length + width > limit { break }
                if pendingSpace { out.append(0x20) }
                out.append(byte)
                length += width
                pendingSpace = false
                continue
            }
            // A multi-byte scalar: decode it from this byte on.
            var bytes = [byte]
            while let next = utf8.next() {
                if next & 0xC0 == 0x80 { bytes.append(next) } else { pending = next; break }
            }
            var iterator = bytes.makeIterator()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = length > 0
                continue
            }
            let width = scalar.utf16.count + (pendingSpace ? 1 : 0)
            if length + width > limit { break }
            if pendingSpace { out.append(0x20) }
            out.append(contentsOf: bytes)
            length += width
            pendingSpace = false
        }
        text = String(decoding: out, as: UTF8.self)
        self.length = length
    }

    /// ASCII bytes that are whitespace (tab, line feed, vertical tab, form feed, carriage return,
    /// the C0 separators U+001C–U+001F, space), as `Unicode.Scalar.Properties.isWhitespace` says.
    static let asciiWhitespace: [Bool] = (0..<128).map { byte in
        Unicode.Scalar(UInt8(byte)).properties.isWhitespace
    }
}
