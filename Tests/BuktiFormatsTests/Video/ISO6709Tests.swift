import BuktiCore
import Testing
@testable import BuktiFormats

@Suite struct ISO6709Tests {
    @Test func decimalDegreesWithAndWithoutAltitude() {
        #expect(ISO6709.position("-8.6500+115.2167+012.500/") == GPSPosition(lat: -8.65, lon: 115.2167, alt: 12.5))
        #expect(ISO6709.position("+40.7484-073.9857/") == GPSPosition(lat: 40.7484, lon: -73.9857))
        #expect(ISO6709.position("+27.5916+086.5640+8850CRSWGS_84/") == GPSPosition(lat: 27.5916, lon: 86.564, alt: 8850))
    }

    @Test func degreesMinutesAndSeconds() throws {
        let minutes = try #require(ISO6709.position("-0830.00+11515.00/"))
        #expect(abs(minutes.lat - -8.5) < 1e-9 && abs(minutes.lon - 115.25) < 1e-9)
        let seconds = try #require(ISO6709.position("+403000+0741500/"))
        #expect(abs(seconds.lat - 40.5) < 1e-9 && abs(seconds.lon - 74.25) < 1e-9)
    }

    @Test(arguments: ["", "/", "+95.0+010.0/", "+10.0/", "north", "+1a.0+010.0/"])
    func invalidTextIsNil(text: String) {
        #expect(ISO6709.position(text) == nil)
    }
}
