import BuktiCore

/// One relationship from a .rels part, with its target resolved to a part name inside the package.
struct OOXMLRelation: Equatable {
    var id: String
    /// The relationship kind (last segment of the type URI, see `OOXMLRelationship`).
    var kind: String
    /// The target part name without a leading slash ("word/header1.xml"); nil for external targets.
    var part: String?
}

/// An OPC package (the ZIP of an OOXML document): finds parts through relationships rather than
/// fixed names, and reads them with the member cap.
struct OOXMLPackage {
    let archive: ZipArchive
    let options: ExtractionOptions

    /// Reads a part's bytes (capped at options.maxInflatedBytes).
    func read(_ part: String) throws(ExtractionFailure) -> [UInt8] {
        try archive.read(part, limit: options.maxInflatedBytes)
    }

    /// A parsed small part; XML errors become `corrupt` problems naming the part.
    func document(_ part: String) throws(ExtractionFailure) -> XMLDocument {
        let bytes = try read(part)
        do throws(XMLError) {
            return try XMLDocument(bytes: bytes)
        } catch {
            throw ExtractionFailure(.corrupt, "\(part) \(error)")
        }
    }

    /// A streaming reader over a part; keep `stream` to learn why input stopped.
    func stream(_ part: String) throws(ExtractionFailure) -> (XMLStreamReader, ZipMemberStream) {
        let member = try archive.open(part, limit: options.maxInflatedBytes)
        do throws(XMLError) {
            return (try XMLStreamReader(input: member), member)
        } catch {
            throw ExtractionFailure(.corrupt, "\(part) \(error)")
        }
    }

    /// Whether the package has a member called `part`.
    func contains(_ part: String) -> Bool { archive.entry(named: part) != nil }

    /// The relationships of `part` ("" for the package itself), in the order the .rels lists them.
    /// A missing .rels means none; a damaged one is an error.
    func relations(of part: String) throws(ExtractionFailure) -> [OOXMLRelation] {
        let (directory, name) = Self.split(part)
        let relsPart = directory.isEmpty ? "_rels/\(name).rels" : "\(directory)/_rels/\(name).rels"
        guard contains(relsPart) else { return [] }
        let root = try document(relsPart).root
        return (root?.children ?? []).compactMap { element in
            guard element.name.local == "Relationship", let id = element.attribute("Id"),
                let type = element.attribute("Type"), let target = element.attribute("Target")
            else { return nil }
            let external = element.attribute("TargetMode") == "External"
            return OOXMLRelation(
                id: id, kind: OOXMLRelationship.kind(of: type),
                part: external ? nil : Self.resolve(target, from: directory))
        }
    }

    /// The first part `part` points at with relationship `kind`.
    func related(_ kind: String, of part: String) throws(ExtractionFailure) -> String? {
        try relations(of: part).first { $0.kind == kind && $0.part != nil }?.part
    }

    /// The main document part (word/document.xml, xl/workbook.xml, ppt/presentation.xml by convention).
    func mainPart() throws(ExtractionFailure) -> String? {
        try related(OOXMLRelationship.officeDocument, of: "")
    }

    /// "word/document.xml" -> ("word", "document.xml").
    static func split(_ part: String) -> (directory: String, name: String) {
        guard let slash = part.lastIndex(of: "/") else { return ("", part) }
        return (String(part[..<slash]), String(part[part.index(after: slash)...]))
    }

    /// Resolves a relationship target against the source part's directory, folding "." and "..".
    static func resolve(_ target: String, from directory: String) -> String {
        let absolute = target.hasPrefix("/")
        var segments = absolute ? [] : directory.split(separator: "/").map(String.init)
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(String(segment))
            }
        }
        return segments.joined(separator: "/")
    }
}
