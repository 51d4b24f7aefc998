import BuktiCore
import Foundation
@testable import BuktiFormats

/// Locates the office fixtures made by Scripts/fixtures/office.sh and runs readers over them.
enum OfficeFixtures {
    static let directory: URL = {
        guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("test bundle has no Fixtures folder")
        }
        return root.appendingPathComponent("office")
    }()

    static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    static func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: url(name))) }

    static func source(_ name: String) throws -> MemorySource { MemorySource(try bytes(name)) }

    /// Runs the registered extractor for `kind` over `bytes`, as the inspector would: an
    /// `ExtractionFailure` becomes a problem and the fields set before it are kept.
    static func extract(
        _ bytes: [UInt8], kind: FileKind, options: ExtractionOptions = ExtractionOptions()
    ) -> FileFacts {
        var facts = FileFacts(path: FilePath("fixture"), kind: kind)
        guard let extractor = Formats.extractor(for: kind) else { return facts }
        do {
            try extractor.extract(MemorySource(bytes), into: &facts, options: options)
        } catch let failure as ExtractionFailure {
            facts.problems.append(failure.problem)
        } catch {
            facts.add(.corrupt, DamageOutcome.unexpected + "\(error)")
        }
        return facts
    }

    static func extract(_ name: String, kind: FileKind, options: ExtractionOptions = ExtractionOptions()) throws
        -> FileFacts
    {
        extract(try bytes(name), kind: kind, options: options)
    }
}
