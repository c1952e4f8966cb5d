using NodaTime;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Participation;

namespace Quorum.Demo;

/// <summary>
/// A deputation request waiting for the Chair's decision, on the first coming committee meeting whose agenda is out:
/// what the clerk finds on the meeting's deputations page in the week before. Like the petitions it draws nothing from
/// the random stream, so the rest of the demo is the same with or without it.
/// </summary>
internal sealed class DemoDeputations(DemoCouncilBuilder builder)
{
    public void Build()
    {
        var council = builder.Council;
        var reference = council.ReferenceDate;
        var committees = council.Committees.Where(c => c.BodyType is not (BodyType.Council or BodyType.Cabinet)).Select(c => c.Id).ToHashSet();
        var meeting = council.Meetings
            .Where(m => m.Date > reference.PlusDays(5) && m.AgendaPublishedOn is not null && m.Status == MeetingStatus.Scheduled && committees.Contains(m.CommitteeId))
            .OrderBy(m => m.Date)
            .FirstOrDefault(m => council.AgendaItems.Any(i => i.MeetingId == m.Id && i.Standing == null && i.Part == AgendaPart.PartI));
        if (meeting is null)
        {
            return;
        }
        // A deputation speaks to a matter in front of the committee, so an item with a report reads best; the first
        // other item only when the meeting has none.
        var items = council.AgendaItems.Where(i => i.MeetingId == meeting.Id && i.Standing == null && i.Part == AgendaPart.PartI).OrderBy(i => i.Number).ToList();
        var item = items.FirstOrDefault(i => council.Reports.Any(r => r.AgendaItemId == i.Id)) ?? items[0];
        var receivedAt = meeting.AgendaPublishedOn!.Value.PlusDays(1).At(new LocalTime(11, 15)).InUtc().ToInstant();
        var deputation = new Deputation
        {
            Id = DemoIds.Derived(meeting.Id, 0x44),
            MeetingId = meeting.Id,
            AgendaItemId = item.Id,
            Number = 1,
            Speaker = "Priya Raman",
            Organisation = "Brentmoor Residents' Association",
            Email = "priya.raman@example.org",
            Subject = $"The residents' association asks to speak on \"{item.Title}\": its members want the committee to hear how the proposals would affect the streets around the town centre.",
            ReceivedAt = receivedAt,
        };
        deputation.StampCreated(receivedAt);
        council.Deputations.Add(deputation);
    }
}
