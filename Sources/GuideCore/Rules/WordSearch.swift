extension String {
    /// Whether the text holds `word`, compared byte for byte (UTF-8). For the ASCII markers the rules look
    /// for ("UNVERIFIED") in their own texts it answers as Foundation's `contains`, which searches with
    /// Unicode comparison and costs tens of times more; the streams check every stream's texts for every
    /// profile (`WordSearchTests` holds the two equal on the rule data).
    func holds(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        if n == 0 { return true }
        let w = UnsafeBufferPointer(start: word.utf8Start, count: n)
        var s = self
        return s.withUTF8 { u in
            guard u.count >= n else { return false }
            let first = w[0]
            var i = 0
            while i <= u.count - n {
                if u[i] == first {
                    var k = 1
                    while k < n && u[i + k] == w[k] { k += 1 }
                    if k == n { return true }
                }
                i += 1
            }
            return false
        }
    }
}
