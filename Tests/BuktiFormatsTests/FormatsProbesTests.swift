import Testing
import BuktiCore
@testable import BuktiFormats

@Suite struct FormatsProbesTests {
    /// The inspector asks the first probe for a container; a second one would silently never run.
    @Test func eachContainerHasAtMostOneProbe() {
        for container in Container.allCases {
            #expect(Formats.probes.filter { $0.container == container }.count <= 1, "\(container)")
        }
    }
}
