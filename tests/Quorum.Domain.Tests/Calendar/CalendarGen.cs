using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Quorum.Domain.Tests.Calendar;

/// <summary>Generators for property tests, kept a few weeks inside 1974–2100 so working-day searches stay in range.</summary>
internal static class CalendarGen
{
    private static readonly LocalDate First = new(1974, 3, 1);
    private static readonly int Span = Period.Between(First, new LocalDate(2100, 10, 31), PeriodUnits.Days).Days;

    public static Gen<LocalDate> Dates { get; } = Gen.Choose(0, Span).Select(First.PlusDays);

    public static Arbitrary<LocalDate> AnyDate { get; } = Dates.ToArbitrary();

    public static Gen<int> Years(int from, int to) => Gen.Choose(from, to);
}
