/// How much of a split one part takes, along the split's direction.
public enum Constraint: Equatable, Sendable {
    /// Exactly this many rows (or columns), while there is room.
    case fixed(Int)
    /// At least this many while there is room; shares what is left when no part fills.
    case min(Int)
    /// Nothing guaranteed; takes what the fixed and minimum parts leave, in proportion to the weight.
    case fill(Int)

    public static let fill = Constraint.fill(1)
}

/// Splits a rectangle into rectangles, top to bottom or left to right (the idea of ratatui's `Layout`,
/// in a few lines: no solver). The parts are given their fixed and minimum sizes in order, so when the
/// space is short the last parts shrink first, down to empty; what is left goes to the fill parts by
/// weight (the remainder to the first ones), or else shared by the minimum parts, or else stays unused
/// after the last part. The parts never overlap and never leave the rectangle.
public struct Layout: Equatable, Sendable {
    public enum Direction: Equatable, Sendable { case vertical, horizontal }

    public let direction: Direction
    public let constraints: [Constraint]
    /// Empty cells between two neighbouring parts.
    public let spacing: Int

    public init(_ direction: Direction, _ constraints: [Constraint], spacing: Int = 0) {
        self.direction = direction
        self.constraints = constraints
        self.spacing = max(0, spacing)
    }

    public static func vertical(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(.vertical, constraints, spacing: spacing)
    }

    public static func horizontal(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(.horizontal, constraints, spacing: spacing)
    }

    public func split(_ r: Rect) -> [Rect] {
        let total = direction == .vertical ? r.height : r.width
        var offset = direction == .vertical ? r.y : r.x
        var out: [Rect] = []
        for (i, size) in Layout.sizes(constraints, total: total, spacing: spacing).enumerated() {
            if i > 0 { offset += spacing }
            out.append(direction == .vertical
                ? Rect(x: r.x, y: min(offset, r.bottom), width: r.width, height: size)
                : Rect(x: min(offset, r.right), y: r.y, width: size, height: r.height))
            offset += size
        }
        return out
    }

    /// The size of each part along the split, for `total` cells; their sum plus the spacing never exceeds it.
    public static func sizes(_ constraints: [Constraint], total: Int, spacing: Int = 0) -> [Int] {
        guard !constraints.isEmpty else { return [] }
        var left = max(0, total - max(0, spacing) * (constraints.count - 1))
        var sizes = constraints.map { c -> Int in
            let want: Int
            switch c {
            case .fixed(let n), .min(let n): want = max(0, n)
            case .fill: want = 0
            }
            let got = Swift.min(want, left)
            left -= got
            return got
        }
        let fillWeights = constraints.map { c -> Int in if case .fill(let w) = c { return max(0, w) } else { return 0 } }
        let minWeights = constraints.map { c -> Int in if case .min = c { return 1 } else { return 0 } }
        let weights = fillWeights.reduce(0, +) > 0 ? fillWeights : minWeights
        let sum = weights.reduce(0, +)
        guard left > 0, sum > 0 else { return sizes }
        var given = 0
        for i in sizes.indices where weights[i] > 0 {
            let share = left * weights[i] / sum
            sizes[i] += share
            given += share
        }
        // The cells the division left over, one each to the first growing parts.
        var rest = left - given
        for i in sizes.indices where weights[i] > 0 && rest > 0 {
            sizes[i] += 1
            rest -= 1
        }
        return sizes
    }
}
