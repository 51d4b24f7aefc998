import Foundation
import Testing
@testable import BuktiCore

/// Builds small rule sets inline, so each test states exactly the signals it exercises.
enum TestRules {
    /// A document type as rule-file JSON.
    static func type(_ id: String, kinds: [String] = ["pdf", "docx"], threshold: Double = 3,
                     dates: [String] = [], _ signals: String...) -> String {
        """
        {"id": "\(id)", "label": {"id": "\(id) (id)", "en": "\(id) (en)"}, "critical": false,
         "kinds": [\(kinds.map { "\"\($0)\"" }.joined(separator: ","))], "threshold": \(threshold),
         "signals": [\(signals.joined(separator: ","))],
         "dateSources": [\(dates.map { "\"\($0)\"" }.joined(separator: ","))], "checks": []}
        """
    }

    /// A loaded rule set holding `types`.
    static func ruleSet(_ types: String..., year: Int = 2024) throws -> CompiledRuleSet {
        let json = """
            {"schema": 1, "name": "test", "assessmentYear": \(year),
             "limits": {"warnBytes": 1000, "maxBytes": 2000}, "layout": {"depth": 1, "ignore": []},
             "predicates": [], "documentTypes": [\(types.joined(separator: ","))], "indicators": []}
            """
        return try RuleFileLoader.load(text: json, sourceName: "test.json5").0
    }

    static func classifier(_ types: String..., year: Int = 2024) throws -> Classifier {
        let json = types.joined(separator: ",")
        return Classifier(rules: try ruleSet(json, year: year))
    }
}

/// A file's facts for a test.
func facts(_ name: String, _ kind: FileKind = .pdf, text: String? = nil) -> FileFacts {
    var facts = FileFacts(path: FilePath("Inovasi/" + name), kind: kind)
    facts.text = text
    return facts
}

