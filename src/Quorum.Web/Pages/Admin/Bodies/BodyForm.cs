using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.Setup;
using Quorum.Data;
using Quorum.Domain.Committees;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Bodies;

/// <summary>The body form as typed (the quorum as text, so "four" is refused with a message rather than dropped), shared by the new and change pages.</summary>
public sealed class BodyForm
{
    public string? Name { get; set; }

    public BodyType? Type { get; set; }

    public Guid? ParentId { get; set; }

    public string? Quorum { get; set; }

    public string? Purpose { get; set; }

    public string? Seats { get; set; }

    public static BodyForm Of(Committee body) => new()
    {
        Name = body.Name,
        Type = body.BodyType,
        ParentId = body.ParentId,
        Quorum = body.Quorum?.ToString(CultureInfo.InvariantCulture) ?? (body.QuorumOneIn is { } share ? Display.Share(share) : null),
        Purpose = body.Purpose,
        Seats = body.Seats?.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The details to save, or null with the form's own errors (the service checks the rest).</summary>
    public BodyDetails? Details(Dictionary<string, string> errors)
    {
        if (Type is null)
        {
            errors["type"] = "Choose the type of body";
        }
        int? quorum = null;
        int? share = null;
        if (!string.IsNullOrWhiteSpace(Quorum))
        {
            if (int.TryParse(Quorum.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var members) && members >= 1)
            {
                quorum = members;
            }
            else if (ShareOf(Quorum) is { } oneIn)
            {
                share = oneIn;
            }
            else
            {
                errors["quorum"] = "Enter the quorum as a whole number of members, like 3, or a share of the voting members, like one quarter or 1/4, or leave it blank if the body's terms set none";
            }
        }
        int? seats = null;
        if (!string.IsNullOrWhiteSpace(Seats))
        {
            if (int.TryParse(Seats.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1)
            {
                seats = count;
            }
            else
            {
                errors["seats"] = "Enter the number of seats as a whole number, like 9, or leave it blank if the body's terms do not fix it";
            }
        }
        return errors.Count > 0 ? null : new BodyDetails(Name ?? "", Type!.Value, ParentId, quorum, Purpose, share, seats);
    }

    /// <summary>"1/4", "one quarter", "a third", "half": one in how many of the voting members; null when not a share.</summary>
    private static int? ShareOf(string text)
    {
        var words = string.Join(' ', text.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (words.StartsWith("1/", StringComparison.Ordinal)
            && int.TryParse(words[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var denominator) && denominator >= 2)
        {
            return denominator;
        }
        foreach (var lead in new[] { "one ", "a ", "" })
        {
            if (words.StartsWith(lead, StringComparison.Ordinal))
            {
                switch (words[lead.Length..])
                {
                    case "half":
                        return 2;
                    case "third":
                        return 3;
                    case "quarter":
                        return 4;
                    default:
                        break;
                }
            }
        }
        return null;
    }

    /// <summary>The bodies another may report to: the council's bodies still in being, and the body's present parent whatever it is.</summary>
    public static async Task<IReadOnlyList<(Guid Id, string Name)>> ParentsAsync(QuorumDbContext db, Guid councilId, Guid? except, Guid? current, CancellationToken cancellationToken) =>
        [.. (await db.Committees.AsNoTracking()
            .Where(c => c.CouncilId == councilId && c.Id != except && (c.RetiredOn == null || c.Id == current))
            .OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken)).Select(c => (c.Id, c.Name))];
}
