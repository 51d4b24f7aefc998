import BuktiCore
import Foundation
import Testing
@testable import BuktiFormats

/// Object references that loop, in a real LibreOffice PDF (lo.pdf) edited in place here with
/// same-length replacements, so the cross-reference offsets stay right and only the loop is new:
/// the reader finishes, bounded, and keeps what the rest of the file holds.
@Suite struct PDFReferenceLoopTests {
    /// lo.pdf with the first occurrence of `old` replaced by `new` (same length).
    static func lo(replacing old: String, with new: String) throws -> [UInt8] {
        #expect(old.utf8.count == new.utf8.count)
        var bytes = try PDFCoreFixtures.bytes("lo")
        let needle = Array(old.utf8)
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: needle) }, "\(old) not in lo.pdf")
        bytes.replaceSubrange(at..<(at + needle.count), with: Array(new.utf8))
        return bytes
    }

    /// Extracts with a generous deadline and says how long it took.
    static func timedExtract(_ bytes: [UInt8]) -> (FileFacts, Duration) {
        var options = ExtractionOptions()
        options.deadline = .after(seconds: 20)
        let start = ContinuousClock.now
        let facts = PDFCoreFixtures.extract(bytes, options: options)
        return (facts, ContinuousClock.now - start)
    }

    @Test func streamLengthReferringToItsOwnObjectIsScannedPast() throws {
        // Object 2 (page 1's content stream) says its /Length is object 2 itself.
        let damaged = try Self.lo(replacing: "2 0 obj\n<</Length 3 0 R", with: "2 0 obj\n<</Length 2 0 R")
        let (facts, time) = Self.timedExtract(damaged)
        let original = PDFCoreFixtures.extract(try PDFCoreFixtures.bytes("lo"))
        #expect(time < .seconds(10))
        #expect(!facts.has(.limitExceeded), "\(facts.problems)")
        #expect(facts.pages == Int(try PDFCoreFixtures.pdfinfo("lo")["Pages"] ?? ""))
        // The stream's end is found by scanning for `endstream`: page 1's text is still read.
        #expect(facts.text != nil && facts.text == original.text)
    }

    @Test func pageTreeListingItselfAmongItsKidsIsACycle() throws {
        // The Pages node (object 10) lists itself instead of the third page.
        let damaged = try Self.lo(replacing: "/Kids[ 1 0 R 4 0 R 7 0 R ]", with: "/Kids[ 1 0 R 4 0 R 10 0 R]")
        let (facts, time) = Self.timedExtract(damaged)
        #expect(time < .seconds(10))
        #expect(facts.problems.contains { $0.code == .corrupt && $0.message.contains("cycle") }, "\(facts.problems)")
        let document = try PDFCoreFixtures.document(damaged)
        #expect(document.pages(limit: 100).count == 2)
        #expect(facts.title == (try PDFCoreFixtures.pdfinfo("lo"))["Title"])
    }

    @Test func pageWhoseParentIsItselfIsHarmless() throws {
        // Page 1 (object 1) names itself as its parent; /Parent is never followed upwards.
        let damaged = try Self.lo(replacing: "/Type/Page/Parent 10 0 R", with: "/Type/Page/Parent  1 0 R")
        let (facts, time) = Self.timedExtract(damaged)
        #expect(time < .seconds(10))
        #expect(facts.pages == 3)
        #expect(!facts.has(.limitExceeded), "\(facts.problems)")
    }
}
