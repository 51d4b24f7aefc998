import BuktiCore

/// Document properties from an OpenDocument meta.xml.
enum ODFMeta {
    /// meta.xml element -> the string field it fills.
    private static let fields: [XMLName: WritableKeyPath<FileFacts, String?> & Sendable] = [
        XMLName(ODFNamespace.dublinCore, "title"): \.title,
        XMLName(ODFNamespace.dublinCore, "subject"): \.subject,
        XMLName(ODFNamespace.meta, "initial-creator"): \.author,
        XMLName(ODFNamespace.dublinCore, "creator"): \.lastModifiedBy,
        XMLName(ODFNamespace.meta, "generator"): \.application,
    ]
    /// meta.xml date element -> the field it fills (normalised to ISO 8601).
    private static let dates: [XMLName: WritableKeyPath<FileFacts, String?> & Sendable] = [
        XMLName(ODFNamespace.meta, "creation-date"): \.created,
        XMLName(ODFNamespace.dublinCore, "date"): \.modified,
    ]

    /// Fills title, subject, author (initial creator), lastModifiedBy (creator), created, modified,
    /// keywords (all meta:keyword joined), pages, words and application.
    static func read(_ document: XMLDocument, into facts: inout FileFacts) {
        guard let meta = document.root?.child(XMLName(ODFNamespace.office, "meta")) else { return }
        var keywords: [String] = []
        for element in meta.children {
            let name = element.name
            if name == XMLName(ODFNamespace.meta, "document-statistic") {
                facts.pages = count(element.attribute("page-count", namespace: ODFNamespace.meta)) ?? facts.pages
                facts.words = count(element.attribute("word-count", namespace: ODFNamespace.meta)) ?? facts.words
                continue
            }
            let value = element.text.trimmingWhitespace()
            guard !value.isEmpty else { continue }
            if let field = fields[name] {
                facts[keyPath: field] = value
            } else if let field = dates[name] {
                facts[keyPath: field] = W3CDTF.normalise(value)
            } else if name == XMLName(ODFNamespace.meta, "keyword") {
                keywords.append(value)
            }
        }
        if !keywords.isEmpty { facts.keywords = keywords.joined(separator: ", ") }
    }

    private static func count(_ value: String?) -> Int? {
        value.flatMap { Int($0.trimmingWhitespace()) }.flatMap { $0 >= 0 ? $0 : nil }
    }
}
