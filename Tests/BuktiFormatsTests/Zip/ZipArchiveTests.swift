import BuktiCore
import Testing
@testable import BuktiFormats

@Suite struct ZipArchiveTests {
    @Test func listsTheMembersOfARealDocx() throws {
        let archive = try ZipArchive(try OfficeFixtures.source("sop.docx"))
        let names = archive.entries().map(\.name)
        for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "docProps/core.xml", "word/header1.xml"] {
            #expect(names.contains(part), "\(part)")
        }
        #expect(archive.count == names.count)
        #expect(archive.entry(named: "word/nothing.xml") == nil)
    }

    @Test func readsAMemberInflated() throws {
        let archive = try ZipArchive(try OfficeFixtures.source("sop.docx"))
        let entry = try #require(archive.entry(named: "docProps/core.xml"))
        let core = try archive.read("docProps/core.xml", limit: 1 << 20)
        #expect(core.count == entry.size)
        #expect(String(decoding: core, as: UTF8.self).contains("SOP Pelayanan Inovasi"))
    }

    @Test func readsOnlyTheRangesItNeeds() throws {
        let bomb = try OfficeFixtures.bytes("bomb.zip")
        let source = CountingSource(bomb)
        let archive = try ZipArchive(source)
        #expect(archive.entry(named: "zeros.bin")?.size == 100 << 20)
        // libzip looks for the end record in the last 64 KiB, then reads the central directory;
        // the 100 KB of deflated member data is not read.
        #expect(source.bytesRead < (64 << 10) + 4096)
    }

    @Test func declaredSizeOverTheCapIsRefusedBeforeInflating() throws {
        let archive = try ZipArchive(try OfficeFixtures.source("bomb.zip"))
        #expect(throws: ExtractionFailure.self) { try archive.read("zeros.bin", limit: 64 << 20) }
        do {
            _ = try archive.read("zeros.bin", limit: 64 << 20)
        } catch {
            #expect(error.problem.code == .limitExceeded)
            #expect(error.problem.message.contains("zeros.bin"))
        }
    }

    @Test func bombThatLiesAboutItsSizeStopsAtTheCap() throws {
        var bomb = try OfficeFixtures.bytes("bomb.zip")
        #expect(ZipTestBytes.declareSize(1000, of: "zeros.bin", in: &bomb))
        let archive = try ZipArchive(MemorySource(bomb))
        #expect(archive.entry(named: "zeros.bin")?.size == 1000)
        do {
            let bytes = try archive.read("zeros.bin", limit: 1 << 20)
            // libzip may stop at the declared size; then it must not have inflated past it.
            #expect(bytes.count <= 1000)
        } catch {
            #expect([.limitExceeded, .corrupt].contains(error.problem.code), "\(error.problem)")
        }
    }

    @Test func archiveCutInHalfIsTruncated() throws {
        let docx = try OfficeFixtures.bytes("sop.docx")
        do {
            _ = try ZipArchive(MemorySource(Array(docx.prefix(docx.count / 2))))
            Issue.record("opened a truncated archive")
        } catch {
            #expect(error.problem.code == .truncated)
            #expect(error.problem.message.contains("not a zip archive"))
        }
    }

    @Test func damagedCentralDirectoryOffsetIsCorrupt() throws {
        var docx = try OfficeFixtures.bytes("sop.docx")
        let end = try #require(ZipTestBytes.endRecord(docx))
        ZipTestBytes.put32(&docx, end + 16, docx.count * 3)
        do {
            _ = try ZipArchive(MemorySource(docx))
            Issue.record("opened an archive with a bad central directory offset")
        } catch {
            #expect(error.problem.code == .corrupt)
            #expect(error.problem.message.hasPrefix("zip central directory cannot be read: "))
        }
    }

    @Test func overwrittenEndRecordIsCorruptNotTruncated() throws {
        var docx = try OfficeFixtures.bytes("sop.docx")
        let end = try #require(ZipTestBytes.endRecord(docx))
        docx[end] = 0
        do {
            _ = try ZipArchive(MemorySource(docx))
            Issue.record("opened an archive without an end record")
        } catch {
            #expect(error.problem.code == .corrupt)
        }
    }

    @Test func encryptedMemberNeedsAPassword() throws {
        var docx = try OfficeFixtures.bytes("sop.docx")
        #expect(ZipTestBytes.markEncrypted("word/document.xml", in: &docx))
        let archive = try ZipArchive(MemorySource(docx))
        #expect(archive.entry(named: "word/document.xml")?.encrypted == true)
        #expect(archive.entry(named: "docProps/core.xml")?.encrypted == false)
        do {
            _ = try archive.read("word/document.xml", limit: 1 << 20)
            Issue.record("read an encrypted member")
        } catch {
            #expect(error.problem.code == .passwordRequired)
        }
    }

    @Test func missingMemberIsNamed() throws {
        let archive = try ZipArchive(try OfficeFixtures.source("sop.docx"))
        do {
            _ = try archive.read("word/nothing.xml", limit: 100)
            Issue.record("read a missing member")
        } catch {
            #expect(error.problem.message.contains("word/nothing.xml"))
        }
    }

    @Test func notAZipAtAll() {
        #expect(throws: ExtractionFailure.self) { try ZipArchive(MemorySource(Array("%PDF-1.7 hello".utf8))) }
    }
}
