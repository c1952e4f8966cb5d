namespace Quorum.Bench.Corpus;

/// <summary>A small, fast random source whose sequence depends only on its seed, on every runtime version.</summary>
internal struct SplitMix64(ulong seed)
{
    private ulong state = seed;

    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 ≤ result &lt; max.</summary>
    public int Below(int max) => (int)(Next() % (ulong)max);

    public int Between(int min, int maxInclusive) => min + Below(maxInclusive - min + 1);

    public double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => Unit() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    public static ulong Mix(ulong a, ulong b) => new SplitMix64(a * 0x9E3779B97F4A7C15UL ^ b).Next();
}
