import Foundation
import Testing

/// `--jobs`: files are read and classified on several threads, yet the output is the same bytes
/// whatever the number of jobs (results are placed in walk order), and a bad value stops the run.
@Suite struct JobsOptionTests {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func theAuditIsTheSameBytesWithOneJobOrMany() throws {
        var outputs: [String] = []
        for jobs in ["1", "2", "7"] {
            let run = try BuktiProcess.run(
                ["audit", "Samples", "--no-cache", "--no-history", "--format", "json", "--jobs", jobs, "--manifest", "Samples/manifest.csv"],
                in: Self.package)
            #expect(run.status == 1, "Samples has gaps by design; stderr: \(run.err)")
            outputs.append(run.out)
        }
        #expect(outputs[0].contains("\"innovations\""))
        #expect(outputs.allSatisfy { $0 == outputs[0] })
    }

    @Test func inspectRecordsArriveInWalkOrderWithManyJobs() throws {
        let one = try BuktiProcess.run(["inspect", "Samples", "--format", "jsonl", "--jobs", "1"], in: Self.package)
        let many = try BuktiProcess.run(["inspect", "Samples", "--format", "jsonl", "--jobs", "5"], in: Self.package)
        #expect(one.status == 0 && many.status == 0)
        #expect(one.out.split(separator: "\n").count > 40)
        #expect(one.out == many.out)
    }

    @Test(arguments: ["0", "-1", "many", "257"])
    func aBadJobCountIsAUsageError(_ value: String) throws {
        let run = try BuktiProcess.run(["audit", "Samples", "--jobs", value], in: Self.package)
        #expect(run.status == 2)
        #expect(run.err.contains("--jobs"))
    }
}
