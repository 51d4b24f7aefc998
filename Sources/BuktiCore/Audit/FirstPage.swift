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
        var scalars = String.UnicodeScalarView()
        var length = 0
        var pendingSpace = false
        for scalar in raw.unicodeScalars {
            if scalar == "\u{0C}", stopAtPageBreak, length > 0 { break }
            if scalar.properties.isWhitespace || scalar == "\u{0C}" {
                pendingSpace = length > 0
                continue
            }
            let width = scalar.utf16.count + (pendingSpace ? 1 : 0)
            if length + width > limit { break }
            if pendingSpace { scalars.append(" ") }
            scalars.append(scalar)
            length += width
            pendingSpace = false
        }
        text = String(scalars)
        self.length = length
    }
}
