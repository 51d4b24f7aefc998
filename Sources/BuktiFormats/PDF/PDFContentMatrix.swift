/// An affine transform `[a b c d e f]` as PDF writes it (ISO 32000-1 §8.3.4): points are row vectors.
struct PDFContentMatrix: Sendable, Equatable {
    var a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0

    static let identity = PDFContentMatrix()

    /// A matrix from six operands, or nil unless all six are numbers.
    init?(_ numbers: [Double]) {
        guard numbers.count == 6, numbers.allSatisfy(\.isFinite) else { return nil }
        (a, b, c, d, e, f) = (numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5])
    }

    init(a: Double = 1, b: Double = 0, c: Double = 0, d: Double = 1, e: Double = 0, f: Double = 0) {
        (self.a, self.b, self.c, self.d, self.e, self.f) = (a, b, c, d, e, f)
    }

    /// A translation by (x, y).
    static func translation(_ x: Double, _ y: Double) -> PDFContentMatrix { PDFContentMatrix(e: x, f: y) }

    /// `self` followed by `other` (the PDF product self × other).
    func concatenating(_ other: PDFContentMatrix) -> PDFContentMatrix {
        PDFContentMatrix(
            a: a * other.a + b * other.c, b: a * other.b + b * other.d,
            c: c * other.a + d * other.c, d: c * other.b + d * other.d,
            e: e * other.a + f * other.c + other.e, f: e * other.b + f * other.d + other.f)
    }

    /// The image of point (x, y).
    func apply(_ x: Double, _ y: Double) -> PDFTextPoint {
        PDFTextPoint(x: x * a + y * c + e, y: x * b + y * d + f)
    }
}

/// A point or vector in device space, where the text builder compares glyph positions.
struct PDFTextPoint: Sendable, Equatable {
    var x: Double
    var y: Double

    var length: Double { (x * x + y * y).squareRoot() }

    /// The same direction with length 1, or (1, 0) for a zero vector.
    var unit: PDFTextPoint {
        let l = length
        return l > 1e-9 && l.isFinite ? PDFTextPoint(x: x / l, y: y / l) : PDFTextPoint(x: 1, y: 0)
    }
}
