import Testing
import BuktiCore
@testable import BuktiFormats

@Suite struct FormatsTests {
    @Test func eachKindHasAtMostOneExtractor() {
        for kind in FileKind.allCases {
            #expect(Formats.extractors.filter { $0.kinds.contains(kind) }.count <= 1, "\(kind)")
        }
    }
}
