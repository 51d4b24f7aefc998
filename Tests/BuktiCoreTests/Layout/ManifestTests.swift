import Testing
@testable import BuktiCore

/// The innovation manifest: CSV parsing, header names in either language, matching folders.
@Suite struct ManifestTests {
    /// The same table as Scripts/fixtures/manifest.sh writes.
    static let csv = """
        Nama Inovasi,Folder,OPD,Tahapan\r
        SIPANDU - Sistem Informasi Posyandu Terpadu,,Dinas Kesehatan,Penerapan\r
        Layanan Café Sehat,Cafe Sehat,Dinas Kesehatan,Uji Coba\r
        Sistem Pelayanan Terpadu (SIMPEL),,DPMPTSP,Inisiatif\r
        Inovasi Tanpa Folder,,"Bappeda, Litbang",Penerapan\r

        """

    @Test func rfc4180Fields() {
        #expect(CSV.rows("a,\"b, c\",\"say \"\"hi\"\"\"\n\"two\nlines\",x,\n") == [["a", "b, c", "say \"hi\""], ["two\nlines", "x", ""]])
        #expect(CSV.rows("\u{FEFF}nama;folder\nA;B") == [["nama", "folder"], ["A", "B"]])
    }

    @Test func headersInEitherLanguageAndAnyCase() throws {
        let manifest = try Manifest(csv: Self.csv)
        #expect(manifest.entries.map(\.name) == ["SIPANDU - Sistem Informasi Posyandu Terpadu", "Layanan Café Sehat",
                                                 "Sistem Pelayanan Terpadu (SIMPEL)", "Inovasi Tanpa Folder"])
        #expect(manifest.entries[3].opd == "Bappeda, Litbang")
        #expect(manifest.entries[1].folder == "Cafe Sehat")
        #expect(manifest.entries[0].folder == nil)
        let english = try Manifest(csv: "NAME,Stage,Agency\nSIPANDU,Trial,Health")
        #expect(english.entries == [Manifest.Entry(name: "SIPANDU", folder: nil, opd: "Health", tahapan: "Trial", row: 2)])
        #expect(throws: ManifestError.noNameColumn(found: ["judul", "x"])) { try Manifest(csv: "judul,x\na,b") }
        #expect(throws: ManifestError.noHeader) { try Manifest(csv: "") }
    }

    @Test func foldersMatchByFolderColumnThenNameOrAcronym() throws {
        let manifest = try Manifest(csv: Self.csv)
        #expect(manifest.entry(folderName: "cafe sehat", relativePath: "cafe sehat")?.row == 3)
        #expect(manifest.entry(folderName: "SIPANDU", relativePath: "Dinkes/SIPANDU")?.row == 2)
        #expect(manifest.entry(folderName: "02_SIMPEL", relativePath: "02_SIMPEL")?.row == 4)
        #expect(manifest.entry(folderName: "Lain", relativePath: "Lain") == nil)
    }

    /// The index gives what a scan of the rows in order would: the first row that matches wins, by
    /// folder column first, then by name or a name variant, over a list of a few thousand rows.
    @Test func lookupsInALongManifestMatchAScanOfTheRows() throws {
        var rows = [["Nama Inovasi", "Folder", "OPD"]]
        for i in 0..<3000 { rows.append(["Inovasi Nomor \(i) (IN\(i))", i % 3 == 0 ? "Dinas \(i % 7)/Inovasi \(i)" : "", "Dinas \(i % 7)"]) }
        rows.append(["Inovasi Nomor 5 (ULANG)", "", "Dinas 9"])   // a later row with the same name
        rows.append(["Kedua", "Dinas 0/Inovasi 0", "Dinas 9"])    // a later row with the same folder
        let manifest = try Manifest(rows: rows)
        func scan(_ folderName: String, _ relativePath: String) -> Manifest.Entry? {
            let name = InnovationNames.normalize(folderName), path = InnovationNames.normalize(relativePath)
            if let hit = manifest.entries.first(where: { $0.folder.map(InnovationNames.normalize).map { $0 == name || $0 == path } ?? false }) {
                return hit
            }
            let variants = Set(InnovationNames([folderName]).variants)
            return manifest.entries.first { entry in
                entry.folder == nil && (InnovationNames.normalize(entry.name) == name
                    || !variants.isDisjoint(with: InnovationNames([entry.name]).variants))
            }
        }
        let probes = [("Inovasi 0", "Dinas 0/Inovasi 0"), ("Inovasi Nomor 5", "Dinas 5/Inovasi Nomor 5"),
                      ("IN17", "Dinas 3/IN17"), ("in 2999", "x/in 2999"), ("Tidak Ada", "Dinas 1/Tidak Ada"),
                      ("Inovasi Nomor 6", "Dinas 6/Inovasi Nomor 6")]
        for (folder, path) in probes { #expect(manifest.entry(folderName: folder, relativePath: path) == scan(folder, path), "\(folder)") }
        #expect(manifest.entry(folderName: "Inovasi 0", relativePath: "Dinas 0/Inovasi 0")?.row == 2)
        #expect(manifest.entry(folderName: "Inovasi Nomor 5", relativePath: "Dinas 5/Inovasi Nomor 5")?.opd == "Dinas 5")
    }

    @Test func reportListsInnovationsWithoutFolderAndFoldersNotInManifest() throws {
        let manifest = try Manifest(csv: Self.csv)
        let report = AuditFixture.report([
            AuditFixture.file("Root/SIPANDU/sk.pdf", types: [("sk", 2024)]),
            AuditFixture.file("Root/Cafe Sehat/sk.pdf", types: [("sk", 2024)]),
            AuditFixture.file("Root/SIMPEL/sk.pdf", types: [("sk", 2024)]),
            AuditFixture.file("Root/Tidak Terdaftar/sk.pdf", types: [("sk", 2024)]),
        ], manifest: manifest)
        #expect(report.manifest == ManifestReport(withoutFolder: ["Inovasi Tanpa Folder"], foldersNotInManifest: ["Tidak Terdaftar"]))
        let sipandu = try #require(report.innovations.first { $0.name == "SIPANDU" })
        #expect(sipandu.opd == "Dinas Kesehatan")
        #expect(sipandu.tahapan == "Penerapan")
        let stray = try #require(report.innovations.first { $0.name == "Tidak Terdaftar" })
        #expect(stray.problems.contains { $0.code == "not-in-manifest" })
    }

    @Test func manifestNameServesTheSKCheck() throws {
        // The folder is only an acronym; the manifest gives the full name the SK uses.
        let manifest = try Manifest(csv: Self.csv)
        let report = AuditFixture.report([
            AuditFixture.file("Root/SIPANDU/sk.pdf", types: [("sk", 2024)], text: "tentang Sistem Informasi Posyandu Terpadu"),
        ], manifest: manifest)
        #expect(report.innovations.first?.documents["sk"]?.evidence.first?.problems == [])
    }
}
