import Foundation

/// docProps/core.xml and docProps/app.xml: title, author and the application's name.
enum XLSXProperties {
    static func core(_ workbook: XLSXWorkbook) throws(XMLWriteError) -> [UInt8] {
        let xml = try XMLWriter()
        xml.start("cp:coreProperties")
        xml.attribute("xmlns:cp", XLSXNamespace.coreProperties)
        xml.attribute("xmlns:dc", XLSXNamespace.dublinCore)
        xml.attribute("xmlns:dcterms", XLSXNamespace.dublinCoreTerms)
        xml.attribute("xmlns:dcmitype", XLSXNamespace.dublinCoreTypes)
        xml.attribute("xmlns:xsi", XLSXNamespace.schemaInstance)
        if let title = workbook.title { xml.element("dc:title", text: XMLText.cleaned(title)) }
        xml.element("dc:creator", text: XMLText.cleaned(workbook.creator))
        if let created = workbook.created {
            xml.element(
                "dcterms:created", ["xsi:type": "dcterms:W3CDTF"],
                text: created.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC") ?? .current)))
        }
        xml.end()
        return try xml.finish()
    }

    /// Only the application's name: Excel pairs TitlesOfParts with HeadingPairs and needs neither.
    static func app() throws(XMLWriteError) -> [UInt8] {
        let xml = try XMLWriter()
        xml.start("Properties")
        xml.attribute("xmlns", XLSXNamespace.extendedProperties)
        xml.attribute("xmlns:vt", XLSXNamespace.documentPropertiesTypes)
        xml.element("Application", text: "bukti")
        xml.end()
        return try xml.finish()
    }
}
