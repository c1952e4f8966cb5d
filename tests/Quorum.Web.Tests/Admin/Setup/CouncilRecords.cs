using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.TestSupport;

namespace Quorum.Web.Tests.Admin.Setup;

/// <summary>
/// A council's set-up as lines of text, ids left out and names used instead, so that two databases set up two ways
/// (the staff pages, <c>quorum setup import</c>) can be compared and a difference read in the failure: the council,
/// its groups and wards, people, bodies, seats (with voting rights, co-optees' organisations, dates) and reserve lists
/// in order. Reserve lists are named by body and group only: the two databases' years may be made on different days.
/// </summary>
public static class CouncilRecords
{
    public static async Task<string> DescribeAsync(string sqlitePath, CancellationToken cancellationToken)
    {
        await using var db = QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(sqlitePath), new TestClock());
        var council = await db.Councils.SingleAsync(cancellationToken);
        var groups = await db.PartyGroups.ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        var wards = await db.Wards.ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);
        var people = await db.People.ToListAsync(cancellationToken);
        var names = people.ToDictionary(p => p.Id, p => p.FullName);
        var bodies = await db.Committees.ToListAsync(cancellationToken);
        var bodyNames = bodies.ToDictionary(b => b.Id, b => b.Name);
        var seats = await db.Memberships.ToListAsync(cancellationToken);
        var lists = await db.ReserveLists.Include(l => l.Entries).ToListAsync(cancellationToken);
        string Of<T>(Dictionary<Guid, T> named, Guid? id) => id is { } key ? $"{named[key]}" : "-";
        IEnumerable<string> Lines()
        {
            yield return $"council {council.Name} ({council.Slug})";
            foreach (var group in groups.Values)
            {
                yield return $"group {group}";
            }
            foreach (var ward in wards.Values)
            {
                yield return $"ward {ward}";
            }
            foreach (var p in people)
            {
                yield return $"person {p.Title} {p.FullName} ({p.Slug}) councillor={p.IsCouncillor} group={Of(groups, p.PartyGroupId)} ward={Of(wards, p.WardId)} email={p.Email}";
            }
            foreach (var b in bodies)
            {
                yield return $"body {b.Name} ({b.Slug}) {b.BodyType} parent={Of(bodyNames, b.ParentId)} quorum={b.Quorum}/{b.QuorumOneIn} seats={b.Seats} purpose={b.Purpose}";
            }
            foreach (var m in seats)
            {
                yield return $"seat {names[m.PersonId]} on {bodyNames[m.CommitteeId]} {m.Role} voting={m.VotingRight} {m.From:uuuu-MM-dd} to {m.To:uuuu-MM-dd} for={m.OrganisationRepresented} position={m.Position}";
            }
            foreach (var l in lists)
            {
                var order = l.InOrder().Select(e => $"{e.Position} {names[e.PersonId]}");
                yield return $"reserves {bodyNames[l.CommitteeId]} {groups[l.PartyGroupId]}: {string.Join(", ", order)}";
            }
        }
        return string.Join('\n', Lines().Order(StringComparer.Ordinal));
    }
}
