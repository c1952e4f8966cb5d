using NodaTime;

namespace Quorum.TestSupport;

/// <summary>A clock that stands still until a test moves it.</summary>
public sealed class TestClock(Instant now) : IClock
{
    public TestClock()
        : this(Instant.FromUtc(2025, 3, 1, 9, 0))
    {
    }

    public Instant Now { get; private set; } = now;

    public Instant GetCurrentInstant() => Now;

    public void Advance(Duration by) => Now += by;
}
