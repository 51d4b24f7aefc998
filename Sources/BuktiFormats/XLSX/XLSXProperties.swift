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

    static func app(sheetNames: [String]) throws(XMLWriteError) -> [UInt8] {
        let xml = try XMLWriter()
        xml.start("Properties")
        xml.attribute("xmlns", XLSXNamespace.extendedProperties)
        xml.attribute("xmlns:vt", XLSXNamespace.documentPropertiesTypes)
        xml.element("Application", text: "bukti")
        xml.element("TitlesOfParts") {
            xml.element("vt:vector", ["size": "\(sheetNames.count)", "baseType": "lpstr"]) {
                for name in sheetNames { xml.element("vt:lpstr", text: name) }
            }
        }
        xml.end()
        return try xml.finish()
    }
}
