/// The parts of the graphics state (ISO 32000-1 §8.4, §9.3) that place text: saved by `q`, restored by `Q`.
struct PDFContentState {
    var ctm = PDFContentMatrix.identity
    /// Tc, in unscaled text-space units.
    var characterSpacing = 0.0
    /// Tw, added after each single-byte code 32.
    var wordSpacing = 0.0
    /// Tz / 100.
    var horizontalScaling = 1.0
    /// TL, the distance T* moves down.
    var leading = 0.0
    var font: PDFFont?
    var fontSize = 0.0
    /// Ts, the baseline shift.
    var rise = 0.0
}
