namespace Quorum.Domain.Outcomes;

/// <summary>
/// A minute's number. Numbering runs on across a body's meetings ("219" to "227", then "228" at the next
/// meeting) and is never reused, so a minute can be cited by number alone.
/// </summary>
public sealed record MinuteNumber : IComparable<MinuteNumber>
{
    public MinuteNumber(int value)
    {
        if (value < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Minute number {value} is not valid: minute numbers start at 1.");
        }
        Value = value;
    }

    public int Value { get; }

    public MinuteNumber Next() => new(Value + 1);

    public int CompareTo(MinuteNumber? other) => other is null ? 1 : Value.CompareTo(other.Value);

    public static bool operator <(MinuteNumber left, MinuteNumber right) => left.CompareTo(right) < 0;

    public static bool operator <=(MinuteNumber left, MinuteNumber right) => left.CompareTo(right) <= 0;

    public static bool operator >(MinuteNumber left, MinuteNumber right) => left.CompareTo(right) > 0;

    public static bool operator >=(MinuteNumber left, MinuteNumber right) => left.CompareTo(right) >= 0;

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
