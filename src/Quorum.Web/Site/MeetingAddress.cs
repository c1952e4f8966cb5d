using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Meetings;

namespace Quorum.Web.Site;

/// <summary>Finds the public meeting at <c>/meetings/{date}/{committee}</c>; anything malformed or unknown is simply not found.</summary>
public static class MeetingAddress
{
    public static async Task<Meeting?> FindAsync(QuorumDbContext db, Guid councilId, string date, string committee, CancellationToken ct)
    {
        if (!QueryValues.TryIsoDate(date, out var day) || !QueryValues.TrySlug(committee, out var slug))
        {
            return null;
        }
        // Two sittings of one body on one day are rare; the address names the first, the page lists the other.
        return await db.Meetings.AsNoTracking().WherePublic()
            .Include(m => m.Committee)
            .Where(m => m.Date == day && m.Committee!.Slug == slug && m.Committee.CouncilId == councilId)
            .OrderBy(m => m.StartTime)
            .FirstOrDefaultAsync(ct);
    }
}
