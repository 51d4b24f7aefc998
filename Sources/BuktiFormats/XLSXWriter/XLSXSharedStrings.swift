/// The shared string table: each distinct text once, cells refer to it by index (what Excel writes,
/// and what keeps a sheet of repeated names small).
struct XLSXSharedStrings {
    private(set) var strings: [String] = []
    private var indices: [String: Int] = [:]
    /// How many cells refer to the table (the `count` attribute; `uniqueCount` is `strings.count`).
    private(set) var references = 0

    /// The index of `text` (already cleaned for the cell), adding it when new.
    mutating func index(of text: String) -> Int {
        references += 1
        if let known = indices[text] { return known }
        strings.append(text)
        indices[text] = strings.count - 1
        return strings.count - 1
    }

    func write() throws(XMLWriteError) -> [UInt8] {
        let xml = try XMLWriter()
        xml.start("sst")
        xml.attribute("xmlns", XLSXNamespace.main)
        xml.attribute("count", "\(references)")
        xml.attribute("uniqueCount", "\(strings.count)")
        for text in strings {
            xml.element("si") {
                // Leading or trailing spaces and line breaks survive only with xml:space="preserve".
                let keepsSpace =
                    text.first.map(\.isWhitespace) == true || text.last.map(\.isWhitespace) == true
                    || text.contains("\n")
                xml.element("t", keepsSpace ? ["xml:space": "preserve"] : [:], text: text)
            }
        }
        xml.end()
        return try xml.finish()
    }
}
