import BuktiCore

/// ISO 6709 location strings as phones write them in videos ("-8.6500+115.2167+012.500/"):
/// signed latitude, longitude and optional altitude, each in degrees, degrees-minutes or
/// degrees-minutes-seconds, told apart by the number of integer digits.
enum ISO6709 {
    /// The position, or nil when the string is not a valid ISO 6709 point.
    static func position(_ text: String) -> GPSPosition? {
        var parts: [Substring] = []
        var current: Substring.Index?
        let body = text.prefix { $0 != "/" }
        for index in body.indices where body[index] == "+" || body[index] == "-" {
            if let start = current { parts.append(body[start..<index]) }
            current = index
        }
        if let start = current { parts.append(body[start...].prefix { !$0.isLetter }) }
        guard parts.count >= 2, let lat = angle(parts[0], degreeDigits: 2), let lon = angle(parts[1], degreeDigits: 3),
            abs(lat) <= 90, abs(lon) <= 180
        else { return nil }
        let alt = parts.count >= 3 ? Double(parts[2]) : nil
        return GPSPosition(lat: lat, lon: lon, alt: alt)
    }

    /// "+DD.D", "+DDMM.M" or "+DDMMSS.S" (longitudes have one more degree digit) as decimal degrees.
    static func angle(_ part: Substring, degreeDigits: Int) -> Double? {
        guard let sign = part.first, sign == "+" || sign == "-" else { return nil }
        let number = part.dropFirst()
        let integer = number.prefix { $0 != "." }
        let fraction = number.dropFirst(integer.count)
        guard !integer.isEmpty, integer.allSatisfy(\.isNumber), fraction.dropFirst().allSatisfy(\.isNumber) else { return nil }
        let degrees: Double?
        // Writers often drop the leading zero ("-8.65" for "-08.65"): fewer digits still mean degrees.
        switch integer.count - degreeDigits {
        case ...0:
            degrees = Double(number)
        case 2:
            guard let d = Double(integer.prefix(degreeDigits)), let m = Double(integer.dropFirst(degreeDigits) + fraction) else { return nil }
            degrees = d + m / 60
        case 4:
            guard let d = Double(integer.prefix(degreeDigits)), let m = Double(integer.dropFirst(degreeDigits).prefix(2)),
                let s = Double(integer.dropFirst(degreeDigits + 2) + fraction) else { return nil }
            degrees = d + m / 60 + s / 3600
        default:
            degrees = nil
        }
        return degrees.map { sign == "-" ? -$0 : $0 }
    }
}
