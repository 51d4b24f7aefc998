import BuktiCore

/// Reads legacy Office documents (.doc, .xls, .ppt): summary metadata for all three, text and
/// counts for Word, sheet names and cell text for Excel, slide text for PowerPoint.
public struct OLE2Extractor: Extractor {
    public init() {}

    public var kinds: Set<FileKind> { [.doc, .xls, .ppt] }

    public func extract(_ source: any ByteSource, into facts: inout FileFacts, options: ExtractionOptions) throws {
        let file = try CompoundFile(source, options: options)
        facts.problems.append(contentsOf: file.problems)
        SummaryInformation.read(file, into: &facts)
        switch OLE2Contents(rootNames: file.rootNames) {
        case .document(.doc): try WordDocumentReader.read(file, into: &facts, options: options)
        case .document(.xls): try ExcelWorkbookReader.read(file, into: &facts, options: options)
        case .encryptedPackage:
            facts.encrypted = true
            throw ExtractionFailure(.passwordRequired, OLE2Probe.encryptedPackageMessage)
        case .document(.ppt): try PowerPointReader.read(file, into: &facts, options: options)
        default: return
        }
    }
}
