/// xl/styles.xml built from `XLSXCellStyle`: one regular and one bold font, Excel's two required
/// fills plus one solid fill per colour, and one `cellXfs` entry per style in declaration order.
enum XLSXStyleSheet {
    static let fontSize = "11"
    static let fontName = "Calibri"

    static func write() throws(XMLWriteError) -> [UInt8] {
        let xml = try XMLWriter()
        let colours = XLSXCellStyle.fillColours
        xml.start("styleSheet")
        xml.attribute("xmlns", XLSXNamespace.main)
        xml.element("numFmts", ["count": "1"]) {
            xml.element(
                "numFmt", ["numFmtId": "\(XLSXCellStyle.dateFormatID)", "formatCode": XLSXCellStyle.dateFormatCode])
        }
        xml.element("fonts", ["count": "2"]) {
            for bold in [false, true] {
                xml.element("font") {
                    if bold { xml.element("b") }
                    xml.element("sz", ["val": fontSize])
                    xml.element("name", ["val": fontName])
                    xml.element("family", ["val": "2"])
                }
            }
        }
        xml.element("fills", ["count": "\(colours.count + 2)"]) {
            for pattern in ["none", "gray125"] {
                xml.element("fill") { xml.element("patternFill", ["patternType": pattern]) }
            }
            for colour in colours {
                xml.element("fill") {
                    xml.element("patternFill", ["patternType": "solid"]) {
                        xml.element("fgColor", ["rgb": colour])
                        xml.element("bgColor", ["indexed": "64"])
                    }
                }
            }
        }
        xml.element("borders", ["count": "1"]) {
            xml.element("border") { for side in ["left", "right", "top", "bottom", "diagonal"] { xml.element(side) } }
        }
        xml.element("cellStyleXfs", ["count": "1"]) {
            xml.element("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0"])
        }
        xml.element("cellXfs", ["count": "\(XLSXCellStyle.allCases.count)"]) {
            for style in XLSXCellStyle.allCases { writeFormat(style, colours: colours, xml) }
        }
        xml.element("cellStyles", ["count": "1"]) {
            xml.element("cellStyle", ["name": "Normal", "xfId": "0", "builtinId": "0"])
        }
        xml.end()
        return try xml.finish()
    }

    /// One `xf`: the apply* flags tell Excel which parts of the format are meant.
    private static func writeFormat(_ style: XLSXCellStyle, colours: [String], _ xml: XMLWriter) {
        let format = style.format
        let fillID = format.fill.flatMap { colours.firstIndex(of: $0) }.map { $0 + 2 } ?? 0
        xml.start("xf")
        xml.attribute("numFmtId", "\(format.numberFormat)")
        xml.attribute("fontId", format.bold ? "1" : "0")
        xml.attribute("fillId", "\(fillID)")
        xml.attribute("borderId", "0")
        xml.attribute("xfId", "0")
        if format.numberFormat != 0 { xml.attribute("applyNumberFormat", "1") }
        if format.bold { xml.attribute("applyFont", "1") }
        if fillID != 0 { xml.attribute("applyFill", "1") }
        if format.wraps {
            xml.attribute("applyAlignment", "1")
            xml.element("alignment", ["vertical": "top", "wrapText": "1"])
        }
        xml.end()
    }
}
