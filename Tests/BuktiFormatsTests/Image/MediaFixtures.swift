import BuktiCore
import Foundation
@testable import BuktiFormats

/// Access to the media fixtures made by Scripts/fixtures/media.sh, and extraction the way the pipeline does it.
enum MediaFixtures {
    /// The kind each fixture extension stands for (identification is not under test here).
    static let kinds: [String: FileKind] = [
        "jpg": .jpeg, "png": .png, "tif": .tiff, "webp": .webp, "gif": .gif, "bmp": .bmp, "heic": .heic,
        "avif": .heic, "mp4": .mp4, "mov": .mov,
    ]

    static var directory: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("media")
    }

    /// Every fixture file name, sorted.
    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }

    static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    static func bytes(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: url(name))) }

    static func kind(_ name: String) -> FileKind { kinds[(name as NSString).pathExtension.lowercased()] ?? .unknown }

    /// Extracts `source` as `kind`, recording a thrown failure as a problem the way the inspector does.
    static func extract(_ source: any ByteSource, as kind: FileKind, options: ExtractionOptions = .init()) -> FileFacts {
        var facts = FileFacts(path: FilePath("fixture"), kind: kind)
        guard let extractor = Formats.extractor(for: kind) else {
            facts.add(.unsupported, "no extractor")
            return facts
        }
        do {
            try extractor.extract(source, into: &facts, options: options)
        } catch let failure as ExtractionFailure {
            facts.problems.append(failure.problem)
        } catch {
            facts.add(.unreadable, DamageOutcome.unexpected + "\(error)")
        }
        return facts
    }

    /// Extracts the fixture `name` from the file (FileSource, as the pipeline reads it).
    static func extract(_ name: String) throws -> FileFacts {
        let source = try FileSource(path: FilePath(url(name).path))
        return extract(source, as: kind(name))
    }

    /// Extracts bytes (a damaged copy of a fixture) as `kind`.
    static func extract(_ bytes: [UInt8], as kind: FileKind) -> FileFacts {
        extract(MemorySource(bytes), as: kind)
    }
}

/// Small edits on fixture bytes for building damaged variants in tests.
extension Array where Element == UInt8 {
    /// The offset of the first occurrence of `pattern` at or after `start`.
    func offset(of pattern: [UInt8], from start: Int = 0) -> Int? {
        guard pattern.count <= count else { return nil }
        return (start...(count - pattern.count)).first { Array(self[$0..<$0 + pattern.count]) == pattern }
    }

    func offset(of text: String, from start: Int = 0) -> Int? { offset(of: Array(text.utf8), from: start) }

    /// Overwrites an unsigned integer of `width` bytes at `at`.
    mutating func put(_ value: UInt64, at: Int, width: Int, bigEndian: Bool = true) {
        for i in 0..<width {
            let shift = UInt64(8 * (bigEndian ? width - 1 - i : i))
            self[at + i] = UInt8(truncatingIfNeeded: value >> shift)
        }
    }

    /// Reads an unsigned integer of `width` bytes at `at`.
    func get(at: Int, width: Int, bigEndian: Bool = true) -> UInt64 {
        (0..<width).reduce(0) { value, i in
            let byte = UInt64(self[at + (bigEndian ? i : width - 1 - i)])
            return value | byte << UInt64(8 * (width - 1 - i))
        }
    }
}
