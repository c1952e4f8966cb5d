using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;

namespace Quorum.Application.Setup;

/// <summary>
/// A problem with a set-up request the user can fix (a council that exists already, a folder that does not, a second
/// chair): one line. <see cref="Field"/> names the form field at fault when a staff page asked ("end", "role").
/// </summary>
public sealed class SetupRefusedException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}

/// <summary>What <c>quorum init</c> asks for: the council's name, its slug (made from the name when not given) and the first day of its current year.</summary>
public sealed record NewCouncil(string Name, string? Slug = null, LocalDate? YearStarts = null);

/// <summary>The council <c>quorum init</c> made and its first municipal year.</summary>
public sealed record InitialisedCouncil(Guid Id, string Name, string Slug, string Year, LocalDate YearStarts, LocalDate YearEnds);

/// <summary>
/// <c>quorum init</c>: a council of the council's own, with nothing in it but its first municipal year (the one holding
/// today, May to May unless told otherwise). Migrates first. Because the database then holds a council, the web host
/// never loads the demo into it, and the demo's staff accounts are never made. Refuses a database that holds the demo
/// (<paramref name="isDemo"/>, which only the demo knows how to recognise) or already holds a council of that name or slug.
/// </summary>
public sealed class CouncilInitialiser(DatabaseSettings settings, IClock clock, Func<Council, bool> isDemo, string? actor = null)
{
    public async Task<InitialisedCouncil> InitAsync(NewCouncil request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = string.Join(' ', request.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (name.Length is 0 or > 200)
        {
            throw new SetupRefusedException("--council: give the council's name, as it prints it (up to 200 characters).");
        }
        Slug slug;
        try
        {
            slug = request.Slug is { } given ? new Slug(given) : Slug.From(name);
        }
        catch (ArgumentException ex)
        {
            throw new SetupRefusedException($"--slug: {ex.Message.Split(" (Parameter", 2)[0]}");
        }

        await QuorumDatabase.MigrateAsync(settings, clock, cancellationToken);
        await using var db = QuorumDatabase.CreateContext(settings, clock);
        db.Actor = actor;
        var councils = await db.Councils.IgnoreQueryFilters().ToListAsync(cancellationToken);
        if (councils.FirstOrDefault(isDemo) is { } demo)
        {
            throw new SetupRefusedException($"The {settings.Describe()} holds the demo council ({demo.Name}): give your own council a database of its own (--db FILE or --postgres).");
        }
        if (councils.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase) || c.Slug == slug) is { } existing)
        {
            throw new SetupRefusedException($"The {settings.Describe()} already holds the council '{existing.Name}' (slug {existing.Slug}); nothing was changed.");
        }

        var council = new Council { Name = name, Slug = slug };
        if (isDemo(council))
        {
            throw new SetupRefusedException($"'{name}' (slug {slug}) is the demo council's name: load the demo with 'quorum demo', or give your own council's name.");
        }
        var today = CouncilTime.Today(clock);
        var year = request.YearStarts is { } starts
            ? MunicipalYear.StartingOn(council.Id, starts)
            : MunicipalYear.Containing(council.Id, today, MunicipalYear.UsualStart);
        db.Councils.Add(council);
        db.MunicipalYears.Add(year);
        // The least any council runs with, until an administrator sets its own standing orders (/admin/settings).
        db.CouncilProcedures.Add(CouncilProcedure.StatutoryMinimum(council.Id, CouncilProcedure.FromTheStart));
        await db.SaveChangesAsync(cancellationToken);
        return new InitialisedCouncil(council.Id, council.Name, council.Slug.Value, year.Name, year.StartsOn, year.EndsOn);
    }
}
