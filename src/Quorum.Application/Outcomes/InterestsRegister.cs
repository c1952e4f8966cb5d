using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Interests;

namespace Quorum.Application.Outcomes;

/// <summary>A register entry as the public register shows it: a sensitive interest's details are withheld (INT-5).</summary>
public sealed record PublicRegisterEntry(InterestCategory Category, string Heading, string Description, bool OfSpouseOrPartner, LocalDate RegisteredOn, LocalDate? EndedOn)
{
    /// <summary>For gifts and hospitality: the donor and value, withheld with the rest of a sensitive entry.</summary>
    public string? Donor { get; init; }

    public decimal? ValueGbp { get; init; }

    public bool Withheld { get; init; }

    public static PublicRegisterEntry Of(RegisteredInterest entry) =>
        new(entry.Category, entry.Category.Heading(), entry.PublicDescription, entry.OfSpouseOrPartner, entry.RegisteredOn, entry.EndedOn)
        {
            Donor = entry.Sensitive ? null : entry.Donor,
            ValueGbp = entry.Sensitive ? null : entry.ValueGbp,
            Withheld = entry.Sensitive,
        };
}

/// <summary>
/// Members' registers of interests (Localism Act 2011 s29–s30) and dispensations (s33). Changes never overwrite:
/// an amendment ends the old entry and starts a new one linked to it, so the register reads as at any date.
/// </summary>
public sealed class InterestsRegister(QuorumDbContext db)
{
    public async Task<RegisteredInterest> RegisterAsync(RegisteredInterest entry, CancellationToken cancellationToken = default)
    {
        if (!await db.People.AnyAsync(p => p.Id == entry.PersonId, cancellationToken))
        {
            throw new ProcedureRuleException("INT-3", $"no person with id {entry.PersonId} to register an interest for");
        }
        if (string.IsNullOrWhiteSpace(entry.Description))
        {
            throw new ProcedureRuleException("INT-3", "a register entry needs a description, even when it will be published as existence only");
        }
        if (entry.ValueGbp < 0)
        {
            throw new ProcedureRuleException("INT-3", $"the estimated value of a gift or hospitality cannot be negative ({entry.ValueGbp:0.00} was given)");
        }
        db.RegisteredInterests.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    /// <summary>Replaces an entry from <paramref name="on"/>: the old one ends, the new one starts and points back to it.</summary>
    public async Task<RegisteredInterest> AmendAsync(Guid entryId, string description, LocalDate on, bool? sensitive = null, CancellationToken cancellationToken = default)
    {
        var old = await db.RegisteredInterests.SingleOrDefaultAsync(i => i.Id == entryId, cancellationToken)
            ?? throw new ProcedureRuleException("INT-3", $"no register entry with id {entryId}");
        if (string.IsNullOrWhiteSpace(description))
        {
            throw new ProcedureRuleException("INT-3", "the amended entry needs a description, even when it will be published as existence only");
        }
        if (old.EndedOn is not null)
        {
            throw new ProcedureRuleException("INT-3", $"register entry '{old.PublicDescription}' ended on {old.EndedOn:d MMMM uuuu} and cannot be amended");
        }
        old.End(on);
        var replacement = new RegisteredInterest
        {
            PersonId = old.PersonId,
            Category = old.Category,
            Description = description,
            OfSpouseOrPartner = old.OfSpouseOrPartner,
            Sensitive = sensitive ?? old.Sensitive,
            Donor = old.Donor,
            ValueGbp = old.ValueGbp,
            RegisteredOn = on,
            ReplacesId = old.Id,
        };
        db.RegisteredInterests.Add(replacement);
        await db.SaveChangesAsync(cancellationToken);
        return replacement;
    }

    public async Task EndAsync(Guid entryId, LocalDate on, CancellationToken cancellationToken = default)
    {
        var entry = await db.RegisteredInterests.SingleOrDefaultAsync(i => i.Id == entryId, cancellationToken)
            ?? throw new ProcedureRuleException("INT-3", $"no register entry with id {entryId}");
        entry.End(on);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The member's register as it stood on <paramref name="on"/>, for staff (full details).</summary>
    public async Task<IReadOnlyList<RegisteredInterest>> AsAtAsync(Guid personId, LocalDate on, CancellationToken cancellationToken = default)
        => [.. (await db.RegisteredInterests.Where(i => i.PersonId == personId && i.RegisteredOn <= on).ToListAsync(cancellationToken))
            .Where(i => i.IsCurrentOn(on))
            .OrderBy(i => i.Category).ThenBy(i => i.RegisteredOn)];

    /// <summary>Every entry the member has ever had, current and ended, in the order registered.</summary>
    public async Task<IReadOnlyList<RegisteredInterest>> HistoryAsync(Guid personId, CancellationToken cancellationToken = default)
        => [.. (await db.RegisteredInterests.Where(i => i.PersonId == personId).ToListAsync(cancellationToken))
            .OrderBy(i => i.RegisteredOn).ThenBy(i => i.Category)];

    /// <summary>The published register on <paramref name="on"/>: sensitive interests appear by existence only (s32(2)).</summary>
    public async Task<IReadOnlyList<PublicRegisterEntry>> PublicRegisterAsync(Guid personId, LocalDate on, CancellationToken cancellationToken = default)
        => [.. (await AsAtAsync(personId, on, cancellationToken)).Select(PublicRegisterEntry.Of)];

    /// <summary>The published register's history: every entry, current and ended, as the public may see it.</summary>
    public async Task<IReadOnlyList<PublicRegisterEntry>> PublicHistoryAsync(Guid personId, CancellationToken cancellationToken = default)
        => [.. (await HistoryAsync(personId, cancellationToken)).Select(PublicRegisterEntry.Of)];

    /// <summary>Grants a dispensation for a period of at most four years (INT-6).</summary>
    public async Task<Dispensation> GrantDispensationAsync(Dispensation dispensation, LocalDate from, LocalDate expires, CancellationToken cancellationToken = default)
    {
        dispensation.SetPeriod(from, expires);
        if (!await db.People.AnyAsync(p => p.Id == dispensation.PersonId, cancellationToken))
        {
            throw new ProcedureRuleException("INT-6", $"no person with id {dispensation.PersonId} to grant a dispensation to");
        }
        db.Dispensations.Add(dispensation);
        await db.SaveChangesAsync(cancellationToken);
        return dispensation;
    }

    /// <summary>The member's dispensations in force on <paramref name="on"/>.</summary>
    public async Task<IReadOnlyList<Dispensation>> DispensationsInForceAsync(Guid personId, LocalDate on, CancellationToken cancellationToken = default)
        => await db.Dispensations.Where(d => d.PersonId == personId && d.From <= on && d.Expires >= on).OrderBy(d => d.Expires).ToListAsync(cancellationToken);
}
