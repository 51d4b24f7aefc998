/// Namespace URIs of OOXML parts, transitional and strict (ISO 29500 strict uses purl.oclc.org).
enum OOXMLNamespace {
    static let wordprocessing: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    static let spreadsheet: Set<String> = [
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "http://purl.oclc.org/ooxml/spreadsheetml/main",
    ]
    static let presentation: Set<String> = [
        "http://schemas.openxmlformats.org/presentationml/2006/main",
        "http://purl.oclc.org/ooxml/presentationml/main",
    ]
    static let drawing: Set<String> = [
        "http://schemas.openxmlformats.org/drawingml/2006/main",
        "http://purl.oclc.org/ooxml/drawingml/main",
    ]
    static let relationships: Set<String> = [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    ]
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
    static let coreProperties = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    static let extendedProperties: Set<String> = [
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
    ]
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let dublinCoreTerms = "http://purl.org/dc/terms/"
}

/// Relationship types we follow, matched by their last path segment so transitional
/// (schemas.openxmlformats.org) and strict (purl.oclc.org) URIs both work.
enum OOXMLRelationship {
    static let officeDocument = "officeDocument"
    static let coreProperties = "core-properties"
    static let extendedProperties = "extended-properties"
    static let header = "header"
    static let footer = "footer"
    static let sharedStrings = "sharedStrings"
    static let worksheet = "worksheet"
    static let slide = "slide"
    static let styles = "styles"

    /// The last segment of a relationship type URI ("…/relationships/header" -> "header").
    static func kind(of type: String) -> String {
        let tail = type.split(separator: "/").last.map(String.init) ?? type
        // Strict core properties: ".../metadata/core-properties"; strict extended: "extendedProperties".
        return tail == "extendedProperties" ? extendedProperties : tail
    }
}
