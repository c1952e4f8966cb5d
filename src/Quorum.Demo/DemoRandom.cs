using System.Security.Cryptography;
using System.Text;

namespace Quorum.Demo;

/// <summary>Every choice the demo makes comes from here, seeded, so one seed always gives the same council.</summary>
internal sealed class DemoRandom(int seed)
{
    private readonly Random random = new(seed);

    public int Seed { get; } = seed;

    public int Next(int minInclusive, int maxExclusive) => random.Next(minInclusive, maxExclusive);

    public bool Chance(double probability) => random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public List<T> Take<T>(IReadOnlyList<T> items, int count)
    {
        var copy = items.ToList();
        for (var i = copy.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }
        return copy.Take(count).ToList();
    }

    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        // Mark as a version 4 (random) UUID so the identifiers look like any other.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>The SHA-256 a demo file would have: derived from its name and the seed, so it is stable.</summary>
    public string FileHash(string fileName) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"quorum-demo:{Seed}:{fileName}")));
}
