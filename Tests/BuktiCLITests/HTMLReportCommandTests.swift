import Foundation
import Testing

/// `bukti audit --report html:FILE` end to end: the page links every file by a path relative to
/// where it was saved, and those links open the real files of Samples/.
@Suite struct HTMLReportCommandTests {
    @Test func linksResolveFromWhereTheReportIsSaved() throws {
        let out = try TempFolder()
        let page = out.url.appendingPathComponent("rapat/laporan.html")
        try FileManager.default.createDirectory(at: page.deletingLastPathComponent(), withIntermediateDirectories: true)
        let run = try BuktiProcess.run(["audit", ReportOptionsTests.samples, "--report", "html:\(page.path)"])
        #expect(run.status == 1, "Samples has incomplete innovations: \(run.err)")
        let html = try String(contentsOf: page, encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: "href=\"([^\"#][^\"]*)\"")
        let links = pattern.matches(in: html, range: NSRange(html.startIndex..., in: html))
            .compactMap { Range($0.range(at: 1), in: html).map { String(html[$0]) } }
        #expect(links.count > 40)
        for link in links {
            #expect(!link.hasPrefix("/") && !link.contains(":"), "\(link)")
            let target = page.deletingLastPathComponent().appendingPathComponent(try #require(link.removingPercentEncoding))
            #expect(FileManager.default.fileExists(atPath: target.standardizedFileURL.path), "\(link)")
        }
    }
}