@Suite struct ClassifierTests {
    @Test func nameSignalFiresOnNamesWithAnySeparatorAndNotOnOthers() throws {
        let classifier = try TestRules.classifier(TestRules.type("sk", threshold: 2,
            #"{"name": "\\bSK[ _.-]+Bupati", "weight": 2}"#))
        for name in ["SK_Bupati_2024.pdf", "sk-bupati.pdf", "Scan SK.Bupati.pdf", "SK  Bupati.pdf"] {
            let result = classifier.classify(facts(name), folders: "")
            #expect(result.matches.map(\.type) == ["sk"], "\(name)")
            #expect(result.matches.first?.signals.first?.on == .name)
        }
        for name in ["ASK Bupati.pdf", "SKBupati.pdf", "Bupati SK.pdf"] {
            #expect(classifier.classify(facts(name), folders: "").matches.isEmpty, "\(name)")
        }
    }

    @Test func folderSignalLooksOnlyAtTheFoldersBetweenInnovationAndFile() throws {
        let classifier = try TestRules.classifier(TestRules.type("photo", kinds: ["jpeg"], threshold: 1,
            #"{"folder": "dokumentasi|foto", "weight": 1}"#))
        let photo = facts("IMG_0001.jpg", .jpeg)
        let hit = try #require(classifier.classify(photo, folders: "3. Sosialisasi/Dokumentasi").matches.first?.signals.first)
        #expect(hit.on == .folder)
        #expect(hit.matched == "Dokumentasi")
        #expect(classifier.classify(photo, folders: "3. Sosialisasi").matches.isEmpty)
        // The innovation folder's own name is not part of `folders`.
        #expect(classifier.classify(facts("Foto Kegiatan/IMG_0001.jpg", .jpeg), folders: "").matches.isEmpty)
    }

    @Test func metadataSignalSearchesTitleSubjectAndKeywords() throws {
        let classifier = try TestRules.classifier(TestRules.type("sop", threshold: 2,
            #"{"metadata": "standar operasional prosedur", "weight": 2}"#))
        for field in [\FileFacts.title, \FileFacts.subject, \FileFacts.keywords] {
            var file = facts("dokumen.pdf")
            file[keyPath: field] = "Standar Operasional Prosedur Pelayanan"
            let hit = try #require(classifier.classify(file, folders: "").matches.first?.signals.first)
            #expect(hit.on == .metadata)
            #expect(hit.matched == "Standar Operasional Prosedur")
        }
        var other = facts("dokumen.pdf")
        other.title = "Laporan Kegiatan"
        other.author = "Standar Operasional Prosedur"
        #expect(classifier.classify(other, folders: "").matches.isEmpty)
    }

    /// A decision's first page: kop surat, then the heading; a letter that cites the same words in its body.
    static let decision = """
        PEMERINTAH KABUPATEN CONTOH
        BADAN PERENCANAAN PEMBANGUNAN DAERAH
        Jalan Merdeka No. 1 Contoh

        KEPUTUSAN   BUPATI CONTOH
        NOMOR 100.3.3.2/45/Bappeda/2024
        TENTANG PENETAPAN INOVASI DAERAH
        """
    static let letter = """
        PEMERINTAH KABUPATEN CONTOH
        Nomor: 005/12/Bappeda/2024
        Perihal: Undangan
        Yth. Kepala Perangkat Daerah di Contoh. Dengan hormat, sehubungan dengan penyusunan laporan inovasi
        daerah tahun ini, kami mengundang Saudara untuk rapat koordinasi. Bahan rapat adalah salinan
        Keputusan Bupati Contoh tentang penetapan inovasi daerah yang telah kami kirimkan sebelumnya.
        """

    static let headingType = TestRules.type("sk", threshold: 4,
        #"{"text": "KEPUTUSAN\\s+BUPATI\\s+\\w+", "within": 120, "weight": 4, "why": {"id": "judul di atas", "en": "heading near the top"}}"#)

    @Test func aHeadingNearTheTopCountsAndTheSameWordsInTheBodyDoNot() throws {
        let classifier = try TestRules.classifier(Self.headingType)
        let hit = try #require(classifier.classify(facts("a.pdf", text: Self.decision), folders: "").matches.first?.signals.first)
        #expect(hit.on == .text)
        // Whitespace runs collapse: the kop surat is 3 lines = 96 characters once collapsed.
        let kop = "PEMERINTAH KABUPATEN CONTOH BADAN PERENCANAAN PEMBANGUNAN DAERAH Jalan Merdeka No. 1 Contoh "
        #expect(hit.offset == kop.utf16.count)
        #expect(hit.matched == "KEPUTUSAN BUPATI CONTOH")
        let letter = classifier.classify(facts("b.pdf", text: Self.letter), folders: "")
        #expect(letter.matches.isEmpty)
        #expect(letter.nearMisses.isEmpty)
    }

    @Test func withoutWithinTheBodyCountsToo() throws {
        let classifier = try TestRules.classifier(TestRules.type("mention", threshold: 1,
            #"{"text": "keputusan bupati", "weight": 1}"#))
        let hit = try #require(classifier.classify(facts("b.pdf", text: Self.letter), folders: "").matches.first?.signals.first)
        #expect((hit.offset ?? 0) > 120)
    }

    @Test func onlyTheFirstPageWithTextIsSearched() throws {
        let classifier = try TestRules.classifier(TestRules.type("sk", threshold: 1, #"{"text": "keputusan", "weight": 1}"#))
        #expect(classifier.classify(facts("a.pdf", text: "LAPORAN\u{0C}KEPUTUSAN BUPATI"), folders: "").matches.isEmpty)
        // A blank first page (a scanned cover) is skipped.
        let hit = classifier.classify(facts("a.pdf", text: " \n\u{0C}KEPUTUSAN BUPATI"), folders: "").matches.first?.signals.first
        #expect(hit?.offset == 0)
    }

    @Test func wordProcessorPageBreaksDoNotEndTheFirstPage() throws {
        let classifier = try TestRules.classifier(TestRules.type("sk", kinds: ["pdf", "docx", "doc"], threshold: 1, #"{"text": "keputusan", "within": 50, "weight": 1}"#))
        let text = "KOP SURAT\u{0C}KEPUTUSAN BUPATI"
        #expect(classifier.classify(facts("a.docx", .docx, text: text), folders: "").matches.first?.signals.first?.offset == 10)
        #expect(classifier.classify(facts("a.doc", .doc, text: text), folders: "").matches.count == 1)
        #expect(classifier.classify(facts("a.pdf", .pdf, text: text), folders: "").matches.isEmpty)
    }

    @Test func textSignalsSearchNoFurtherThanTheCap() throws {
        let classifier = try TestRules.classifier(TestRules.type("sk", threshold: 1, #"{"text": "keputusan", "weight": 1}"#))
        let filler = String(repeating: "x", count: Classifier.textSearchLimit - 20) + " "
        let early = classifier.classify(facts("a.pdf", text: filler + "KEPUTUSAN"), folders: "")
        #expect(early.matches.first?.signals.first?.offset == filler.count)
        let late = classifier.classify(facts("a.pdf", text: filler + String(repeating: "y", count: 40) + " KEPUTUSAN"), folders: "")
        #expect(late.matches.isEmpty)
    }

    @Test func factSignalsFireOnTheirFactsOnly() throws {
        let signals = ["camera", "screenshot", "scanned", "video", "image", "gps"]
        let typeList = signals.map { TestRules.type($0, kinds: ["jpeg", "png", "mp4", "mov", "pdf"], threshold: 1, "{\"fact\": \"\($0)\", \"weight\": 1}") }
        let classifier = Classifier(rules: try TestRules.ruleSet(typeList.joined(separator: ",")))
        func types(_ file: FileFacts) -> Set<String> { Set(classifier.classify(file, folders: "").matches.map(\.type)) }

        var photo = facts("a.jpg", .jpeg)
        #expect(types(photo) == ["image"])
        photo.camera = "Canon EOS 80D"
        #expect(types(photo) == ["image", "camera"])
        var located = facts("b.jpg", .jpeg)
        located.gps = GPSPosition(lat: -6.2, lon: 106.8)
        #expect(types(located) == ["image", "camera", "gps"])
        var screen = facts("c.png", .png)
        screen.screenshot = true
        #expect(types(screen) == ["image", "screenshot"])
        var scan = facts("d.pdf", .pdf)
        scan.scanned = true
        #expect(types(scan) == ["scanned"])
        scan.scanned = false
        scan.camera = "Canon"  // a camera name on a PDF is not a photo
        #expect(types(scan).isEmpty)
        #expect(types(facts("e.mp4", .mp4)) == ["video"])
        #expect(types(facts("f.mov", .mov)) == ["video"])
    }

    @Test func kindsOutsideTheTypeNeverMatch() throws {
        let classifier = try TestRules.classifier(TestRules.type("sk", kinds: ["pdf"], threshold: 1, #"{"name": "sk", "weight": 5}"#))
        let result = classifier.classify(facts("SK.jpg", .jpeg), folders: "")
        #expect(result.matches.isEmpty && result.nearMisses.isEmpty)
    }

    @Test func negativeWeightsCountAgainstAType() throws {
        let classifier = try TestRules.classifier(TestRules.type("sk", threshold: 3,
            #"{"name": "\\bSK\\b", "weight": 3}"#, #"{"name": "draft|konsep", "weight": -2}"#))
        #expect(classifier.classify(facts("SK Tim.pdf"), folders: "").matches.map(\.score) == [3])
        let draft = classifier.classify(facts("SK Tim konsep.pdf"), folders: "")
        #expect(draft.matches.isEmpty)
        #expect(draft.nearMisses.map(\.score) == [1])
        #expect(draft.nearMisses.first?.signals.map(\.weight) == [3, -2])
        // Only negative evidence: not even a near miss.
        #expect(classifier.classify(facts("konsep.pdf"), folders: "").nearMisses.isEmpty)
    }

    @Test func eachSignalCountsOnceHoweverOftenItMatches() throws {
        let classifier = try TestRules.classifier(TestRules.type("sk", threshold: 2, #"{"text": "keputusan", "weight": 1}"#))
        let result = classifier.classify(facts("a.pdf", text: "KEPUTUSAN KEPUTUSAN KEPUTUSAN"), folders: "")
        #expect(result.matches.isEmpty)
        #expect(result.nearMisses.first?.score == 1)
    }

    @Test func thresholdIsInclusiveAndMatchesAreBestFirstWithTiesInRuleFileOrder() throws {
        let classifier = try TestRules.classifier(
            TestRules.type("first", threshold: 2, #"{"name": "inovasi", "weight": 2}"#),
            TestRules.type("second", threshold: 2, #"{"name": "inovasi", "weight": 2}"#),
            TestRules.type("best", threshold: 2, #"{"name": "inovasi", "weight": 2}"#, #"{"name": "sk", "weight": 1}"#),
            TestRules.type("near", threshold: 5, #"{"name": "inovasi", "weight": 2}"#),
            TestRules.type("nearer", threshold: 5, #"{"name": "inovasi", "weight": 4}"#))
        let result = classifier.classify(facts("SK Inovasi.pdf"), folders: "")
        #expect(result.matches.map(\.type) == ["best", "first", "second"])
        #expect(result.matches.map(\.score) == [3, 2, 2])
        #expect(result.nearMisses.map(\.type) == ["nearer", "near"])
        #expect(result.nearMisses.first?.threshold == 5)
    }

    @Test func matchedTextIsTrimmedToOneReadableLine() throws {
        let classifier = try TestRules.classifier(TestRules.type("long", threshold: 1, #"{"text": "tentang.*", "weight": 1}"#))
        let text = "TENTANG\n" + String(repeating: "PENETAPAN INOVASI ", count: 20)
        let hit = try #require(classifier.classify(facts("a.pdf", text: text), folders: "").matches.first?.signals.first)
        #expect(hit.matched.count == SignalMatcher.matchedLength)
        #expect(hit.matched.hasPrefix("TENTANG PENETAPAN INOVASI"))
        #expect(hit.matched.hasSuffix("…"))
    }

    @Test func matchesCarryTheirDate() throws {
        let classifier = try TestRules.classifier(TestRules.type("sk", threshold: 4, dates: ["numberYear", "metadata"],
            #"{"text": "KEPUTUSAN\\s+BUPATI", "within": 120, "weight": 4}"#))
        let date = classifier.classify(facts("a.pdf", text: Self.decision), folders: "").matches.first?.date
        #expect(date == DocumentDate(year: 2024, source: .numberYear, evidence: "NOMOR 100.3.3.2/45/Bappeda/2024"))
    }

}
