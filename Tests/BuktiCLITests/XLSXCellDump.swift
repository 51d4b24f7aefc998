import BuktiCore
import BuktiFormats

/// A workbook as text, one line per cell: `Sheet!A1<TAB>type<TAB>style<TAB>value`, sheets in workbook
/// order, cells in file order. Read with bukti's own zip and XML readers (deterministic, unlike a
/// spreadsheet program's export), so a golden of it shows every value, its type and its style name
/// (the `XLSXCellStyle` case the cell's `s` index names).
enum XLSXCellDump {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    struct Malformed: Error, CustomStringConvertible { var description: String }

    static func dump(_ bytes: [UInt8]) throws -> String {
        let archive = try ZipArchive(MemorySource(bytes))
        func document(_ name: String) throws -> XMLElement {
            guard let root = try XMLDocument(bytes: try archive.read(name, limit: 64 << 20)).root else {
                throw Malformed(description: "\(name) has no root element")
            }
            return root
        }
        let strings = try archive.entry(named: "xl/sharedStrings.xml") == nil
            ? [] : document("xl/sharedStrings.xml").children(XMLName(main, "si")).map(\.text)
        var targets: [String: String] = [:]
        for relationship in try document("xl/_rels/workbook.xml.rels").children(XMLName(packageRelationships, "Relationship")) {
            if let id = relationship.attribute("Id"), let target = relationship.attribute("Target") { targets[id] = target }
        }
        var lines: [String] = []
        let sheets = try document("xl/workbook.xml").descendants(XMLName(main, "sheet"))
        for sheet in sheets {
            let name = sheet.attribute("name") ?? "?"
            guard let id = sheet.attribute("id", namespace: relationships), let target = targets[id] else {
                throw Malformed(description: "sheet \(name) has no part")
            }
            let part = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            for cell in try document(part).descendants(XMLName(main, "c")) {
                let style = cell.attribute("s").flatMap(Int.init).flatMap(XLSXCellStyle.init(rawValue:))
                    .map { "\($0)" } ?? cell.attribute("s") ?? "plain"
                let raw = cell.child(XMLName(main, "v"))?.text
                let (type, value): (String, String)
                switch cell.attribute("t") {
                case "s": (type, value) = ("string", raw.flatMap(Int.init).map { $0 < strings.count ? strings[$0] : "?\($0)" } ?? "")
                case "inlineStr": (type, value) = ("string", cell.child(XMLName(main, "is"))?.text ?? "")
                case "b": (type, value) = ("bool", raw == "1" ? "TRUE" : "FALSE")
                case "str": (type, value) = ("formula", raw ?? "")
                case let other?: (type, value) = (other, raw ?? "")
                case nil: (type, value) = (raw == nil ? "empty" : "number", raw ?? "")
                }
                lines.append("\(name)!\(cell.attribute("r") ?? "?")\t\(type)\t\(style)\t\(escaped(value))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Tabs, line breaks and backslashes written visibly, so each cell stays on one line.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
    }
}
