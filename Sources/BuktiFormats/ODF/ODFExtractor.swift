import BuktiCore

/// Reads OpenDocument text, spreadsheets and presentations: meta.xml properties and the text of
/// content.xml, with ODT page headers and footers from styles.xml around the body.
public struct ODFExtractor: Extractor {
    public let kinds: Set<FileKind> = [.odt, .ods, .odp]

    public init() {}

    public func extract(_ source: any ByteSource, into facts: inout FileFacts, options: ExtractionOptions) throws {
        let archive = try ZipArchive(source, deadline: options.deadline)
        try Self.checkEncryption(archive, options: options)
        if archive.entry(named: "meta.xml") != nil {
            do throws(ExtractionFailure) {
                let bytes = try archive.read("meta.xml", limit: options.maxInflatedBytes)
                do throws(XMLError) {
                    ODFMeta.read(try XMLDocument(bytes: bytes), into: &facts)
                } catch {
                    facts.add(.corrupt, "meta.xml \(error)")
                }
            } catch {
                facts.problems.append(error.problem)
            }
        }
        guard archive.entry(named: "content.xml") != nil else {
            throw ExtractionFailure(.corrupt, "content.xml is missing")
        }
        var text = OfficeText(limit: options.textCharacters)
        var footers = OfficeText(limit: options.textCharacters)
        let hasStyles = facts.kind == .odt && archive.entry(named: "styles.xml") != nil
        if hasStyles {
            var headerWalker = ODFHeaderFooterWalker(footers: false)
            try PartWalker.walk("styles.xml", in: archive, options: options, text: &text, problems: &facts.problems) {
                headerWalker.handle($0, $1, &$2)
            }
            text.endLine()
        }
        var walker = ODFTextWalker(spreadsheet: facts.kind == .ods)
        try PartWalker.walk("content.xml", in: archive, options: options, text: &text, problems: &facts.problems) {
            walker.handle($0, $1, &$2)
        }
        if hasStyles && !text.isFull {
            var footerWalker = ODFHeaderFooterWalker(footers: true)
            var ignored: [Problem] = []  // styles.xml problems were recorded on the first pass
            try PartWalker.walk("styles.xml", in: archive, options: options, text: &footers, problems: &ignored) {
                footerWalker.handle($0, $1, &$2)
            }
            if let footer = footers.result {
                text.endLine()
                text.append(footer)
            }
        }
        if !walker.sheets.isEmpty { facts.sheets = walker.sheets }
        facts.text = text.result
    }

    /// An encrypted ODF package lists manifest:encryption-data for its members.
    static func checkEncryption(_ archive: ZipArchive, options: ExtractionOptions) throws(ExtractionFailure) {
        let manifest = "META-INF/manifest.xml"
        guard archive.entry(named: manifest) != nil,
            let bytes = try? archive.read(manifest, limit: options.maxInflatedBytes),
            let document = try? XMLDocument(bytes: bytes)
        else { return }
        let encrypted = (document.root?.children ?? []).contains { entry in
            entry.child(XMLName(ODFNamespace.manifest, "encryption-data")) != nil
        }
        if encrypted {
            throw ExtractionFailure(.passwordRequired, "the document is encrypted (META-INF/manifest.xml lists encryption data)")
        }
    }
}
