import BuktiCore

/// Reads Word, Excel and PowerPoint documents (OOXML packages): core and app properties, and the
/// text of the main part found through _rels/.rels.
public struct OOXMLExtractor: Extractor {
    public let kinds: Set<FileKind> = [.docx, .xlsx, .pptx]

    public init() {}

    public func extract(_ source: any ByteSource, into facts: inout FileFacts, options: ExtractionOptions) throws {
        let archive = try ZipArchive(source, deadline: options.deadline)
        let package = OOXMLPackage(archive: archive, options: options)
        try OOXMLProperties.read(package, into: &facts)
        guard let mainPart = try package.mainPart(), package.contains(mainPart) else {
            throw ExtractionFailure(.corrupt, "_rels/.rels names no main document part that the package holds")
        }
        switch facts.kind {
        case .docx: try DOCXText.read(package, mainPart: mainPart, into: &facts)
        case .xlsx: try XLSXText.read(package, mainPart: mainPart, into: &facts)
        case .pptx: try PPTXText.read(package, mainPart: mainPart, into: &facts)
        default: return
        }
    }
}
