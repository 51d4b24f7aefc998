import Foundation
import Testing

/// `--fail-on`: the exit status of each policy on the same trees.
@Suite struct FailPolicyTests {
    typealias Tree = HistoryCommandTests.Tree

    @Test func missingFailsOnAGapAndNeverDoesNot() throws {
        let tree = try Tree([HistoryCommandTests.sipandu])
        try tree.remove(HistoryCommandTests.sop)
        #expect(try tree.audit([]).status == 1)  // the default is missing
        #expect(try tree.audit(["--fail-on", "missing"]).status == 1)
        #expect(try tree.audit(["--fail-on", "never"]).status == 0)
        #expect(try tree.audit(["--fail-on", "sometimes"]).status == 2)
    }

    @Test func newMissingIsQuietWhenNothingRegressedAndFailsOnANewGap() throws {
        let tree = try Tree([HistoryCommandTests.sipandu, "Pojok Baca Desa"])  // Pojok Baca Desa lacks its SK
        #expect(try tree.audit(["--fail-on", "new-missing"]).status == 1)  // no earlier run: like missing
        #expect(try tree.audit(["--fail-on", "new-missing"]).status == 0)  // same gap as last night
        #expect(try tree.audit(["--fail-on", "new-missing", "--compare", "last"]).status == 0)
        try tree.remove(HistoryCommandTests.sop)
        #expect(try tree.audit(["--fail-on", "new-missing"]).status == 1)  // the SOP went missing
        #expect(try tree.audit(["--fail-on", "new-missing"]).status == 0)  // and stayed missing
    }

    @Test func problemsAlsoFailsOnAFileWithProblems() throws {
        let tree = try Tree([HistoryCommandTests.sipandu])
        #expect(try tree.audit(["--fail-on", "problems"]).status == 0)
        let pdf = try Data(contentsOf: URL(fileURLWithPath: tree.root + "/" + HistoryCommandTests.sop))
        try pdf.prefix(pdf.count / 3).write(to: URL(fileURLWithPath: tree.root + "/\(HistoryCommandTests.sipandu)/Lampiran rusak.pdf"))
        #expect(try tree.audit(["--fail-on", "missing"]).status == 0)
        #expect(try tree.audit(["--fail-on", "problems"]).status == 1)
    }
}
