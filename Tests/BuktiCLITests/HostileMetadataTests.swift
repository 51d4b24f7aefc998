import Foundation
import Testing
import BuktiCore
import BuktiFormats

/// Strings from the evidence drive are hostile: a real PDF and a real JPEG whose metadata exiftool
/// set to markup, a formula and terminal control characters, in a folder and under a file name made
/// of markup, formula and control characters, go through `bukti inspect` and `bukti audit` with every
/// report; each output keeps the strings inert (escaped, neutralised or made visible) and still says them.
///
/// A PDF cannot carry ESC to bukti (PDFDocEncoding has no ESC, and in UTF-16 strings ESC pairs mark
/// language tags), so ESC comes from the JPEG's EXIF Model and the folder name; the PDF brings BEL and
/// the C1 CSI (U+009B), which PDFDocEncoding and UTF-16 do carry.
@Suite struct HostileMetadataTests {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let title = "Keputusan Bupati <script>alert(1)</script> \u{07}\u{9B}31m"
    static let author = "=HYPERLINK(\"http://evil.example\",\"klik\")"
    /// ESC [2J (clear the screen) and an OSC sequence setting the window title, ended by BEL.
    static let model = "\u{1B}[2J\u{1B}]0;pwned\u{07} <script>"
    /// Names cannot hold `/`, so their markup has no closing tags.
    static let innovation = "=HYPERLINK(\"evil.example\";\"klik\") <b>Inovasi & \"A\" 'B' \u{1B}[2J\u{9B}31m"
    static let fileName = "@SUM(1+1) SK <img src=x onerror=alert(2)> & \"x\" 'y'.pdf"
    static let photoName = "-foto <i>.jpg"

    /// A rule whose metadata signal quotes the whole title line into the report's reasons.
    static let rules = """
        {
          schema: 1, name: "Uji", assessmentYear: 2024, limits: { warnBytes: 2000000, maxBytes: 5000000 },
          layout: { depth: 1, ignore: [] }, predicates: [],
          documentTypes: [
            { id: "sk", label: { id: "SK", en: "SK" }, critical: true, kinds: ["pdf"], threshold: 4,
              signals: [{ metadata: "Keputusan Bupati.*", weight: 5 }], dateSources: [], checks: [] },
          ],
          indicators: [
            { id: "regulasi", number: 1, name: { id: "Regulasi", en: "Regulation" }, weight: 3, mandatory: true,
              uploadKinds: ["pdf"], levels: [{ level: 1, label: { id: "SK", en: "SK" }, requires: [{ types: ["sk"] }] }] },
          ],
        }
        """

    /// ROOT/<innovation>/<file name>: a LibreOffice PDF and a phone photo from Samples/, their
    /// metadata set by exiftool.
    final class Tree {
        let folder: TempFolder
        var root: String { folder.path + "/Root" }
        var innovation: String { root + "/" + HostileMetadataTests.innovation }
        var pdf: String { innovation + "/" + HostileMetadataTests.fileName }
        var photo: String { innovation + "/" + HostileMetadataTests.photoName }

        init() throws {
            folder = try TempFolder()
            try FileManager.default.createDirectory(atPath: innovation, withIntermediateDirectories: true)
            try make(pdf, from: "SIPANDU - Sistem Informasi Posyandu Terpadu/SK Bupati Penetapan Inovasi Daerah 2024.pdf",
                     ["-Title=\(HostileMetadataTests.title)", "-Author=\(HostileMetadataTests.author)"])
            try make(photo, from: "Pojok Baca Desa/Foto Pojok Baca Balai Desa.jpg", ["-Model=\(HostileMetadataTests.model)"])
            try folder.write("rules.json5", Array(HostileMetadataTests.rules.utf8))
        }

        /// Copies a sample under a plain name, lets exiftool write `tags`, then moves it to `path`.
        private func make(_ path: String, from sample: String, _ tags: [String]) throws {
            let work = folder.path + "/work"
            let url = HostileMetadataTests.package.appendingPathComponent("Samples/" + sample)
            try folder.write("work", Array(try Data(contentsOf: url)))
            let exiftool = Process()
            exiftool.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            exiftool.arguments = ["exiftool", "-q", "-overwrite_original"] + tags + [work]
            try exiftool.run()
            exiftool.waitUntilExit()
            #expect(exiftool.terminationStatus == 0)
            try FileManager.default.moveItem(atPath: work, toPath: path)
        }
    }

