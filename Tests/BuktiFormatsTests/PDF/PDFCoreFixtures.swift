import BuktiCore
import Foundation
@testable import BuktiFormats

/// Locates the PDFs made by Scripts/fixtures/pdf-core.sh and the `pdfinfo -isodates` output saved
/// beside each (the oracle).
enum PDFCoreFixtures {
    static let directory: URL = {
        guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("test bundle has no Fixtures folder")
        }
        return root.appendingPathComponent("pdf-core")
    }()

    static let all = ["lo", "objstm", "linearized", "qdf", "updated", "xmp", "updated-objstm"]
    /// xmp-gaps.pdf is left out of `all`: its Info lacks fields that XMP fills on purpose.

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent("\(name).pdf")))
    }

    /// `pdfinfo -isodates` fields of fixture `name` (e.g. "Title", "Pages", "PDF version").
    static func pdfinfo(_ name: String) throws -> [String: String] {
        let text = try String(contentsOf: directory.appendingPathComponent("\(name).pdfinfo.txt"), encoding: .utf8)
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon])
            let value = line[line.index(after: colon)...].drop { $0 == " " }
            fields[key] = String(value)
        }
        return fields
    }

    /// pdfinfo's ISO date with a whole-hour offset written `+07` made `+07:00`, as bukti writes it.
    static func isoDate(_ pdfinfo: String?) -> String? {
        guard let pdfinfo else { return nil }
        if let sign = pdfinfo.lastIndex(where: { $0 == "+" || $0 == "-" }), pdfinfo.distance(from: sign, to: pdfinfo.endIndex) == 3 {
            return pdfinfo + ":00"
        }
        return pdfinfo
    }

    /// Opens `bytes` as a document with `options`.
    static func document(_ bytes: [UInt8], options: ExtractionOptions = ExtractionOptions()) throws -> PDFDocument {
        try PDFDocument(source: MemorySource(bytes), options: options)
    }

    /// Runs the registered PDF extractor the way the inspector does (a failure becomes a problem).
    static func extract(_ bytes: [UInt8], options: ExtractionOptions = ExtractionOptions()) -> FileFacts {
        var facts = FileFacts(path: FilePath("fixture.pdf"), kind: .pdf)
        do {
            try PDFExtractor().extract(MemorySource(bytes), into: &facts, options: options)
        } catch let failure as ExtractionFailure {
            facts.problems.append(failure.problem)
        } catch {
            facts.add(.corrupt, DamageOutcome.unexpected + "\(error)")
        }
        return facts
    }
}

extension Array where Element == UInt8 {
    /// The first index of `word` at or after `from`.
    func firstIndex(of word: String, from: Int = 0) -> Int? {
        let w = Array(word.utf8)
        guard count >= w.count else { return nil }
        var i = Swift.max(0, from)
        while i + w.count <= count {
            if self[i] == w[0], Array(self[i..<i + w.count]) == w { return i }
            i += 1
        }
        return nil
    }

    /// The last index of `word`.
    func lastIndex(of word: String) -> Int? {
        let w = Array(word.utf8)
        guard count >= w.count else { return nil }
        var i = count - w.count
        while i >= 0 {
            if self[i] == w[0], Array(self[i..<i + w.count]) == w { return i }
            i -= 1
        }
        return nil
    }
}
