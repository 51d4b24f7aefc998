import BuktiCore

/// Tells DOCX/XLSX/PPTX and ODT/ODS/ODP from a plain ZIP: the main part's content type in
/// [Content_Types].xml, else the ODF `mimetype` member, else `.zip`.
public struct ZipProbe: ContainerProbe {
    public let container = Container.zip

    public init() {}

    /// Main-part content types of OOXML packages and the kind each one is.
    static let ooxmlMainTypes: [String: FileKind] = [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": .docx,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": .docx,
        "application/vnd.ms-word.document.macroEnabled.main+xml": .docx,
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml": .docx,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": .xlsx,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": .xlsx,
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml": .xlsx,
        "application/vnd.ms-excel.template.macroEnabled.main+xml": .xlsx,
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": .pptx,
        "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml": .pptx,
        "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml": .pptx,
        "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml": .pptx,
        "application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml": .pptx,
        "application/vnd.ms-powerpoint.template.macroEnabled.main+xml": .pptx,
    ]

    /// ODF `mimetype` member contents and the kind each one is.
    static let odfMimeTypes: [String: FileKind] = [
        "application/vnd.oasis.opendocument.text": .odt,
        "application/vnd.oasis.opendocument.text-template": .odt,
        "application/vnd.oasis.opendocument.spreadsheet": .ods,
        "application/vnd.oasis.opendocument.spreadsheet-template": .ods,
        "application/vnd.oasis.opendocument.presentation": .odp,
        "application/vnd.oasis.opendocument.presentation-template": .odp,
    ]

    /// Small parts only: [Content_Types].xml and mimetype are never large in a real document.
    private static let probePartLimit = 1 << 20

    /// The kind inside the archive; when the archive is damaged, `pathExtension` (no dot, any case)
    /// decides the kind: its office kind, else `.zip`. Without it, the local headers' member names do.
    public func probe(_ source: any ByteSource, options: ExtractionOptions, pathExtension: String?) -> ProbeResult {
        let archive: ZipArchive
        do throws(ExtractionFailure) {
            archive = try ZipArchive(source, deadline: options.deadline)
        } catch {
            // With the extension known, it decides (an office one, else zip); without it, the
            // member names in the local headers do.
            let kind =
                pathExtension == nil
                ? LocalHeaderScan.kind(source) ?? .zip : Self.officeKind(forExtension: pathExtension) ?? .zip
            return ProbeResult(kind: kind, problems: [error.problem])
        }
        var problems: [Problem] = []
        if archive.entry(named: "[Content_Types].xml") != nil {
            do throws(ExtractionFailure) {
                let bytes = try archive.read("[Content_Types].xml", limit: min(Self.probePartLimit, options.maxInflatedBytes))
                if let kind = try Self.kind(contentTypes: bytes, archive: archive) { return ProbeResult(kind: kind) }
            } catch {
                problems.append(error.problem)
            }
        }
        if archive.entry(named: "mimetype") != nil,
            let bytes = try? archive.read("mimetype", limit: 256),
            let kind = Self.odfMimeTypes[String(decoding: bytes, as: UTF8.self).trimmingWhitespace()]
        {
            return ProbeResult(kind: kind, problems: problems)
        }
        let fallback = problems.isEmpty ? .zip : Self.officeKind(forExtension: pathExtension) ?? .zip
        return ProbeResult(kind: fallback, problems: problems)
    }

    /// The kind [Content_Types].xml gives the main part: the part _rels/.rels names, else any
    /// override with a main-document content type.
    static func kind(contentTypes bytes: [UInt8], archive: ZipArchive) throws(ExtractionFailure) -> FileKind? {
        let document: XMLDocument
        do throws(XMLError) {
            document = try XMLDocument(bytes: bytes)
        } catch {
            throw ExtractionFailure(.corrupt, "[Content_Types].xml \(error)")
        }
        var overrides: [String: String] = [:]
        for element in document.root?.children ?? [] where element.name.local == "Override" {
            if let part = element.attribute("PartName"), let type = element.attribute("ContentType") {
                overrides[part.hasPrefix("/") ? String(part.dropFirst()) : part] = type
            }
        }
        let package = OOXMLPackage(archive: archive, options: ExtractionOptions())
        if let main = try? package.mainPart(), let type = overrides[main], let kind = ooxmlMainTypes[type] {
            return kind
        }
        return overrides.values.lazy.compactMap { ooxmlMainTypes[$0] }.first
    }

    /// The office kind an extension usually means, nil for anything else (including "zip").
    static func officeKind(forExtension pathExtension: String?) -> FileKind? {
        guard let pathExtension = pathExtension?.lowercased() else { return nil }
        let office: [FileKind] = [.docx, .xlsx, .pptx, .odt, .ods, .odp]
        return office.first { $0.usualExtensions.contains(pathExtension) }
    }
}
