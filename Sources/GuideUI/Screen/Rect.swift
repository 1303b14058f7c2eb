/// A rectangle of cells on the screen: where a part of a view may draw. Never negative: a rectangle
/// cut from too little space is empty, so layout maths at a small size cannot go below zero.
public struct Rect: Equatable, Sendable, CustomStringConvertible {
    public private(set) var x: Int
    public private(set) var y: Int
    public private(set) var width: Int
    public private(set) var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The whole of a buffer.
    public init(_ b: ScreenBuffer) { self.init(x: 0, y: 0, width: b.width, height: b.height) }

    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    /// One past the last column and one past the last row.
    public var right: Int { x + width }
    public var bottom: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }
    public var area: Int { width * height }

    public var description: String { "\(width)x\(height)@\(x),\(y)" }

    public func contains(x cx: Int, y cy: Int) -> Bool {
        cx >= x && cx < right && cy >= y && cy < bottom
    }

    /// The cells both rectangles hold (empty when they do not meet).
    public func intersection(_ o: Rect) -> Rect {
        let l = max(x, o.x), t = max(y, o.y)
        return Rect(x: l, y: t, width: min(right, o.right) - l, height: min(bottom, o.bottom) - t)
    }

    public func intersects(_ o: Rect) -> Bool { !intersection(o).isEmpty }

    /// The rectangle with margins taken off each side (never less than empty).
    public func inset(left: Int = 0, right r: Int = 0, top: Int = 0, bottom b: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - r, height: height - top - b)
    }

    /// The same margin on the left and on the right.
    public func inset(horizontal: Int) -> Rect { inset(left: horizontal, right: horizontal) }

    /// Row `i` (from 0) as a one-row rectangle; empty when the rectangle has no such row.
    public func row(_ i: Int) -> Rect {
        guard i >= 0, i < height else { return Rect(x: x, y: y + max(0, min(i, height)), width: width, height: 0) }
        return Rect(x: x, y: y + i, width: width, height: 1)
    }

    /// The first `n` rows, and what is left below them.
    public func splitTop(_ n: Int) -> (top: Rect, rest: Rect) {
        let k = min(max(0, n), height)
        return (Rect(x: x, y: y, width: width, height: k), Rect(x: x, y: y + k, width: width, height: height - k))
    }

    /// Takes the first `n` rows off this rectangle and returns them (fewer when it has fewer): a view
    /// lays out a column of parts by taking rows from the top of what is left.
    public mutating func takeTop(_ n: Int) -> Rect {
        let (top, rest) = splitTop(n)
        self = rest
        return top
    }

    /// Takes the last `n` rows off this rectangle and returns them.
    public mutating func takeBottom(_ n: Int) -> Rect {
        let (rest, bottom) = splitBottom(n)
        self = rest
        return bottom
    }

    /// The last `n` rows, and what is left above them.
    public func splitBottom(_ n: Int) -> (rest: Rect, bottom: Rect) {
        let k = min(max(0, n), height)
        return (Rect(x: x, y: y, width: width, height: height - k), Rect(x: x, y: bottom - k, width: width, height: k))
    }
}
