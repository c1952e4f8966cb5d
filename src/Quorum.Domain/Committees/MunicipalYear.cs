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

    /// <summary>As printed on agendas: "2024-2025".</summary>
    public string Name => $"{StartsOn.Year}-{EndsOn.Year}";

    public bool Contains(LocalDate date) => date >= StartsOn && date <= EndsOn;
}
