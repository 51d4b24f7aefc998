import BuktiCore

/// Reads legacy Office documents (.doc, .xls, .ppt): summary metadata for all three, text and
/// counts for Word, sheet names and cell text for Excel, slide text for PowerPoint.
public struct OLE2Extractor: Extractor {
    public init() {}

    public var kinds: Set<FileKind> { [.doc, .xls, .ppt] }

    public func extract(_ source: any ByteSource, into facts: inout FileFacts, options: ExtractionOptions) throws {
        // The probe has usually recorded the same damage or password already: say it once.
        do throws(ExtractionFailure) {
            try read(source, into: &facts, options: options)
        } catch {
            if !facts.problems.contains(error.problem) { throw error }
        }
    }

    /// Reads the compound file and the document inside it.
    private func read(_ source: any ByteSource, into facts: inout FileFacts, options: ExtractionOptions) throws(ExtractionFailure) {
        let file = try CompoundFile(source, options: options)
        for problem in file.problems where !facts.problems.contains(problem) { facts.problems.append(problem) }
        SummaryInformation.read(file, into: &facts)
        switch OLE2Contents(rootNames: file.rootNames) {
        case .document(.doc): try WordDocumentReader.read(file, into: &facts, options: options)
        case .document(.xls): try ExcelWorkbookReader.read(file, into: &facts, options: options)
        case .document(.ppt): try PowerPointReader.read(file, into: &facts, options: options)
        case .encryptedPackage:
            facts.encrypted = true
            throw ExtractionFailure(.passwordRequired, OLE2Probe.encryptedPackageMessage)
        default: return
        }
    }
}
