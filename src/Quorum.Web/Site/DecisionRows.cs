using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Outcomes;

namespace Quorum.Web.Site;

/// <summary>One decision as the register lists it.</summary>
public sealed record DecisionRow(LocalDate Date, string Committee, Slug CommitteeSlug, MinuteNumber MinuteNumber, string MinuteTitle, Resolution Resolution);

/// <summary>Decisions are the resolutions of published, Part I minutes (through <see cref="Visibility.PublicMinute"/>), newest first.</summary>
public static class DecisionRows
{
    public static IQueryable<DecisionRow> Query(QuorumDbContext db, Guid councilId, Guid? committeeId = null, LocalDate? from = null, LocalDate? to = null)
    {
        var minutes = db.Minutes.AsNoTracking().WherePublic().Where(m => m.Meeting!.Committee!.CouncilId == councilId);
        if (committeeId is { } id)
        {
            minutes = minutes.Where(m => m.Meeting!.CommitteeId == id);
        }
        if (from is { } first)
        {
            minutes = minutes.Where(m => m.Meeting!.Date >= first);
        }
        if (to is { } last)
        {
            minutes = minutes.Where(m => m.Meeting!.Date <= last);
        }
        return
            from m in minutes
            from r in m.Resolutions
            orderby m.Meeting!.Date descending, m.Number descending, r.Order
            select new DecisionRow(m.Meeting!.Date, m.Meeting.Committee!.Name, m.Meeting.Committee.Slug, m.Number, m.Title, r);
    }
}
