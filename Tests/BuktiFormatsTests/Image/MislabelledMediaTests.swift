import BuktiCore
import Testing
@testable import BuktiFormats

/// Every media reader given every other media fixture (a mislabelled or misidentified file): it must
/// end with a problem, never a crash, a hang or invented facts.
@Suite struct MislabelledMediaTests {
    static let kinds: [FileKind] = [.jpeg, .png, .tiff, .heic, .webp, .gif, .bmp, .mp4]

    @Test(arguments: kinds)
    func readerRejectsOtherFormats(kind: FileKind) throws {
        for name in MediaFixtures.names {
            let own = MediaFixtures.kind(name)
            // MP4 and MOV share one reader and one structure; HEIC is ISO BMFF too but has no moov.
            guard own != kind, !(kind == .mp4 && own == .mov) else { continue }
            let facts = MediaFixtures.extract(try MediaFixtures.bytes(name), as: kind)
            #expect(!facts.problems.isEmpty, "\(kind) reader on \(name)")
            #expect(facts.camera == nil && facts.width == nil, "\(kind) reader on \(name)")
        }
    }
}
