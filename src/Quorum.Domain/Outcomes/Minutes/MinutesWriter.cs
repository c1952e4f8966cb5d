using System.Globalization;
using System.Net;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Quorum.Domain.Meetings;

namespace Quorum.Domain.Outcomes.Minutes;

/// <summary>
/// Lays out minutes in the council's style (seeds-structure §3.4): the heading, the attendance block with its
/// legend, numbered minutes with standing items first and then "RESOLVED ITEMS" / "RECOMMENDED ITEMS", the
/// decisions, the start and close note and the signature line. Text for the record and re-import; HTML for the site.
/// </summary>
public static class MinutesWriter
{
    private static readonly LocalDatePattern HeadingDate = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture);

    public static string ToText(MinutesContent minutes)
    {
        var text = new StringBuilder();
        void Para(string line) => text.Append(line).Append("\n\n");

        Para($"{minutes.Body.ToUpperInvariant()}{(minutes.Special ? " (SPECIAL)" : "")} MINUTES");
        Para(HeadingDate.Format(minutes.Date).ToUpperInvariant());
        foreach (var row in minutes.Attendance.Where(r => r.Entries.Count > 0))
        {
            text.Append(row.Label).Append(":\t").AppendJoin('\t', row.Entries.Select(Marked)).Append('\n');
        }
        if (minutes.InAttendanceCouncillors.Count > 0)
        {
            AppendInAttendance(text, "In attendance: (Councillors)", minutes.InAttendanceCouncillors);
        }
        if (minutes.InAttendanceOfficers.Count > 0)
        {
            AppendInAttendance(text, "In attendance: (Officers)", minutes.InAttendanceOfficers);
        }
        text.Append('\n');
        foreach (var legend in Legend(minutes))
        {
            text.Append(legend).Append('\n');
        }
        text.Append('\n');

        var section = MinuteSection.Standing;
        foreach (var minute in minutes.Minutes)
        {
            if (minute.Section != section && minute.Section != MinuteSection.Standing)
            {
                section = minute.Section;
                Para(section == MinuteSection.Resolved ? "RESOLVED ITEMS" : "RECOMMENDED ITEMS");
            }
            Para($"{minute.Number}. {minute.Title}");
            foreach (var paragraph in Paragraphs(minute))
            {
                Para(paragraph);
            }
            if (minute.Reserves.Count > 0)
            {
                text.Append("Ordinary Member\tReserve Member\n");
                foreach (var line in minute.Reserves)
                {
                    text.Append(line.OrdinaryMember).Append('\t').Append(line.ReserveMember).Append('\n');
                }
                text.Append('\n');
            }
        }

        if (minutes.Close is { } close)
        {
            Para($"(Note: The meeting, having commenced at {Clock(minutes.Start)}, closed at {Clock(close)}).");
        }
        if (minutes.ChairName is { } chair)
        {
            Para($"(Signed) {chair.ToUpperInvariant()} {minutes.ChairTitle}");
        }
        return text.ToString().TrimEnd() + "\n";
    }

    public static string ToHtml(MinutesContent minutes)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder();
        html.Append("<article class=\"minutes\">\n");
        html.Append($"<h1 class=\"govuk-heading-l\">{E(minutes.Body)}{(minutes.Special ? " (special)" : "")} minutes</h1>\n");
        html.Append($"<p class=\"govuk-body-l\">{E(HeadingDate.Format(minutes.Date))}</p>\n");
        html.Append("<table class=\"govuk-table minutes-attendance\"><tbody>\n");
        foreach (var row in minutes.Attendance.Where(r => r.Entries.Count > 0))
        {
            html.Append($"<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">{E(row.Label)}</th><td class=\"govuk-table__cell\">")
                .AppendJoin("<br>", row.Entries.Select(e => E(Marked(e))))
                .Append("</td></tr>\n");
        }
        foreach (var (label, people) in new[] { ("In attendance (Councillors)", minutes.InAttendanceCouncillors), ("In attendance (Officers)", minutes.InAttendanceOfficers) })
        {
            if (people.Count > 0)
            {
                html.Append($"<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">{E(label)}</th><td class=\"govuk-table__cell\">")
                    .AppendJoin("<br>", people.Select(p => E(p.Note is null ? p.Name : $"{p.Name} ({p.Note})")))
                    .Append("</td></tr>\n");
            }
        }
        html.Append("</tbody></table>\n<ul class=\"govuk-list minutes-legend\">\n");
        foreach (var legend in Legend(minutes))
        {
            html.Append($"<li>{E(legend)}</li>\n");
        }
        html.Append("</ul>\n");
        var section = MinuteSection.Standing;
        foreach (var minute in minutes.Minutes)
        {
            if (minute.Section != section && minute.Section != MinuteSection.Standing)
            {
                section = minute.Section;
                html.Append($"<h2 class=\"govuk-heading-m\">{(section == MinuteSection.Resolved ? "RESOLVED ITEMS" : "RECOMMENDED ITEMS")}</h2>\n");
            }
            html.Append($"<section class=\"minute\" id=\"minute-{minute.Number}\">\n<h3 class=\"govuk-heading-s\">{minute.Number}. {E(minute.Title)}</h3>\n");
            foreach (var paragraph in Paragraphs(minute))
            {
                var lines = paragraph.Split('\n');
                var strong = lines[0].StartsWith("RESOLVED", StringComparison.Ordinal) || lines[0].StartsWith("AGREED", StringComparison.Ordinal) || lines[0].StartsWith("Resolved to RECOMMEND", StringComparison.Ordinal);
                html.Append("<p class=\"govuk-body\">").Append(strong ? "<strong>" + E(lines[0]) + "</strong>" : E(lines[0]));
                foreach (var line in lines.Skip(1))
                {
                    html.Append("<br>").Append(E(line));
                }
                html.Append("</p>\n");
            }
            if (minute.Reserves.Count > 0)
            {
                html.Append("<table class=\"govuk-table\"><thead><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Ordinary Member</th><th scope=\"col\" class=\"govuk-table__header\">Reserve Member</th></tr></thead><tbody>\n");
                foreach (var line in minute.Reserves)
                {
                    html.Append($"<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">{E(line.OrdinaryMember)}</td><td class=\"govuk-table__cell\">{E(line.ReserveMember)}</td></tr>\n");
                }
                html.Append("</tbody></table>\n");
            }
            html.Append("</section>\n");
        }
        if (minutes.Close is { } close)
        {
            html.Append($"<p class=\"govuk-body\">(Note: The meeting, having commenced at {Clock(minutes.Start)}, closed at {Clock(close)}).</p>\n");
        }
        if (minutes.ChairName is { } chair)
        {
            html.Append($"<p class=\"govuk-body\">(Signed) {E(chair.ToUpperInvariant())} {E(minutes.ChairTitle)}</p>\n");
        }
        return html.Append("</article>\n").ToString();
    }

    /// <summary>"7.30 pm", as Harrow prints times.</summary>
    public static string Clock(LocalTime time)
    {
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        return $"{hour}.{time.Minute:00} {(time.Hour < 12 ? "am" : "pm")}";
    }

    private static string Marked(AttendanceEntry entry) => entry.Mark switch
    {
        AttendanceMark.Present or AttendanceMark.Substitute => $"* {entry.Name}",
        AttendanceMark.Reserve => entry.ReserveCategory is { } n ? $"* {entry.Name} ({n})" : $"* {entry.Name}",
        AttendanceMark.Apologies => $"† {entry.Name}",
        _ => entry.Name,
    };

    private static void AppendInAttendance(StringBuilder text, string label, IReadOnlyList<InAttendanceEntry> people)
    {
        text.Append(label).Append('\t').AppendJoin('\t', people.Select(p => p.Name));
        if (people.Any(p => p.Note is not null))
        {
            text.Append('\t').AppendJoin('\t', people.Select(p => p.Note ?? ""));
        }
        text.Append('\n');
    }

    private static IEnumerable<string> Legend(MinutesContent minutes)
    {
        var entries = minutes.Attendance.SelectMany(r => r.Entries).ToList();
        yield return "* Denotes Member present";
        foreach (var category in entries.Where(e => e.Mark == AttendanceMark.Reserve && e.ReserveCategory is not null).Select(e => e.ReserveCategory!.Value).Distinct().Order())
        {
            yield return $"({category}) Denotes category of Reserve Member";
        }
        if (entries.Any(e => e.Mark == AttendanceMark.Apologies))
        {
            yield return "† Denotes apologies received";
        }
    }

    private static IEnumerable<string> Paragraphs(MinuteContent minute)
    {
        if (minute.Exempt)
        {
            yield return "This minute records business taken with the press and public excluded; it is not published.";
            yield break;
        }
        foreach (var note in minute.Notes ?? [])
        {
            yield return note;
        }
        foreach (var declaration in minute.Declarations)
        {
            yield return declaration;
        }
        foreach (var paragraph in minute.Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return paragraph;
        }
        foreach (var vote in minute.Votes)
        {
            yield return VoteParagraph(vote);
        }
        // Recommendations come first, as in seed 000 minute 227.
        foreach (var decision in minute.Decisions.OrderBy(d => d.Kind == ResolutionKind.Recommend ? 0 : 1))
        {
            yield return DecisionParagraph(decision);
        }
        if (minute.Decisions.Count == 0 && minute.Declarations.Count == 0 && minute.Body.Length == 0 && minute.NothingToReport is { } none)
        {
            yield return none;
        }
        foreach (var action in minute.Actions ?? [])
        {
            yield return action;
        }
        foreach (var departure in minute.Departures ?? [])
        {
            yield return departure;
        }
    }

    private static string DecisionParagraph(DecisionText decision)
    {
        var label = decision.Kind switch
        {
            ResolutionKind.Resolved => "RESOLVED:",
            ResolutionKind.Agreed => "AGREED:",
            ResolutionKind.Recommend => "Resolved to RECOMMEND:",
            _ => "NOTED:",
        };
        if (decision.Parts.Count == 0)
        {
            return decision.Kind == ResolutionKind.Recommend ? $"{label}\n\n{decision.Text}" : $"{label} {decision.Text}";
        }
        // Separators as the council prints them: "…;" between parts and "…; and" before the last.
        var n = decision.Parts.Count;
        var parts = decision.Parts.Select((p, i) => $"({i + 1}) {p}{(i < n - 2 ? ";" : i == n - 2 ? "; and" : "")}");
        return $"{label} {decision.Text}\n\n" + string.Join("\n", parts);
    }

    private static string VoteParagraph(VoteText vote)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Upon being put to the vote, the motion \"{vote.Motion}\" was {(vote.Carried ? "carried" : "lost")}: {vote.For} for, {vote.Against} against, {vote.Abstentions} {(vote.Abstentions == 1 ? "abstention" : "abstentions")}.");
        if (vote.CastingVote is { } casting)
        {
            text.Append(CultureInfo.InvariantCulture, $" The votes being equal, the {(vote.Presiding is null ? "Chair" : vote.Presiding)} used a second or casting vote {(casting == VoteChoice.For ? "for" : "against")} the motion.");
        }
        if (vote.NamesFor is not null)
        {
            text.Append("\n\nIn accordance with the Committee Procedure Rules, a recorded vote was taken as follows:");
            text.Append("\nFor: ").Append(Names(vote.NamesFor));
            text.Append("\nAgainst: ").Append(Names(vote.NamesAgainst!));
            text.Append("\nAbstained: ").Append(Names(vote.NamesAbstaining!));
        }
        return text.ToString();
    }

    private static string Names(IReadOnlyList<string> names) => names.Count == 0 ? "none" : string.Join(", ", names);
}
