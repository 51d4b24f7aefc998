import Foundation
import BuktiCore
@testable import BuktiFormats

/// The legacy Office fixtures made by Scripts/fixtures/legacy.sh, and helpers to read them.
enum OLE2Fixtures {
    static let directory: URL? = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?
        .appendingPathComponent("legacy")

    static func url(_ name: String) -> URL? { directory?.appendingPathComponent(name) }

    /// The bytes of fixture `name` (empty when missing, which the tests then report).
    static func bytes(_ name: String) -> [UInt8] {
        guard let url = url(name), let data = try? Data(contentsOf: url) else { return [] }
        return [UInt8](data)
    }

    /// Lines of a text file the script wrote beside the fixtures.
    static func lines(_ name: String) -> [String] {
        guard let url = url(name), let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// Runs the OLE2 extractor over `bytes` the way the inspector does: a thrown failure becomes
    /// a problem and the facts gathered so far are kept.
    static func extract(_ bytes: [UInt8], kind: FileKind, options: ExtractionOptions = ExtractionOptions()) -> FileFacts {
        var facts = FileFacts(path: FilePath("fixture"), kind: kind)
        do {
            try OLE2Extractor().extract(MemorySource(bytes), into: &facts, options: options)
        } catch let failure as ExtractionFailure {
            facts.problems.append(failure.problem)
        } catch {
            facts.add(.corrupt, DamageOutcome.unexpected + "\(error)")
        }
        return facts
    }
}
