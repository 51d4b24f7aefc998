import Testing

/// The date comparison the differential test relies on: a wrong rule here would hide real disagreements.
@Suite struct ISOMomentTests {
    /// pdfinfo's forms (`+07`, `-05:30`, `Z`) against forms bukti may print.
    @Test(arguments: [
        ("2024-01-20T03:00:00Z", "2024-01-20T10:00:00+07"),
        ("2024-01-20T10:00:00+07:00", "2024-01-20T10:00:00+07"),
        ("2023-01-15T15:00:00Z", "2023-01-15T09:30:00-05:30"),
        ("2023-01-15T09:30:00-0530", "2023-01-15T09:30:00-05:30"),
        ("2023", "2023-01-01T00:00:00Z"),
        ("2023-01-15", "2023-01-15T00:00:00Z"),
        ("2023-01-15T09:30", "2023-01-15T09:30:00Z"),
        ("2024-01-12T09:30:00", "2024-01-12T09:30:00Z"),
        ("2024-03-01T00:00:00+00:00", "2024-02-29T23:00:00-01"),
    ])
    func agrees(bukti: String, pdfinfo: String) throws {
        let mine = try #require(ISOMoment(bukti))
        let theirs = try #require(ISOMoment(pdfinfo))
        #expect(mine.agrees(withReference: theirs))
    }

    @Test(arguments: [
        ("2024-01-20T10:00:00Z", "2024-01-20T10:00:00+07"),  // offset ignored
        ("2024-01-20T10:00:00", "2024-01-20T10:00:00+07"),  // offset lost
        ("2024-01-20T10:00:01+07:00", "2024-01-20T10:00:00+07"),
        ("2023-01-02", "2023-01-01T00:00:00Z"),
    ])
    func disagrees(bukti: String, pdfinfo: String) throws {
        let mine = try #require(ISOMoment(bukti))
        let theirs = try #require(ISOMoment(pdfinfo))
        #expect(!mine.agrees(withReference: theirs))
    }

    @Test(arguments: ["D:20230115", "2023-1-15", "20230115", "", "2024-01-12T09:30:00Z'"])
    func rejectsWhatIsNotISO(text: String) {
        #expect(ISOMoment(text) == nil)
    }
}
