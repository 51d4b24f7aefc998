import Foundation
import Testing
import BuktiCore
@testable import BuktiFormats

/// bukti's PDF reader against poppler's `pdfinfo -isodates` on every PDF in Fixtures/pdf
/// (made from real software by Scripts/fixtures/pdf.sh; see Fixtures/pdf/MANIFEST.md).
@Suite struct PDFDifferentialTests {
    /// Disagreements accepted on purpose, keyed `"file field"`, each with its reason.
    ///
    /// Keep this empty unless a difference is truly justified (for example pdfinfo repairing a
    /// damaged file differently from bukti, with bukti's answer defensible). An entry that stops
    /// disagreeing fails the test, so the list never goes stale.
    static let knownDifferences: [String: String] = [
        // The Info dictionary has no ModDate (LibreOffice writes none); bukti fills gaps in Info from
        // XMP by design (PDFExtractor: "Info first, XMP filling the gaps"), pdfinfo reads Info only.
        "meta-xmp-disagrees.pdf modified": "bukti takes xmp:ModifyDate where Info has no ModDate",
    ]

    /// Files pdfinfo cannot open, with why; their own tests below say what bukti must do instead.
    static let unreadableByPoppler: [String: String] = [
        "qpdf-password-aes-256.pdf": "user password rahasia",
        "damaged-truncated-60.pdf": "no xref, trailer or catalog left",
    ]

    /// The text fields compared, with pdfinfo's name for each.
    static let textFields: [(name: String, poppler: String, value: @Sendable (FileFacts) -> String?)] = [
        ("title", "Title", { $0.title }),
        ("author", "Author", { $0.author }),
        ("subject", "Subject", { $0.subject }),
        ("keywords", "Keywords", { $0.keywords }),
        ("creator", "Creator", { $0.creator }),
        ("producer", "Producer", { $0.producer }),
    ]

    /// The date fields compared as moments, with pdfinfo's name for each.
    static let dateFields: [(name: String, poppler: String, value: @Sendable (FileFacts) -> String?)] = [
        ("created", "CreationDate", { $0.created }),
        ("modified", "ModDate", { $0.modified }),
    ]

    /// Table order of every compared field.
    static let fieldOrder = textFields.map(\.name) + dateFields.map(\.name) + ["pages", "encrypted"]

    /// One field of one file where the two sides differ.
    struct Disagreement: CustomStringConvertible {
        var file: String
        var field: String
        var poppler: String
        var bukti: String
        var key: String { "\(file) \(field)" }
        var description: String { "\(file) \(field): pdfinfo «\(poppler)» bukti «\(bukti)»" }
    }

    @Test func agreesWithPdfinfo() throws {
        guard Self.requirePdfinfo() else { return }
        let files = try Self.fixtures()
        var compared: [String: Int] = [:]
        var agreed: [String: Int] = [:]
        var disagreements: [Disagreement] = []
        for file in files {
            let name = file.lastPathComponent
            let reference = try PopplerInfo.run(file)
            guard reference.status == 0 else {
                if Self.unreadableByPoppler[name] == nil {
                    Issue.record("pdfinfo could not read \(name): \(reference.errors)")
                }
                continue
            }
            guard let facts = Self.inspect(file) else { return }
            for (field, poppler, bukti) in Self.comparisons(facts, reference) {
                compared[field, default: 0] += 1
                if let poppler {
                    disagreements.append(Disagreement(file: name, field: field, poppler: poppler, bukti: bukti))
                } else {
                    agreed[field, default: 0] += 1
                }
            }
        }
        let table = Self.fieldOrder.map { "\($0) \(agreed[$0, default: 0])/\(compared[$0, default: 0])" }
        print("PDF differential against pdfinfo, \(files.count) files: " + table.joined(separator: ", "))
        for disagreement in disagreements {
            let allowed = Self.knownDifferences[disagreement.key]
            print("  \(disagreement)" + (allowed.map { " (allowed: \($0))" } ?? ""))
            if allowed == nil { Issue.record("\(disagreement)") }
        }
        let disagreeing = Set(disagreements.map(\.key))
        for key in Self.knownDifferences.keys where !disagreeing.contains(key) {
            Issue.record("\(key) now agrees with pdfinfo: remove it from knownDifferences")
        }
    }

    @Test func passwordProtectedFileReportsPasswordRequired() throws {
        guard Self.requirePdfinfo() else { return }
        var checked = 0
        for file in try Self.fixtures() where try PopplerInfo.run(file).wantsPassword {
            guard let facts = Self.inspect(file) else { return }
            #expect(facts.has(.passwordRequired), "\(file.lastPathComponent): \(facts.problems)")
            #expect(facts.encrypted == true, "\(file.lastPathComponent)")
            checked += 1
        }
        #expect(checked >= 1, "no fixture needs a password; rerun Scripts/fixtures/pdf.sh")
    }

    @Test func truncatedFileRecordsAProblem() throws {
        guard let facts = Self.inspect(try Self.fixture("damaged-truncated-60.pdf")) else { return }
        #expect(facts.has(.truncated) || facts.has(.corrupt), "\(facts.problems)")
    }

    @Test(arguments: ["damaged-shifted-offsets.pdf", "damaged-bad-startxref.pdf"])
    func damagedCrossReferenceIsRepaired(name: String) throws {
        guard let facts = Self.inspect(try Self.fixture(name)) else { return }
        #expect(facts.has(.repaired), "\(name): \(facts.problems)")
    }

