/// Namespaces, relationship types and content types of the parts an .xlsx package holds.
enum XLSXNamespace {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
    static let coreProperties = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    static let extendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    static let documentPropertiesTypes = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let dublinCoreTerms = "http://purl.org/dc/terms/"
    static let dublinCoreTypes = "http://purl.org/dc/dcmitype/"
    static let schemaInstance = "http://www.w3.org/2001/XMLSchema-instance"

    /// Relationship types (the `Type` of a `Relationship`).
    enum Relationship {
        static let officeDocument = XLSXNamespace.relationships + "/officeDocument"
        static let worksheet = XLSXNamespace.relationships + "/worksheet"
        static let styles = XLSXNamespace.relationships + "/styles"
        static let sharedStrings = XLSXNamespace.relationships + "/sharedStrings"
        static let extendedProperties = XLSXNamespace.relationships + "/extended-properties"
        static let coreProperties = XLSXNamespace.packageRelationships + "/metadata/core-properties"
    }

    /// Content types declared in [Content_Types].xml.
    enum ContentType {
        static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
        static let xml = "application/xml"
        static let workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
        static let worksheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
        static let styles = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
        static let sharedStrings = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
        static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
        static let extendedProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
    }
}
