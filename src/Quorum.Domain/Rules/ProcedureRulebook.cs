using NodaTime;

namespace Quorum.Domain.Rules;

/// <summary>A council-wide settings version and the date it takes effect.</summary>
public sealed record SettingsVersion(LocalDate EffectiveFrom, ProcedureSettings Settings);

/// <summary>A committee's departures from the council settings, from a date. Null means "as the council".</summary>
public sealed record CommitteeSettingsVersion(string Committee, LocalDate EffectiveFrom, CommitteeOverrides Overrides);

public sealed record CommitteeOverrides
{
    public AccessRegime? AccessRegime { get; init; }
    public int? Quorum { get; init; }
    public PublicQuestionRule? PublicQuestions { get; init; }
    public CallInRule? CallIn { get; init; }
    public SubstitutionPolicy? Substitution { get; init; }
    public MinuteNumberingRule? MinuteNumbering { get; init; }
}

/// <summary>
/// Settings per council and per committee, versioned by effective-from date (architecture: "rules are data plus
/// code"). Membership, quorum and standing orders change over time, so a rule is always read as at a date.
/// </summary>
public sealed class ProcedureRulebook
{
    private readonly List<SettingsVersion> _council;
    private readonly List<CommitteeSettingsVersion> _committees;

    public ProcedureRulebook(IEnumerable<SettingsVersion> council, IEnumerable<CommitteeSettingsVersion> committees)
    {
        _council = [.. council.OrderBy(v => v.EffectiveFrom)];
        _committees = [.. committees.OrderBy(v => v.EffectiveFrom)];
        if (_council.Count == 0)
        {
            throw new ProcedureRuleException("Settings", "a rulebook needs at least one council settings version");
        }
    }

    /// <summary>Harrow's settings from 1974 with the quorums printed on the seed agendas (CPR-1: O&amp;S 4, CPP 3).</summary>
    public static ProcedureRulebook Harrow { get; } = new(
        [new(new LocalDate(1974, 1, 1), ProcedureSettings.Harrow)],
        [
            new("Overview and Scrutiny Committee", new LocalDate(1974, 1, 1), new() { Quorum = 4 }),
            new("Corporate Parenting Panel", new LocalDate(1974, 1, 1), new() { Quorum = 3 }),
        ]);

    /// <summary>The same rulebook with a council-wide choice changed in every version (a deployment's own settings).</summary>
    public ProcedureRulebook WithCouncilSettings(Func<ProcedureSettings, ProcedureSettings> change) =>
        new(_council.Select(v => v with { Settings = change(v.Settings) }), _committees);

    /// <summary>The settings in force on <paramref name="on"/>, for a committee if one is named.</summary>
    public ProcedureSettings For(LocalDate on, string? committee = null)
    {
        var council = _council.LastOrDefault(v => v.EffectiveFrom <= on)
            ?? throw new ProcedureRuleException(
                "Settings", $"no council settings are in force on {on:uuuu-MM-dd}; the earliest take effect on {_council[0].EffectiveFrom:uuuu-MM-dd}");
        var settings = council.Settings;
        if (committee is null)
        {
            return settings;
        }
        // The latest committee version in force wins field by field over the council version.
        foreach (var version in _committees.Where(v => v.Committee == committee && v.EffectiveFrom <= on))
        {
            var o = version.Overrides;
            settings = settings with
            {
                AccessRegime = o.AccessRegime ?? settings.AccessRegime,
                Quorum = o.Quorum ?? settings.Quorum,
                PublicQuestions = o.PublicQuestions ?? settings.PublicQuestions,
                CallIn = o.CallIn ?? settings.CallIn,
                Substitution = o.Substitution ?? settings.Substitution,
                MinuteNumbering = o.MinuteNumbering ?? settings.MinuteNumbering,
            };
        }
        return settings;
    }
}