    /// Raw bytes of the C0/C1 controls that must never reach a terminal or a report.
    static func hasRawControls(_ data: Data) -> Bool {
        let bytes = Array(data)
        if bytes.contains(0x1B) || bytes.contains(0x07) { return true }
        // C1 controls in UTF-8 are C2 80 ... C2 9F.
        return zip(bytes, bytes.dropFirst()).contains { $0 == 0xC2 && (0x80...0x9F).contains($1) }
    }

    @Test func inspectTextShowsTheControlsAsVisibleEscapes() throws {
        let tree = try Tree()
        let json = try BuktiProcess.run(["inspect", "--format", "jsonl", tree.pdf, tree.photo])
        let records = try json.stdout.split(separator: 0x0A).map {
            try #require(try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any])
        }
        // The exact strings exiftool wrote are what bukti read (JSON carries them escaped).
        #expect(records.first?["title"] as? String == Self.title)
        #expect(records.first?["author"] as? String == Self.author)
        #expect((records.last?["camera"] as? String)?.contains(Self.model) == true, "\(records.last ?? [:])")

        let text = try BuktiProcess.run(["inspect", tree.pdf, tree.photo])
        #expect(text.status == 0)
        #expect(!Self.hasRawControls(text.stdout), "\(text.out)")
        #expect(text.out.contains("Keputusan Bupati <script>alert(1)</script> \\x07\\x9B31m"))
        #expect(text.out.contains("\\x1B[2J\\x1B]0;pwned\\x07 <script>"))
        #expect(text.out.contains("<b>Inovasi & \"A\" 'B' \\x1B[2J\\x9B31m/"))
        #expect(text.out.contains(Self.author))
    }

    @Test func everyAuditReportKeepsTheStringsInert() throws {
        let tree = try Tree()
        let out = tree.folder.path + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let result = try BuktiProcess.run([
            "audit", tree.root, "--rules", tree.folder.path + "/rules.json5",
            "--report", "html:\(out)/r.html", "--report", "xlsx:\(out)/r.xlsx", "--report", "csv:\(out)/r.csv",
            "--report", "text:-",
        ])
        #expect(result.status == 0, "\(result.err)")
        // Text at the terminal: no control character gets through; names are shown as they are.
        #expect(!Self.hasRawControls(result.stdout), "\(result.out)")
        #expect(result.out.contains("=HYPERLINK(\"evil.example\";\"klik\") <b>Inovasi & \"A\" 'B' \\x1B[2J\\x9B31m"))

        // HTML: the title quoted in the reasons and the names are escaped text, never markup.
        let htmlData = try Data(contentsOf: URL(fileURLWithPath: out + "/r.html"))
        let html = String(decoding: htmlData, as: UTF8.self)
        #expect(html.contains("metadata: Keputusan Bupati &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>alert") && !html.contains("<b>Inovasi") && !html.contains("<img src=x"))
        #expect(html.contains("&lt;b&gt;Inovasi &amp; &quot;A&quot; &#39;B&#39; \u{241B}[2J\u{FFFD}31m"))
        #expect(html.contains("SK &lt;img src=x onerror=alert(2)&gt; &amp; &quot;x&quot; &#39;y&#39;.pdf"))
        #expect(!Self.hasRawControls(htmlData))

        // CSV: the innovation cell starting with `=` gets a leading apostrophe (and RFC 4180 quoting).
        let csv = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out + "/r.csv")), as: UTF8.self)
        let quoted = "\"'" + Self.innovation.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        #expect(csv.contains("," + quoted + ","))
        #expect(!csv.contains(",=") && !csv.contains(",\"=") && !csv.contains("\n=") && !csv.contains(",@") && !csv.contains(",-"))

        // XLSX: names are XML-escaped text in string cells; no cell holds a formula.
        let archive = try ZipArchive(MemorySource(Array(try Data(contentsOf: URL(fileURLWithPath: out + "/r.xlsx")))))
        var xml = ""
        for entry in archive.entries() where entry.name.hasPrefix("xl/") && entry.name.hasSuffix(".xml") {
            xml += String(decoding: try archive.read(entry.name, limit: 16 << 20), as: UTF8.self)
        }
        #expect(xml.contains("&lt;b&gt;Inovasi &amp;"))
        #expect(xml.contains("SK &lt;img src=x onerror=alert(2)&gt; &amp;"))
        #expect(!xml.contains("<b>Inovasi") && !xml.contains("<img") && !xml.contains("<f>") && !xml.contains("<f "))
    }
}
