using NodaTime;

namespace Quorum.Domain.Committees;

/// <summary>The council year from one annual meeting to the next (e.g. 2024-2025), to which appointments are made.</summary>
public sealed class MunicipalYear : Entity
{
    public MunicipalYear(Guid councilId, LocalDate startsOn, LocalDate endsOn)
    {
        if (endsOn <= startsOn)
        {
            throw new ArgumentException($"Municipal year must end after it starts ({startsOn:uuuu-MM-dd} to {endsOn:uuuu-MM-dd}).", nameof(endsOn));
        }
        CouncilId = councilId;
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public Guid CouncilId { get; private set; }

    public LocalDate StartsOn { get; private set; }

    public LocalDate EndsOn { get; private set; }

    /// <summary>
    /// The ordinary election held just before this year began, when there was one: members elected then take their
    /// seats from the year's start, and minute numbers restart after it where the council's settings say so.
    /// </summary>
    public LocalDate? ElectionOn { get; set; }

    /// <summary>As printed on agendas: "2024-2025".</summary>
    public string Name => $"{StartsOn.Year}-{EndsOn.Year}";

    public bool Contains(LocalDate date) => date >= StartsOn && date <= EndsOn;

    /// <summary>The usual first day of a UK council year: the annual meeting is held in May, so years run May to May.</summary>
    public static readonly AnnualDate UsualStart = new(5, 1);

    /// <summary>A year from <paramref name="startsOn"/> (the annual meeting) to the day before its anniversary.</summary>
    public static MunicipalYear StartingOn(Guid councilId, LocalDate startsOn) =>
        new(councilId, startsOn, startsOn.PlusYears(1).PlusDays(-1));

    /// <summary>The year holding <paramref name="date"/> for a council whose years start each year on <paramref name="firstDay"/>.</summary>
    public static MunicipalYear Containing(Guid councilId, LocalDate date, AnnualDate firstDay)
    {
        var start = firstDay.InYear(date.Year);
        return StartingOn(councilId, date >= start ? start : firstDay.InYear(date.Year - 1));
    }
}
