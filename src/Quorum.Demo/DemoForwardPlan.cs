using NodaTime;
using Quorum.Domain.KeyDecisions;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Rules;

namespace Quorum.Demo;

/// <summary>
/// The demo's forward plan: each key decision on an executive agenda once, listed five weeks before its meeting once that
/// day has come (the last one listed late, with a general exception notice, so the plan shows one), and linked to its
/// decision notice when taken. It draws nothing from the random stream, so the rest of the demo is as it was; ids are
/// derived from the agenda item's.
/// </summary>
internal sealed class DemoForwardPlan(DemoCouncilBuilder builder)
{
    private const string KeyDecisionPrefix = "Key Decision - ";

    public void Build()
    {
        var council = builder.Council;
        var reference = council.ReferenceDate;
        var executive = council.Committees.Where(c => c.IsExecutive).ToDictionary(c => c.Id);
        var meetings = council.Meetings.Where(m => executive.ContainsKey(m.CommitteeId) && m.Status != MeetingStatus.Cancelled).ToDictionary(m => m.Id);
        var decisions = council.ExecutiveDecisions.Where(d => d.MinuteId is not null).ToDictionary(d => d.MinuteId!.Value);
        var minutes = council.Minutes.Where(m => m.AgendaItemId is not null).ToDictionary(m => m.AgendaItemId!.Value);
        ExecutiveDecision? DecisionOn(AgendaItem item) =>
            minutes.TryGetValue(item.Id, out var minute) && decisions.TryGetValue(minute.Id, out var decision) ? decision : null;
        // Each matter once: the next meeting due to take it or, when none is to come, the last that took it (with its
        // decision). A meeting held without a decision recorded is not left on the plan as still to be taken.
        var items = council.AgendaItems
            .Where(i => meetings.ContainsKey(i.MeetingId) && i.Part == AgendaPart.PartI && i.Title.StartsWith(KeyDecisionPrefix, StringComparison.Ordinal))
            .OrderBy(i => meetings[i.MeetingId].Date).ThenBy(i => i.Number)
            .GroupBy(i => i.Title)
            .Select(g => g.FirstOrDefault(i => meetings[i.MeetingId].Date >= reference) ?? g.LastOrDefault(i => DecisionOn(i) is not null))
            .OfType<AgendaItem>()
            .OrderBy(i => meetings[i.MeetingId].Date).ThenBy(i => i.Number).ToList();
        var lateOne = items.LastOrDefault(i => meetings[i.MeetingId].Date > reference.PlusDays(7));
        var number = 0;
        foreach (var item in items)
        {
            var meeting = meetings[item.MeetingId];
            var committee = executive[meeting.CommitteeId];
            var listedOn = meeting.Date.PlusDays(-35);
            if (listedOn > reference && item != lateOne)
            {
                continue;
            }
            var matter = item.Title[KeyDecisionPrefix.Length..];
            var entry = new ForwardPlanEntry
            {
                Id = DemoIds.Derived(item.Id, 0x4B),
                CouncilId = committee.CouncilId,
                Number = ++number,
                Matter = matter,
                Decision = $"To consider the report on {matter.ToLowerInvariant()} and agree its recommendations.",
                DecisionMakerBodyId = committee.Id,
                DecisionDate = meeting.Date,
                MeetingId = meeting.Id,
                ReportId = council.Reports.FirstOrDefault(r => r.AgendaItemId == item.Id)?.Id,
                Wards = "All wards",
                Documents = $"Report of the Corporate Director: {matter}",
            };
            if (item == lateOne && listedOn > reference)
            {
                var deadlines = new Deadlines(ProcedureRulebook.Harrow.For(meeting.Date, committee.Name));
                var check = KeyDecisionRules.Check(deadlines, entry, reference);
                if (check.Route is not KeyDecisionRoute.GeneralException)
                {
                    continue;
                }
                entry.GiveGeneralExceptionNotice(reference, "the Chair of the Overview and Scrutiny Committee", "The options appraisal was completed after the forward plan for this meeting was published.", check);
            }
            else
            {
                entry.List(listedOn);
            }
            entry.ExecutiveDecisionId = DecisionOn(item)?.Id;
            entry.StampCreated((entry.ListedOn ?? reference).At(new LocalTime(9, 0)).InUtc().ToInstant());
            council.ForwardPlan.Add(entry);
        }
    }
}
