using NodaTime;
using Quorum.Domain.Outcomes;

namespace Quorum.Domain.Rules;

/// <summary>The minute numbers one meeting of a body used, in the order they appear.</summary>
public sealed record MinutedMeeting(string MeetingId, LocalDate Date, IReadOnlyList<MinuteNumber> Numbers);

public enum MinuteNumberingProblem
{
    /// <summary>Numbers were skipped.</summary>
    Gap,

    /// <summary>A number already used in the current sequence was used again.</summary>
    Repeat,

    /// <summary>A restart was due (after an election or at a new municipal year) but numbering carried on.</summary>
    MissedRestart,

    /// <summary>Numbering went back to 1 when no restart was due.</summary>
    UnexpectedRestart,

    /// <summary>A lower, unused number appeared after higher ones.</summary>
    OutOfOrder,
}

/// <summary>One problem in a body's minute numbering, with the meeting and number the clerk needs to look at.</summary>
public sealed record MinuteNumberingFinding(MinuteNumberingProblem Problem, string MeetingId, int Number, string Message);

/// <summary>
/// Minute numbering per body (CPR-9): continuous across meetings, restarting as the body's rule says (Harrow: after
/// each borough election, [INFERRED] from S25). Allocates the next number and checks a run of meetings for gaps
/// and repeats.
/// </summary>
public static class MinuteNumbering
{
    /// <summary>The first minute number for a meeting, given the body's previous meeting and its last number.</summary>
    public static MinuteNumber FirstNumberFor(LocalDate meeting, LocalDate? previousMeeting, MinuteNumber? lastNumber, MinuteNumberingRule rule)
    {
        if (previousMeeting is not { } previous || lastNumber is not { } last)
        {
            return new(1);
        }
        if (meeting < previous)
        {
            throw new ProcedureRuleException(
                "CPR-9", $"minutes are numbered in meeting order: {meeting:uuuu-MM-dd} is before the previous meeting on {previous:uuuu-MM-dd}");
        }
        // CPR-9: continuous per body unless a restart falls between the two meetings.
        return rule.RestartsBetween(previous, meeting) ? new(1) : last.Next();
    }

    /// <summary>Every gap, repeat and misplaced restart in a body's meetings (given in any order; same-day meetings keep their order).</summary>
    public static IReadOnlyList<MinuteNumberingFinding> Validate(IEnumerable<MinutedMeeting> meetings, MinuteNumberingRule rule)
    {
        var findings = new List<MinuteNumberingFinding>();
        var usedBy = new Dictionary<int, string>();
        int? expected = null;
        LocalDate? previous = null;

        foreach (var meeting in meetings.OrderBy(m => m.Date))
        {
            var restartDue = previous is { } p && rule.RestartsBetween(p, meeting.Date);
            if (restartDue)
            {
                expected = 1;
                usedBy.Clear();
            }
            for (var i = 0; i < meeting.Numbers.Count; i++)
            {
                var n = meeting.Numbers[i].Value;
                // A history that starts part-way through a sequence takes its first number as given.
                expected ??= n;
                if (n == expected)
                {
                    expected = n + 1;
                }
                else if (usedBy.TryGetValue(n, out var earlier))
                {
                    findings.Add(new(MinuteNumberingProblem.Repeat, meeting.MeetingId, n,
                        $"minute {n} at {meeting.MeetingId} repeats minute {n} of {earlier}"));
                    continue;
                }
                else if (restartDue && i == 0)
                {
                    findings.Add(new(MinuteNumberingProblem.MissedRestart, meeting.MeetingId, n,
                        $"numbering should restart at 1 at {meeting.MeetingId} ({RestartReason(rule)}), but starts at {n}"));
                    expected = n + 1;
                }
                else if (n == 1)
                {
                    findings.Add(new(MinuteNumberingProblem.UnexpectedRestart, meeting.MeetingId, n,
                        $"numbering restarts at 1 at {meeting.MeetingId} with no restart due; expected {expected}"));
                    usedBy.Clear();
                    expected = 2;
                }
                else if (n > expected)
                {
                    var missing = n - expected == 1 ? $"minute {expected} is" : $"minutes {expected}–{n - 1} are";
                    findings.Add(new(MinuteNumberingProblem.Gap, meeting.MeetingId, n, $"{missing} missing before minute {n} at {meeting.MeetingId}"));
                    expected = n + 1;
                }
                else
                {
                    findings.Add(new(MinuteNumberingProblem.OutOfOrder, meeting.MeetingId, n,
                        $"minute {n} at {meeting.MeetingId} comes after minute {expected - 1}"));
                }
                usedBy[n] = meeting.MeetingId;
            }
            previous = meeting.Date;
        }
        return findings;
    }

    private static string RestartReason(MinuteNumberingRule rule) => rule.Restart == MinuteRestart.AfterEachElection
        ? "the first meeting after an election"
        : "the first meeting of a new municipal year";
}
