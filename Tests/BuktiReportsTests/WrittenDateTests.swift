import Testing
@testable import BuktiReports

@Suite struct WrittenDateTests {
    @Test func writesDaysMonthsAndYearsAsPeopleDo() {
        #expect(WrittenDate.format("2024-01-12") == "12 Januari 2024")
        #expect(WrittenDate.format("2024-01-12", language: .en) == "12 January 2024")
        #expect(WrittenDate.format("2023-08-03T08:30:00+07:00") == "3 Agustus 2023")
        #expect(WrittenDate.format("2024-05") == "Mei 2024")
        #expect(WrittenDate.format("2024") == "2024")
        #expect(WrittenDate.format("2024-02-29") == "29 Februari 2024")
    }

    @Test func refusesWhatIsNotADate() {
        #expect(WrittenDate.format("2023-02-29") == nil)
        #expect(WrittenDate.format("2024-13-01") == nil)
        #expect(WrittenDate.format("12/01/2024") == nil)
        #expect(WrittenDate.format("") == nil)
        #expect(WrittenDate.format("20245") == nil)
    }
}
