import Foundation
import Testing
import BuktiCore
@testable import BuktiReports

@Suite struct HTMLEscapingTests {
    static let hostile = "<script>alert(1)</script>"

    /// The golden audit with a hostile folder, OPD, file names and messages in its first innovation.
    func hostileAudit() throws -> AuditReport {
        var audit = try HTMLTestSupport.goldenAudit()
        var innovation = audit.innovations[0]
        let folder = "Samples/" + Self.hostile
        innovation.name = Self.hostile
        innovation.path = folder
        innovation.opd = "\"><img src=x onerror=alert(2)>"
        innovation.tahapan = "' onmouseover='alert(3)"
        innovation.files[0].path = folder + "/a&b \"q\" <i>.pdf"
        innovation.files[1].path = "http://evil.example/x.pdf"
        innovation.problems.append(AuditProblem(check: "corrupt", "<b>bold</b> & \u{1B}[31mred"))
        innovation.indicators[0].evidence = [folder + "/javascript:alert(4).pdf"]
        audit.innovations[0] = innovation
        audit.unassigned.append("Samples/<svg onload=alert(5)>.txt")
        return audit
    }

    @Test func hostileNamesStayText() throws {
        let html = try HTMLTestSupport.render(HTMLTestSupport.input(hostileAudit()))
        #expect(html.components(separatedBy: "<script").count == 2)  // only the report's own script
        #expect(!html.contains("<img") && !html.contains("<svg onload") && !html.contains("<b>") && !html.contains("<i>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("data-opd=\"&quot;&gt;&lt;img src=x onerror=alert(2)&gt;\""))
        #expect(html.contains("&#39; onmouseover=&#39;alert(3)"))
        #expect(html.contains("a&amp;b &quot;q&quot; &lt;i&gt;.pdf</a>"))
        #expect(!html.contains("\u{1B}"))
        #expect(html.contains("\u{241B}[31mred"))
    }

    @Test func noExternalOrScriptURLs() throws {
        for audit in [try HTMLTestSupport.goldenAudit(), try hostileAudit()] {
            let html = try HTMLTestSupport.render(HTMLTestSupport.input(audit, outputDirectory: nil))
            #expect(HTMLTestSupport.attributeValues("src", in: html).isEmpty)
            for href in HTMLTestSupport.attributeValues("href", in: html) {
                // A link is a fragment or a relative path: no scheme can survive percent-encoding.
                #expect(href.hasPrefix("#") || !href.contains(":"), "\(href)")
                #expect(!href.hasPrefix("//"), "\(href)")
            }
            #expect(html.contains("http%3A//evil.example/x.pdf") || audit.innovations[0].files[1].path != "http://evil.example/x.pdf")
            #expect(!html.contains("@import") && !html.contains("url(http"))
        }
    }

    @Test func scriptNeverWritesMarkup() {
        #expect(!HTMLFilters.script.contains("innerHTML"))
        #expect(!HTMLFilters.script.contains("outerHTML"))
        #expect(!HTMLFilters.script.contains("insertAdjacentHTML"))
        #expect(!HTMLFilters.script.contains("document.write"))
        #expect(!HTMLFilters.script.contains("fetch(") && !HTMLFilters.script.contains("XMLHttpRequest"))
    }

    @Test func escapesEveryMarkupCharacter() {
        #expect(HTMLEscaping.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
        #expect(HTMLEscaping.escape("tab\there\u{0}") == "tab\there\u{2400}")
        #expect(HTMLEscaping.escape("Dinas Pendidikan – ✓") == "Dinas Pendidikan – ✓")
    }

    @Test func hrefSegmentsArePercentEncoded() {
        #expect(HTMLEscaping.href(relativePath: "../Samples/SK #1 (scan).pdf") == "../Samples/SK%20%231%20%28scan%29.pdf")
        #expect(HTMLEscaping.href(relativePath: "Sekolah/Ramah Anak é.pdf") == "Sekolah/Ramah%20Anak%20%C3%A9.pdf")
        #expect(HTMLEscaping.href(relativePath: "javascript:alert(1)") == "javascript%3Aalert%281%29")
    }

    @Test func relativePathsBetweenDirectories() {
        #expect(ReportLinks.relativePath(from: "/srv/drive/laporan", to: "/srv/drive/Bukti/SK.pdf") == "../Bukti/SK.pdf")
        #expect(ReportLinks.relativePath(from: "/srv/drive", to: "/srv/drive/Bukti/SK.pdf") == "Bukti/SK.pdf")
        #expect(ReportLinks.relativePath(from: "/a/b/c", to: "/x/y.pdf") == "../../../x/y.pdf")
        let links = ReportLinks(auditRoot: "./Bukti/", auditRootDirectory: "/srv/drive/Bukti", outputDirectory: "/srv/drive/laporan/2024")
        #expect(links.relative("Bukti/Inovasi A/SK.pdf") == "../../Bukti/Inovasi A/SK.pdf")
        #expect(links.relative("/elsewhere/x.pdf") == "../../../../elsewhere/x.pdf")
        // Directories not known as absolute paths: the audit's own path, never a wrong guess.
        let relativeOutput = ReportLinks(auditRoot: "Bukti", auditRootDirectory: "/srv/drive/Bukti", outputDirectory: "laporan")
        #expect(relativeOutput.relative("Bukti/A/SK.pdf") == "Bukti/A/SK.pdf")
        let outsideRoot = ReportLinks(auditRoot: "Bukti", auditRootDirectory: "/srv/drive/Bukti", outputDirectory: "/srv/drive")
        #expect(outsideRoot.relative("Lain/SK.pdf") == "Lain/SK.pdf")
    }
}