    @Test func scansAreScannedAndTextExportsAreNot() throws {
        let files = try Self.fixtures()
        let scans = files.filter { $0.lastPathComponent.hasPrefix("scan-") }
        let exports = files.filter { $0.lastPathComponent.hasPrefix("lo-") }
        #expect(scans.count == 2 && exports.count == 7, "fixture set changed; update this test")
        for file in scans {
            guard let facts = Self.inspect(file) else { return }
            #expect(facts.scanned == true, "\(file.lastPathComponent)")
        }
        for file in exports {
            guard let facts = Self.inspect(file) else { return }
            #expect(facts.scanned == false, "\(file.lastPathComponent)")
        }
    }

    /// The words pdf.sh writes into the SK (and pdftotext finds there).
    @Test func keputusanBupatiTextIsExtracted() throws {
        guard let facts = Self.inspect(try Self.fixture("lo-sk-bupati.pdf")) else { return }
        let text = facts.text ?? ""
        for phrase in ["KEPUTUSAN BUPATI", "TENTANG", "NOMOR 100.3.3.2/45/Bappeda/2024", "MEMUTUSKAN"] {
            #expect(text.contains(phrase), "SK text lacks \(phrase): \(text.prefix(300))")
        }
    }

    /// The XMP packet pdf.sh appends disagrees with Info: Info fills the main fields (checked against
    /// pdfinfo above), the packet's own values land in `xmp`.
    @Test func xmpIsKeptApartFromInfo() throws {
        guard let facts = Self.inspect(try Self.fixture("meta-xmp-disagrees.pdf")) else { return }
        #expect(facts.xmp?.title == "Judul XMP yang Berbeda")
        #expect(facts.xmp?.producer == "Produser XMP")
        #expect(facts.xmp?.creatorTool == "Aplikasi Lain 1.0")
        #expect(facts.title == "Nota Dinas Bagian Organisasi")
    }

    // MARK: - Helpers

    /// `(field, pdfinfo's value when it disagrees, bukti's value)` for every compared field.
    static func comparisons(_ facts: FileFacts, _ reference: PopplerInfo) -> [(String, String?, String)] {
        var out: [(String, String?, String)] = []
        for field in textFields {
            let theirs = reference.fields[field.poppler] ?? ""
            let mine = field.value(facts)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            out.append((field.name, mine == theirs ? nil : shown(theirs), shown(mine)))
        }
        for field in dateFields {
            let theirs = reference.fields[field.poppler]
            let mine = field.value(facts)
            let agree: Bool
            switch (theirs.flatMap(ISOMoment.init), mine.flatMap(ISOMoment.init)) {
            case let (reference?, bukti?): agree = bukti.agrees(withReference: reference)
            default: agree = (theirs ?? "") == (mine ?? "")  // pdfinfo prints dates it cannot parse raw
            }
            out.append((field.name, agree ? nil : shown(theirs ?? ""), shown(mine ?? "")))
        }
        let pages = reference.pages
        out.append(("pages", pages == facts.pages ? nil : "\(pages.map(String.init) ?? "none")",
                    "\(facts.pages.map(String.init) ?? "none")"))
        // An unencrypted file may leave `encrypted` unset; an encrypted one must say so.
        let encrypted = reference.encrypted ?? false
        out.append(("encrypted", encrypted == (facts.encrypted ?? false) ? nil : "\(encrypted)",
                    "\(facts.encrypted.map(String.init) ?? "unset")"))
        return out
    }

    static func shown(_ value: String) -> String { value.isEmpty ? "(none)" : value }

    /// Records an issue and returns false when pdfinfo is missing: the test needs it, CI installs it.
    static func requirePdfinfo() -> Bool {
        if PopplerInfo.isInstalled { return true }
        Issue.record("\(PopplerInfo.tool) not found: install poppler-utils (apt-get install poppler-utils)")
        return false
    }

    static func directory() throws -> URL {
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return fixtures.appendingPathComponent("pdf")
    }

    /// Every fixture PDF, sorted by name; fails when the corpus is missing or thin.
    static func fixtures() throws -> [URL] {
        let urls = try FileManager.default.contentsOfDirectory(at: directory(), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "pdf" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        try #require(urls.count >= 25, "Fixtures/pdf holds \(urls.count) PDFs; run Scripts/fixtures/pdf.sh")
        return urls
    }

    static func fixture(_ name: String) throws -> URL {
        let url = try directory().appendingPathComponent(name)
        try #require(FileManager.default.fileExists(atPath: url.path), "missing fixture \(name)")
        return url
    }

    /// Runs the registered PDF extractor on `url` as the inspect pipeline would; nil (with an issue
    /// recorded) when no PDF extractor is registered yet.
    static func inspect(_ url: URL) -> FileFacts? {
        guard let extractor = Formats.extractor(for: .pdf) else {
            Issue.record("no PDF extractor registered: Formats.extractor(for: .pdf) is nil")
            return nil
        }
        let path = FilePath(url.path)
        var facts = FileFacts(path: path, kind: .pdf)
        var options = ExtractionOptions()
        options.deadline = .after(seconds: 30)
        do {
            let source = try FileSource(path: path)
            try extractor.extract(source, into: &facts, options: options)
        } catch let failure as ExtractionFailure {
            facts.problems.append(failure.problem)
        } catch {
            facts.add(.unreadable, "\(error)")
        }
        return facts
    }
}
